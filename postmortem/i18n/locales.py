"""BCP-47 language tags to Babel locales (CLDR data)."""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError


def primary(language: str) -> str:
    """'de-AT' -> 'de'; '' -> 'en'."""
    return (language.split("-", 1)[0] or "en").lower()


def is_english(language: str) -> bool:
    return primary(language) == "en"


@cache
def locale_for(language: str) -> Locale:
    """The CLDR locale for a tag: 'de-AT' -> de_AT, 'ar' -> ar, an unknown tag -> en.

    English without a region is British English: the product's own English
    ("27 October 2026", 24-hour clock) is written that way.
    """
    tag = language.strip() or "en"
    if tag.lower() == "en":
        tag = "en-GB"
    for candidate in (tag, primary(tag)):
        try:
            return Locale.parse(candidate, sep="-")
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en_GB")
