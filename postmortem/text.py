"""Text value types shared by the document model.

Every piece of text in a postmortem passes through one of these normalisers
when it enters the model, so that the rest of the program (file writer,
renderers, checks) can rely on one canonical form: LF line ends, no control
characters, no trailing spaces that would make the file diff badly.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator

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


Markdown = Annotated[str, BeforeValidator(_none_to_empty), AfterValidator(clean_markdown)]
"""Multi-paragraph text written in Markdown (rendered with raw HTML off)."""

Line = Annotated[str, BeforeValidator(_none_to_empty), AfterValidator(clean_line)]
"""A single line of plain text: a title, a name, an owner."""


def word_count(text: str) -> int:
    return len(text.split())
