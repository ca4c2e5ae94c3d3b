"""Text value types shared by the document model.

Every piece of text in a postmortem passes through one of these normalisers
when it enters the model, so that the rest of the program (file writer,
renderers, checks) can rely on one canonical form: LF line ends, no control
characters, no trailing spaces that would make the file diff badly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import GetCoreSchemaHandler
from pydantic_core import CoreSchema, core_schema

# Characters YAML (and PDF text extraction) cannot carry in a block scalar,
# or that only ever reach a document by accident: C0/C1 controls except
# newline, the BOM, and the two non-characters at the end of the BMP.
_JUNK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff\ud800-\udfff]")
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
_HARD_BREAK = re.compile(r"[ \t]{2,}\n(?=.)")
_TRAILING = re.compile(r"[ \t]+\n")


def clean_markdown(value: str) -> str:
    """Canonical Markdown: LF line ends, no trailing blanks, tabs as spaces.

    Two trailing spaces are Markdown's hard line break; they become the
    equivalent backslash break so that the file keeps no trailing spaces.
    """
    text = _LINE_BREAKS.sub("\n", value)
    text = _JUNK.sub("", text).replace("\t", "    ")
    text = _HARD_BREAK.sub("\\\n", text)
    text = _TRAILING.sub("\n", text)
    return text.strip("\n").rstrip()


def clean_line(value: str) -> str:
    """Canonical single-line text: whitespace runs (newlines included) become one space."""
    text = _JUNK.sub("", _LINE_BREAKS.sub("\n", value))
    return " ".join(text.split())


def _none_to_empty(value: object) -> object:
    # A hand-edited file may say `title: null` or leave a key empty; for text
    # fields that means "nothing written yet", not an error.
    return "" if value is None else value


class Normalised:
    """`BeforeValidator(before), AfterValidator(func)` on a `str`, as one annotation.

    pydantic gets the same core schema from it, but without inspecting the signatures
    of both functions again for each of the hundred fields that use them while the
    app starts. `func` is named as in `AfterValidator`: `importers.merge` reads it to
    tell Markdown fields from the others.
    """

    __slots__ = ("before", "func")

    def __init__(self, before: Callable[[object], object], func: Callable[[str], str]) -> None:
        self.before = before
        self.func = func

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        inner = core_schema.no_info_before_validator_function(self.before, handler(source))
        return core_schema.no_info_after_validator_function(self.func, inner)


Markdown = Annotated[str, Normalised(_none_to_empty, clean_markdown)]
"""Multi-paragraph text written in Markdown (rendered with raw HTML off)."""

Line = Annotated[str, Normalised(_none_to_empty, clean_line)]
"""A single line of plain text: a title, a name, an owner."""


def word_count(text: str) -> int:
    return len(text.split())
