"""The vocabulary of letter fields, and their expansion into Markdown.

A field is a name, a one-line description, and two resolvers over a
`FieldContext`: `phrase` for a use inside a sentence, `block` for a use on
a line of its own. Resolvers return Markdown (plain values escaped), or
"" when there is nothing to print; the field is then left as written and
the checks report it, so a letter never prints an empty gap.

Adding a field is one call:

    VOCABULARY.register(LetterField(
        "recipient.name", "The recipient's name, e.g. Dr Ada Lovelace",
        phrase=lambda context: escape(context.extra["recipient"].name),
        block=lambda context: escape(context.extra["recipient"].name),
    ))

`needs` lists the `LetterFacts` attributes a field reads from the
document; fields that read something else (a mail-merge recipient) leave
it empty and take their value from `FieldContext.extra`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from postmortem.letterfields.facts import LetterFacts
from postmortem.letterfields.syntax import FieldUse, find_fields
from postmortem.render.md_writer import escape


@dataclass(frozen=True)
class FieldContext:
    """What resolvers may read: the letter's facts, and anything a caller adds (a recipient)."""

    facts: LetterFacts
    extra: Mapping[str, object] = field(default_factory=dict)


Resolver = Callable[[FieldContext], str]


@dataclass(frozen=True)
class LetterField:
    name: str
    description: str  # one line, for `postmortem fields` and the Insert menu
    phrase: Resolver
    block: Resolver
    needs: frozenset[str] = frozenset()  # LetterFacts attributes it reads
    example: str = ""  # the phrase as it reads in a letter, for the documentation
    # A field that means nothing inside a sentence (a chart): used there, it is
    # left as written and the checks ask for a line of its own.
    block_only: bool = False


class Vocabulary:
    """Field names in the order they were registered (the order menus list them)."""

    def __init__(self) -> None:
        self._fields: dict[str, LetterField] = {}

    def register(self, letter_field: LetterField) -> LetterField:
        if letter_field.name in self._fields:
            raise ValueError(f"the letter field {letter_field.name!r} is already registered")
        self._fields[letter_field.name] = letter_field
        return letter_field

    def get(self, name: str) -> LetterField | None:
        return self._fields.get(name)

    def __contains__(self, name: object) -> bool:
        return name in self._fields

    def __iter__(self) -> Iterator[LetterField]:
        return iter(self._fields.values())

    def names(self) -> list[str]:
        return list(self._fields)

    def needs(self, names: set[str]) -> set[str]:
        """The facts that fields named in `names` read (unknown names need nothing)."""
        return {need for name in names if name in self._fields for need in self._fields[name].needs}


@dataclass(frozen=True)
class Problem:
    """A field left as written: unknown, or with nothing to print."""

    use: FieldUse
    unknown: bool
    misplaced: bool = False  # a block-only field inside a sentence


@dataclass(frozen=True)
class Expansion:
    text: str  # Markdown with every known field replaced
    problems: list[Problem]


def expand(text: str, context: FieldContext, vocabulary: Vocabulary) -> Expansion:
    """Replace each field in `text` by its value; values are never expanded again."""
    pieces: list[str] = []
    problems: list[Problem] = []
    position = 0
    for use in find_fields(text):
        known = vocabulary.get(use.name)
        use_block = use.block
        value = ""
        if known is not None and not (known.block_only and not use_block):
            value = (known.block if use_block else known.phrase)(context).strip()
            if not use_block:
                value = " ".join(value.split())
        if not value:
            # Left as written, escaped so that Markdown prints it character for character.
            misplaced = known is not None and known.block_only and not use_block
            problems.append(Problem(use, unknown=known is None, misplaced=misplaced))
            pieces.append(text[position:use.start])
            pieces.append(escape(text[use.start:use.end]))
            position = use.end
            continue
        if use_block:
            pieces.append(text[position:use.line_start])
            pieces.append("\n" + value + "\n")
            position = use.line_end
        else:
            pieces.append(text[position:use.start])
            pieces.append(value)
            position = use.end
    pieces.append(text[position:])
    return Expansion("".join(pieces), problems)
