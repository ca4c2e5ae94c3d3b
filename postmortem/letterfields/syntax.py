"""Finding `{{ name }}` fields in the letter's text.

This is the whole syntax: two braces, a name, two braces, on one line.
Nothing else in the text means anything here; there are no expressions,
filters or loops, so a letter can never run code or reach data the
vocabulary does not hand it.

A field alone on its line (spaces aside) is a *block*: it becomes
paragraphs or a list of its own. Anywhere else it is a *phrase* inside
the sentence around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Anything between double braces on one line counts as a field use, so
# that a misspelt or malformed name is reported rather than printed
# silently; the name itself is validated against the vocabulary.
_USE = re.compile(r"\{\{[ \t]*([^{}\n]{0,80}?)[ \t]*\}\}")


@dataclass(frozen=True)
class FieldUse:
    """One `{{ name }}` in a text, as written."""

    name: str  # as written, spaces trimmed
    start: int  # offsets of the braces in the text
    end: int
    line: int  # 1-based, for messages
    column: int  # 1-based
    block: bool  # alone on its line
    line_start: int  # offsets of that whole line, without its newline
    line_end: int

    @property
    def written(self) -> str:
        return "{{ " + self.name + " }}"

    @property
    def position(self) -> str:
        return f"line {self.line}, column {self.column}"


def find_fields(text: str) -> list[FieldUse]:
    """Every field use in `text`, in order."""
    uses = []
    for match in _USE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        alone = text[line_start:match.start()].strip() == "" and text[match.end():line_end].strip() == ""
        uses.append(
            FieldUse(
                name=match.group(1).strip(),
                start=match.start(),
                end=match.end(),
                line=text.count("\n", 0, match.start()) + 1,
                column=match.start() - line_start + 1,
                block=alone,
                line_start=line_start,
                line_end=line_end,
            )
        )
    return uses


def names_used(text: str) -> set[str]:
    return {use.name for use in find_fields(text)}


def mask_fields(text: str) -> str:
    """The text with every field blanked to spaces, offsets unchanged (for the wording checks)."""
    return _USE.sub(lambda m: " " * len(m.group()), text)
