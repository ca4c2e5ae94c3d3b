"""BCP-47 language tags to Babel locales (CLDR data)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale


def primary(language: str) -> str:
    """'de-AT' -> 'de'; '' -> 'en'."""
    return (language.split("-", 1)[0] or "en").lower()


def is_english(language: str) -> bool:
    return primary(language) == "en"


# Scripts set with no space between sentences.
_NO_SENTENCE_SPACE = {"ja", "zh"}
# Scripts whose letters change shape with their neighbours (or run right to left): WeasyPrint 70
# sets SVG text one character at a time, without shaping or bidi, so a drawing cannot carry them.
_SHAPED = {"ar", "fa", "ur", "ps", "he", "yi", "hi", "mr", "ne", "bn", "pa", "gu", "ta", "te", "kn", "ml",
           "si", "th", "lo", "my", "km"}


def sentence_space(language: str) -> str:
    """What separates two sentences: a space, or nothing in Japanese and Chinese."""
    return "" if primary(language) in _NO_SENTENCE_SPACE else " "


def svg_text_ok(language: str) -> bool:
    """Whether the PDF can draw this language's words inside an SVG figure (see `_SHAPED`)."""
    return primary(language) not in _SHAPED and locale_for(language).character_order != "right-to-left"


@cache
def locale_for(language: str) -> Locale:
    """The CLDR locale for a tag: 'de-AT' -> de_AT, 'ar' -> ar, an unknown tag -> en.

    English without a region is British English: the product's own English
    ("27 October 2026", 24-hour clock) is written that way.
    """
    from babel import Locale, UnknownLocaleError  # Babel loads with the first locale asked for

    tag = language.strip() or "en"
    if tag.lower() == "en":
        tag = "en-GB"
    for candidate in (tag, primary(tag)):
        try:
            return Locale.parse(candidate, sep="-")
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en_GB")
