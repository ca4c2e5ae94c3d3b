"""The few labels the exports write themselves, in one place so a translation has one file to change.

The customer letter prints no words of its own: everything in it is the
writer's text or a fact the writer placed with a `{{ field }}` (see
`postmortem.letterfields`, which words those facts). The one exception is
`{{ chart }}`, whose drawing labels its rows and carries the title below.
"""

from __future__ import annotations

INTERNAL_MARK = "Internal: do not forward to customers"
LETTER_SUBJECT = "Customer letter"
REPORT_SUBJECT = "Incident analysis"
LETTER_CHART_TITLE = "When customers were affected"
