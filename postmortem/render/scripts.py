"""Which way a text runs and which language its script suggests.

Exports lay out text by the HTML direction model: a block's direction comes
from its first strong character (Unicode's bidirectional classes L, R and
AL), and the page itself is right-to-left when the document's language is
written that way. Within a block the Unicode bidirectional algorithm (in the
browser, or Pango under WeasyPrint) orders the characters; nothing here
reverses text.

A run of text in another script than the document's gets a language of its
own, so the right font variant, line-breaking rules and screen-reader voice
apply: Han characters are Japanese beside kana or in a Japanese document,
Chinese otherwise.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from fontTools import unicodedata as ucd

# Languages written right to left (primary subtags).
RTL_LANGUAGES = frozenset({"ar", "he", "iw", "fa", "ur", "ps", "sd", "yi", "dv", "ug", "ckb", "syr"})

# Scripts that mark a span with a language of its own, and that language.
_SCRIPT_LANGUAGES = {
    "Arab": "ar",
    "Hebr": "he",
    "Hang": "ko",
    "Cyrl": "ru",
    "Grek": "el",
    "Thai": "th",
    "Deva": "hi",
    "Armn": "hy",
    "Geor": "ka",
}
_CJK = frozenset({"Hani", "Hira", "Kana", "Bopo"})
_KANA = frozenset({"Hira", "Kana"})
# Digits, punctuation, spaces and combining marks go with their neighbours.
_NEUTRAL = frozenset({"Zyyy", "Zinh", "Zzzz"})
# The scripts a language is written in, for "is this run foreign to the document?".
_LANGUAGE_SCRIPTS = {
    "ja": frozenset({"Hani", "Hira", "Kana", "Latn"}),
    "zh": frozenset({"Hani", "Bopo", "Latn"}),
    "ko": frozenset({"Hang", "Hani", "Latn"}),
    "ar": frozenset({"Arab"}),
    "fa": frozenset({"Arab"}),
    "ur": frozenset({"Arab"}),
    "he": frozenset({"Hebr"}),
    "ru": frozenset({"Cyrl"}),
    "uk": frozenset({"Cyrl"}),
    "bg": frozenset({"Cyrl"}),
    "sr": frozenset({"Cyrl", "Latn"}),
    "el": frozenset({"Grek"}),
}


def primary(language: str) -> str:
    """The primary subtag of a BCP 47 tag, lower-case: "zh" for "zh-Hant-TW"."""
    return language.split("-", maxsplit=1)[0].lower()


def language_direction(language: str) -> str:
    """ "rtl" for a language written right to left, else "ltr"."""
    return "rtl" if primary(language) in RTL_LANGUAGES else "ltr"


def strong_direction(text: str) -> str | None:
    """The direction of the first strong character, as HTML's `dir="auto"` finds it; None if none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def _script(char: str) -> str:
    script: str = ucd.script(char)
    return script


def _native_scripts(language: str) -> frozenset[str]:
    return _LANGUAGE_SCRIPTS.get(primary(language), frozenset({"Latn"}))


def script_runs(text: str) -> Iterator[tuple[str, str]]:
    """`text` cut into (script, run) pieces; neutral characters join the run before them.

    Han, kana and bopomofo count as one script ("CJK") so that a Japanese
    sentence stays one run. A leading neutral character joins the run after it.
    """
    current = ""
    start = 0
    for i, char in enumerate(text):
        script = _script(char)
        if script in _NEUTRAL:
            continue
        if script in _CJK:
            script = "CJK"
        if not current:
            current = script
        elif script != current:
            yield current, text[start:i]
            current, start = script, i
    if text:
        yield current or "Zyyy", text[start:]


def run_language(script: str, run: str, document_language: str) -> str | None:
    """The language a run in `script` gets inside a document in `document_language`, or None.

    None when the run is in one of the document's own scripts (it inherits
    the document's language) or in a script with no obvious language (Latin:
    English and French look alike).
    """
    native = _native_scripts(document_language)
    if script == "CJK":
        scripts = {_script(char) for char in run} - _NEUTRAL
        if scripts <= native:
            return None
        doc = primary(document_language)
        if scripts & _KANA or doc == "ja":
            return "ja"
        return "zh"
    if script in native or script not in _SCRIPT_LANGUAGES:
        return None
    return _SCRIPT_LANGUAGES[script]


def language_spans(text: str, document_language: str) -> list[tuple[str | None, str]]:
    """`text` as (language or None, piece) pairs: None where the document's language applies.

    Neighbouring pieces in the same language are joined, and spaces at
    either end of a foreign run stay outside its span.
    """
    pieces: list[tuple[str | None, str]] = []
    for script, run in script_runs(text):
        language = run_language(script, run, document_language)
        leading, core, trailing = "", run, ""
        if language is not None:
            core = run.strip()
            start = run.index(core[0]) if core else len(run)
            leading, trailing = run[:start], run[start + len(core) :]
        for lang, piece in ((None, leading), (language, core), (None, trailing)):
            if not piece:
                continue
            if pieces and pieces[-1][0] == lang:
                pieces[-1] = (lang, pieces[-1][1] + piece)
            else:
                pieces.append((lang, piece))
    return pieces


# HTML's direction model skips these when it looks for a dir="auto" element's first strong character.
_DIRECTION_SKIPPED = frozenset({"bdi", "script", "style", "textarea"})
_DIRECTIONS = frozenset({"ltr", "rtl", "auto"})


def _own_texts(element: Any) -> Iterator[str]:
    """The text of `element` in tree order, leaving out descendants with their own direction."""
    stack: list[tuple[Any, bool]] = [(element, True)]
    while stack:
        node, enter = stack.pop()
        if not enter:
            if node.tail:
                yield node.tail
            continue
        if node.text:
            yield node.text
        for child in reversed(list(node)):
            tag = child.tag if isinstance(child.tag, str) else ""
            skipped = (
                not tag or tag.rsplit("}", 1)[-1] in _DIRECTION_SKIPPED or child.get("dir") in _DIRECTIONS
            )
            stack.append((child, False))
            if not skipped:
                stack.append((child, True))


def resolve_auto_direction(root: Any) -> None:
    """Replaces each `dir="auto"` in an ElementTree with the direction its text gives.

    WeasyPrint 70 knows `dir="ltr"` and `dir="rtl"` but treats "auto" as
    no direction at all, so the PDF would lay an Arabic paragraph of an
    English letter out left to right. This applies HTML's rule (the first
    strong character, descendants with a `dir` of their own skipped, "ltr"
    when there is none) before WeasyPrint reads the page. Outer elements
    are resolved first, so an inner one still has its own `dir` and is
    skipped, as HTML says.
    """
    for element in root.iter():
        if element.get("dir") == "auto":
            element.set("dir", strong_direction("".join(_first_texts(element))) or "ltr")


def _first_texts(element: Any) -> Iterator[str]:
    # Stop reading at the first text with a strong character: a long
    # section's text need not be joined to find its first letter.
    for text in _own_texts(element):
        yield text
        if strong_direction(text) is not None:
            return
