"""Which language each recipient's letter is in.

A row's `language` cell (de, de-AT, DE, pt_BR) picks the letter's
translation into that language, or into its main language (de-AT -> de);
an empty cell means the document's own language. A language the letter
has no translation into falls back to the document's, with a warning that
names the row: the recipient still gets a letter, in a language the
writer can see they did not ask for.
"""

from __future__ import annotations

from postmortem.checks.findings import Finding, Level
from postmortem.checks.translations import language_name
from postmortem.mail.recipients import Recipient, RecipientList
from postmortem.model import Document
from postmortem.translations.reading import languages, match_language


def recipient_language(document: Document, recipient: Recipient) -> str:
    """The letter's language for this row (a tag the document has)."""
    return match_language(document, recipient.get("language")) or document.meta.language


def language_findings(document: Document, recipients: RecipientList) -> list[Finding]:
    """A warning for each row asking for a language the letter is not translated into."""
    own = document.meta.language
    have = ", ".join(languages(document))
    found = []
    for recipient in recipients.recipients:
        wanted = recipient.get("language")
        if wanted and match_language(document, wanted) is None:
            found.append(Finding(
                Level.WARNING, f"{recipients.row_label(recipient.row)}, column language",
                f"{wanted!r}: the letter has no translation into it (it has {have}); this recipient "
                f"gets it in {language_name(own)}",
                "Add the translation in the Customer letter step, or correct the cell.",
                "recipient-language"))
    return found
