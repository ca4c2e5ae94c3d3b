"""`postmortem check DOC --recipients FILE`: is every row ready for its letter?

The rows' own problems (addresses, duplicates, empty required cells, line
breaks that could reach a header, unreadable times) come from
`recipients.read_recipients`; this adds what the letter needs of them:
a value on every row for each `{{ recipient.x }}` the letter uses.
"""

from __future__ import annotations

from postmortem.checks.findings import Finding, Level
from postmortem.mail.recipient_fields import missing_fields
from postmortem.mail.recipients import RecipientList
from postmortem.model import Document


def check_recipients(document: Document, recipients: RecipientList) -> list[Finding]:
    findings = list(recipients.findings) + missing_fields(document, recipients)
    if not document.meta.organisation.contact_email:
        findings.append(Finding(Level.ERROR, "meta.organisation.contact_email",
                                "empty; the e-mails are sent from the organisation's contact address",
                                rule="recipients"))
    if not recipients.recipients:
        findings.append(Finding(Level.ERROR, recipients.path.name, "no recipients below the header row",
                                rule="recipients"))
    return findings
