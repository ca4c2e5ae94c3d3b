"""The `recipient.*` fields: a mail merge's columns, known to the vocabulary.

Outside a merge there is no recipient, so they print nothing and stay as
written (the letter's checks report that). A merge fills them in from
each row before the other fields are expanded (`postmortem.mail.recipient_fields`),
and any other column of the recipients file works the same way.
"""

from __future__ import annotations

from postmortem.letterfields.vocabulary import FieldContext, LetterField, Vocabulary

PREFIX = "recipient."
KNOWN = {
    "email": "The recipient's e-mail address",
    "name": "The recipient's name, e.g. Ana Lima",
    "company": "The recipient's company",
    "salutation": "The recipient's salutation, e.g. Dear Ms Lima,",
    "language": "The recipient's language",
    "impact_start": "When the incident began for this recipient",
    "impact_end": "When it ended for this recipient",
    "lost_items": "What this recipient lost, in words",
    "note": "A note for this recipient",
}


def _outside_a_merge(_context: FieldContext) -> str:
    return ""


def register_recipient_fields(vocabulary: Vocabulary) -> None:
    for column, description in KNOWN.items():
        vocabulary.register(LetterField(PREFIX + column, f"{description} (mail merge)",
                                        phrase=_outside_a_merge, block=_outside_a_merge))
