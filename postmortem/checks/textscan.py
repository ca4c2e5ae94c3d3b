"""Small text tools the language checks share: sentences, quotes, masking.

Every function works on a field's text exactly as stored (Markdown), and
every span it returns is a (start, end) offset into that same text, so a
finding can point at the characters the writer typed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

Span = tuple[int, int]

URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]\"']+[^\s<>()\[\]\"'.,;:!?]")
EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")

# Quoted words are cited, not said: a lesson may quote “human error” to
# reject the phrase. Double quotes of any style and `code` count; single
# quotes do not, because they double as apostrophes.
# No quote contains its own opening mark, so a run of opening marks costs
# linear time, not a scan to the end of the line from each of them.
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^“”\n]*”|„[^„“”\n]*[“”]|«[^«»\n]*»|`[^`\n]*`")

# A sentence ends at . ! or ? followed by a space and a capital, digit or
# opening quote; a line break (paragraph or list item) also ends one.
# Other scripts: a space and a letter beyond ASCII ends one when that letter
# is a capital (Ä, É) or has no case at all (Arabic, whose question mark is
# ؟); Japanese ends a sentence at 。！？ with no space after it.
_BOUNDARY = re.compile(
    r"(?<=[.!?])[\"'”’)\]*_]*[ \t]+(?=[\"“‘(*_]*[A-Z0-9])|\n+"
    r"|(?P<other>(?<=[.!?؟])[\"'”’)\]*_»]*[ \t]+(?=[\"“‘(*_«„]*[^\x00-\x7f]))"
    r"|(?<=[。！？])[」』）]*"
)
_OPENING = "\"“‘(*_«„"
_ABBREVIATIONS = {
    "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "st", "vs", "approx", "no", "inc", "ltd", "cf"
}


def quoted_spans(text: str) -> list[Span]:
    return [m.span() for m in _QUOTED.finditer(text)]


def inside(span: Span, spans: Iterable[Span]) -> bool:
    start, end = span
    return any(s <= start and end <= e for s, e in spans)


def overlaps(span: Span, spans: Iterable[Span]) -> bool:
    start, end = span
    return any(start < e and s < end for s, e in spans)


def mask(text: str, *patterns: re.Pattern[str]) -> str:
    """The text with every match of `patterns` blanked out, offsets unchanged."""
    for pattern in patterns:
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def sentences(text: str) -> list[Span]:
    """Spans of the sentences in a field, leading list markers and blanks trimmed."""
    return list(_sentences(text))


# Cached: the rules split the same texts (readability, long sentences, promises, data loss),
# and the app checks again after every pause in typing, when all but one text are unchanged.
@functools.lru_cache(maxsize=512)
def _sentences(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if boundary.group("other") is not None and not _starts_other_sentence(text, boundary.end()):
            continue
        if boundary.group().startswith("\n") or not _after_abbreviation(text, boundary.start()):
            spans.append((start, boundary.start()))
            start = boundary.end()
    spans.append((start, len(text)))
    return tuple(trimmed for span in spans if (trimmed := _trim(text, span)))


def _starts_other_sentence(text: str, at: int) -> bool:
    """Whether the letter at `at` (after opening quotes) may start a sentence: not a small letter."""
    letter = text[at:at + 4].lstrip(_OPENING)[:1]
    return bool(letter) and not letter.islower()


def _after_abbreviation(text: str, dot_end: int) -> bool:
    before = text[max(0, dot_end - 8):dot_end].rstrip("\"'”’)]*_")
    word = re.split(r"[\s(]", before)[-1].rstrip(".").lower()
    return word in _ABBREVIATIONS or bool(re.fullmatch(r"[a-z]", word))


def _trim(text: str, span: Span) -> Span | None:
    start, end = span
    piece = text[start:end]
    lead = re.match(r"\s*(?:[-*+]\s+|\d+[.)]\s+|#+\s+|>\s*)?", piece)
    start += lead.end() if lead else 0
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def paragraphs(text: str) -> list[Span]:
    """Spans of the blank-line separated paragraphs (list items count as one paragraph each)."""
    return [m.span() for m in re.finditer(r"[^\n]+(?:\n(?![ \t]*(?:\n|[-*+]\s|\d+[.)]\s))[^\n]+)*", text)]


def find_all(pattern: re.Pattern[str], text: str, *, skip: Iterable[Span] = ()) -> Iterator[re.Match[str]]:
    """Matches of `pattern`, leaving out those inside any of the `skip` spans."""
    skipped = list(skip)
    for match in pattern.finditer(text):
        if not inside(match.span(), skipped):
            yield match


def excerpt(text: str, span: Span, width: int = 60) -> str:
    """The spanned text on one line, shortened in the middle, between words, when long."""
    words = text[span[0]:span[1]].split()
    piece = " ".join(words)
    if len(piece) <= width:
        return piece
    head: list[str] = []
    tail: list[str] = []
    half = width // 2
    for word in words:
        if len(" ".join([*head, word])) > half:
            break
        head.append(word)
    for word in reversed(words[len(head):]):
        if len(" ".join([word, *tail])) > half:
            break
        tail.insert(0, word)
    return " ".join(head) + " … " + " ".join(tail)
