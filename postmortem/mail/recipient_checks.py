"""`postmortem check DOC --recipients FILE`: is every row ready for its letter?

The rows' own problems (addresses, duplicates, empty required cells, line
breaks that could reach a header, unreadable times) come from
`recipients.read_recipients`; this adds what the letter needs of them:
a value on every row for each `{{ recipient.x }}` the letter uses, and a
translation for every row's language.

The document's own check reports those fields as empty (outside a merge
they print nothing); with a recipients file the rows fill them in, so
`with_recipients` drops those findings and works out the document's
status from what is left. A bad row is the file's problem, named by row
and column: it never makes the document "final while errors are
outstanding".
"""

from __future__ import annotations

from postmortem.checks import with_status
from postmortem.checks.findings import Finding, Level
from postmortem.letterfields.recipient import PREFIX
from postmortem.mail.languages import language_findings
from postmortem.mail.recipient_fields import missing_fields
from postmortem.mail.recipients import RecipientList
from postmortem.model import Document


def check_recipients(document: Document, recipients: RecipientList) -> list[Finding]:
    findings = list(recipients.findings) + missing_fields(document, recipients)
    findings += language_findings(document, recipients)
    if not document.meta.organisation.contact_email:
        findings.append(Finding(Level.ERROR, "meta.organisation.contact_email",
                                "empty; the e-mails are sent from the organisation's contact address",
                                rule="recipients"))
    if not recipients.recipients:
        findings.append(Finding(Level.ERROR, recipients.path.name, "no recipients below the header row",
                                rule="recipients"))
    return findings


def _about_a_recipient_field(finding: Finding) -> bool:
    return finding.rule in ("empty-field", "unknown-field") and "{{ " + PREFIX in finding.message


def with_recipients(document: Document, findings: list[Finding], recipients: RecipientList) -> list[Finding]:
    """The document's findings as a merge with `recipients` sees them, then the file's own."""
    mine = with_status(document, [f for f in findings if not _about_a_recipient_field(f)])
    return mine + check_recipients(document, recipients)
