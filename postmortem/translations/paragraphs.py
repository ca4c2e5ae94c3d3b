"""The original's paragraphs, their digests, and how a translation lines up with them.

A paragraph is a block of the body between blank lines, exactly as the
Markdown file keeps it. Each translated paragraph remembers the digest of
the original paragraph it was made from (`made_from`). Lining the two
lists of digests up (difflib's longest matching runs) tells, for each
original paragraph, whether its translation is current, stale (made from
an earlier wording of it) or missing, and which translated paragraphs
translate something the original no longer says. Matching on digests
rather than positions means a paragraph added to or removed from the
original leaves the translations around it current.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from postmortem.limits import MAX_LETTER_PARAGRAPHS
from postmortem.translations.model import DIGEST_CHARS, TranslatedText

_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def split_paragraphs(body: str) -> list[str]:
    """'a\\n\\nb' -> ['a', 'b']; a list or quote without blank lines stays one block."""
    text = body.strip("\n")
    return [p for p in _BLANK_LINES.split(text) if p.strip()] if text.strip() else []


PARAGRAPH_BREAK = "\n\n"


def join_paragraphs(paragraphs: Sequence[str]) -> str:
    return PARAGRAPH_BREAK.join(p for p in paragraphs if p.strip())


def digest(text: str) -> str:
    """A short, stable name for one version of a text (not a secret: only change detection)."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:DIGEST_CHARS]


class State(StrEnum):
    CURRENT = "current"  # translated from the original as it reads now
    STALE = "stale"  # translated from an earlier wording of this paragraph
    MISSING = "missing"  # the original has it; the translation has no words for it
    LEFT_OVER = "left over"  # translates a paragraph the original no longer has


@dataclass(frozen=True)
class Row:
    """One line of the side-by-side view: an original paragraph and its translation."""

    original: int | None  # index into the original's paragraphs
    translated: int | None  # index into the translation's body
    state: State


class TooLong(ValueError):
    """More paragraphs than a translation is lined up with (`limits.MAX_LETTER_PARAGRAPHS`)."""


def line_up(originals: Sequence[str], translated: Sequence[TranslatedText]) -> list[Row]:
    """Every original paragraph and every translated one, in reading order, paired."""
    if len(originals) > MAX_LETTER_PARAGRAPHS or len(translated) > MAX_LETTER_PARAGRAPHS:
        raise TooLong(f"more than {MAX_LETTER_PARAGRAPHS:,} paragraphs")
    now = [digest(p) for p in originals]
    then = [t.made_from for t in translated]
    rows: list[Row] = []
    matcher = difflib.SequenceMatcher(None, then, now, autojunk=False)
    for tag, t1, t2, o1, o2 in matcher.get_opcodes():
        if tag == "equal":
            rows += [Row(o1 + k, t1 + k, State.CURRENT) for k in range(o2 - o1)]
            continue
        # A changed stretch: translations pair with the originals in order
        # (stale); what is left over on either side is missing or left over.
        paired = min(t2 - t1, o2 - o1)
        rows += [Row(o1 + k, t1 + k, State.STALE) for k in range(paired)]
        rows += [Row(o, None, State.MISSING) for o in range(o1 + paired, o2)]
        rows += [Row(None, t, State.LEFT_OVER) for t in range(t1 + paired, t2)]
    # A translated paragraph with no words yet is as good as none.
    return [
        Row(r.original, r.translated, State.MISSING)
        if r.original is not None and r.translated is not None and not translated[r.translated].text.strip()
        else r
        for r in rows
    ]


def translated_body(originals: Sequence[str], translated: Sequence[TranslatedText]) -> str:
    """The translation's body as the letter prints it: every paragraph that stands for one
    of the original's, current or stale, in order; nothing the original no longer says."""
    printed = printed_paragraphs(line_up(originals, translated))
    return join_paragraphs([translated[index].text for index in printed])


def printed_paragraphs(rows: Sequence[Row]) -> list[int]:
    """The translation's paragraphs `translated_body` prints, by index, in order."""
    return [r.translated for r in rows if r.translated is not None and r.original is not None]
