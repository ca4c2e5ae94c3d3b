"""Letter fields: `{{ name }}` in the letter's body prints one of the document's facts.

- `syntax`: finding field uses (block on its own line, phrase in a sentence);
- `vocabulary`: `LetterField`, the `Vocabulary` registry and `expand`;
- `builtin`: the built-in fields (impact_window, services, data_loss, ...);
- `facts`: `LetterFacts`, the customer-safe values resolvers read.

The expansion is this package's own: a field name is looked up in the
vocabulary and replaced by what its resolver returns. Document text is
never evaluated as a template, and resolver output is never scanned for
fields again. `VOCABULARY` is the one the product uses; register new
fields on it (see `vocabulary`).
"""

from __future__ import annotations

from postmortem.letterfields.builtin import join_words, mid_sentence, register_builtin
from postmortem.letterfields.facts import CustomerEvent, LetterFacts, Promise
from postmortem.letterfields.recipient import register_recipient_fields
from postmortem.letterfields.syntax import FieldUse, find_fields, mask_fields, names_used
from postmortem.letterfields.vocabulary import (
    Expansion,
    FieldContext,
    LetterField,
    Problem,
    Vocabulary,
    expand,
)

VOCABULARY = Vocabulary()
register_builtin(VOCABULARY)
register_recipient_fields(VOCABULARY)


def expand_letter(text: str, facts: LetterFacts, **extra: object) -> Expansion:
    """The letter body with the product's fields expanded."""
    return expand(text, FieldContext(facts, extra), VOCABULARY)


__all__ = [
    "VOCABULARY",
    "CustomerEvent",
    "Expansion",
    "FieldContext",
    "FieldUse",
    "LetterFacts",
    "LetterField",
    "Problem",
    "Promise",
    "Vocabulary",
    "expand",
    "expand_letter",
    "find_fields",
    "join_words",
    "mask_fields",
    "mid_sentence",
    "names_used",
]
