"""`{{ recipient.<column> }}` in the letter: each recipient's own cells, for every column.

A merge fills these in before the letter's other fields are expanded, with
the cell's text escaped (Markdown and field braces alike), so a cell can
print only itself: never a field, a link or a heading. The known columns
are registered on the product's vocabulary so that the Insert menu and
`postmortem fields` list them (`postmortem.letterfields.recipient`); any other column of a recipients file is
usable too, and `postmortem check --recipients` says when a row lacks one.
"""

from __future__ import annotations

from postmortem.checks.findings import Finding, Level
from postmortem.errors import DocumentError
from postmortem.letterfields import find_fields
from postmortem.letterfields.recipient import PREFIX
from postmortem.mail.recipients import Recipient, RecipientList
from postmortem.model import Document
from postmortem.render.md_writer import escape


def columns_used(text: str) -> list[str]:
    return list(dict.fromkeys(use.name[len(PREFIX):] for use in find_fields(text)
                              if use.name.startswith(PREFIX)))


def cell_markdown(value: str) -> str:
    """A cell as Markdown that prints exactly its words, on one line, with no field in it."""
    return escape(" ".join(value.split())).replace("{", "\\{").replace("}", "\\}")


def fill(text: str, recipient: Recipient, *, markdown: bool = True) -> str:
    """`text` with each `{{ recipient.x }}` that has a value replaced by it
    (escaped for Markdown, or as one plain line for a plain-text line such as the greeting)."""
    pieces, position = [], 0
    for use in find_fields(text):
        if not use.name.startswith(PREFIX):
            continue
        value = recipient.get(use.name[len(PREFIX):])
        if value:
            filled = cell_markdown(value) if markdown else " ".join(value.split())
            pieces += [text[position:use.start], filled]
            position = use.end
    pieces.append(text[position:])
    return "".join(pieces)


def letter_texts(document: Document) -> dict[str, str]:
    letter = document.customer_letter
    return {"customer_letter.body": letter.body, "customer_letter.greeting": letter.greeting,
            "customer_letter.email_note": letter.email_note}


def missing_fields(document: Document, recipients: RecipientList) -> list[Finding]:
    """Every recipient field the letter uses must have a value on every row."""
    findings = []
    for location, text in letter_texts(document).items():
        for column in columns_used(text):
            if column not in recipients.columns:
                raise DocumentError(recipients.path, f"no '{column}' column, but {location} uses "
                                                     f"{{{{ recipient.{column} }}}}")
            for recipient in recipients.recipients:
                if not recipient.get(column):
                    findings.append(Finding(
                        Level.ERROR, f"{recipients.row_label(recipient.row)}, column {column}",
                        f"empty, but {location} uses {{{{ recipient.{column} }}}}", rule="recipients"))
    return findings
