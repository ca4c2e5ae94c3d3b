"""Readability formulas made for German, French and Spanish, with their syllable counts.

Flesch-Kincaid was fitted to English words; on German it reads every compound
as hard, on Spanish every inflected verb. Each language here has a formula
fitted to it, and the one chosen is the one its writers' guides use:

- German, the first Wiener Sachtextformel (Bamberger & Vanecek, *Lesen -
  Verstehen - Lernen - Schreiben*, 1984): 0.1935 MS + 0.1672 SL + 0.1297 IW
  - 0.0327 ES - 0.875, where MS is the percentage of words of three or more
  syllables, SL the mean sentence length in words, IW the percentage of
  words longer than six letters, ES the percentage of one-syllable words.
  It gives a German school grade (4 to 15), read against the limit as it is.
  (Flesch-Amstad gives a reading ease, which would need a table to become
  a grade; the Sachtextformel was fitted to grades.)
- French, Kandel & Moles (1958, Flesch adapted to French): 207 - 1.015 ×
  words per sentence - 73.6 × syllables per word.
- Spanish, Fernández Huerta (1959), as corrected by G. Law (LINGUIST List
  22.2332, 2011): 206.84 - 0.60 × syllables per 100 words - 1.02 × words per
  sentence.

French and Spanish give a reading ease on Flesch's scale (higher is easier);
Flesch's own table (*A New Readability Yardstick*, 1948) says which school
grade each band of that scale reads at, and that grade is what the
organisation's limit is compared with. Japanese and Arabic have no formula
here: the established ones need a morphological analyser (Japanese) or
diacritised text (Arabic), so their reading grade is not judged.

Syllables are counted by spelling, not by a hyphenation dictionary: pyphen's
German dictionary takes a second to load, longer than the whole check, and
vowel groups with each language's rules for vowels that meet are within a
syllable for almost every word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

_GERMAN_VOWELS = re.compile(r"[aeiouyäöü]+")
_FRENCH_VOWELS = re.compile(r"[aeiouyàâäéèêëîïôöùûüœæ]+")
_SPANISH_VOWELS = re.compile(r"[aeiouáéíóúüy]+")
# Spanish vowels that meet in two syllables: two strong vowels, or a stressed weak one (río, país).
_SPANISH_HIATUS = re.compile(r"(?=[aeoáéó][aeoáéó])|(?=[íú][aeiouáéó]|[aeoáéó][íú])")


@functools.lru_cache(maxsize=8192)
def german_syllables(word: str) -> int:
    return max(1, len(_GERMAN_VOWELS.findall(word.lower())))


@functools.lru_cache(maxsize=8192)
def french_syllables(word: str) -> int:
    letters = word.lower()
    # A final e, es or (after a consonant) ent is silent in speech: "chose", "choses", "disent".
    if len(_FRENCH_VOWELS.findall(letters)) > 1:
        letters = re.sub(r"(?<=[^aeiouyàâäéèêëîïôöùûü])(?:e|es|ent)$", "", letters)
    return max(1, len(_FRENCH_VOWELS.findall(letters)))


@functools.lru_cache(maxsize=8192)
def spanish_syllables(word: str) -> int:
    letters = word.lower()
    # "que", "qui", "gue", "gui": the u is silent and makes no syllable with the vowel after it.
    letters = re.sub(r"(?<=[qg])u(?=[eéií])", "", letters)
    return max(1, len(_SPANISH_VOWELS.findall(letters)) + len(_SPANISH_HIATUS.findall(letters)))


@dataclass(frozen=True)
class Counts:
    words: int
    sentences: int
    syllables: int
    long_words: int  # more than six letters
    polysyllables: int  # three syllables or more
    monosyllables: int


def counts(sentence_words: list[list[str]], syllables: Callable[[str], int]) -> Counts:
    words = [w for sentence in sentence_words for w in sentence]
    each = [syllables(w) for w in words]
    return Counts(
        words=len(words),
        sentences=sum(1 for sentence in sentence_words if sentence),
        syllables=sum(each),
        long_words=sum(1 for w in words if len(w) > 6),
        polysyllables=sum(1 for n in each if n >= 3),
        monosyllables=sum(1 for n in each if n == 1),
    )


# Flesch (1948): the lowest score of each band of reading ease, and the school grade it reads at.
_FLESCH_BANDS = ((90, "5"), (80, "6"), (70, "7"), (60, "8–9"), (50, "10–12"), (30, "13–16"))
_GRADUATE = "17"


def ease_grade(ease: float) -> str:
    """The school grade Flesch's table gives a reading ease: '8–9' for 65."""
    return next((grade for lowest, grade in _FLESCH_BANDS if ease >= lowest), _GRADUATE)


def lowest_grade(grade: str) -> float:
    return float(grade.split("–", maxsplit=1)[0])


@dataclass(frozen=True)
class Reading:
    """One letter's readability in its language's formula."""

    formula: str  # "Wiener Sachtextformel"
    value: float  # the formula's own figure
    grade: float  # the school grade compared with the limit
    figure: str  # "grade 7.7", "a reading ease of 85"
    source: str  # "Wiener Sachtextformel", "Kandel-Moles, about grade 6 on Flesch's scale"

    def above(self, limit: float) -> bool:
        return self.grade > limit


def wiener(c: Counts) -> Reading:
    ms, iw, es = (100 * n / c.words for n in (c.polysyllables, c.long_words, c.monosyllables))
    grade = 0.1935 * ms + 0.1672 * c.words / c.sentences + 0.1297 * iw - 0.0327 * es - 0.875
    return Reading("Wiener Sachtextformel", grade, grade, f"grade {grade:.1f}", "Wiener Sachtextformel")


def _ease(formula: str, ease: float) -> Reading:
    band = ease_grade(ease)
    return Reading(formula, ease, lowest_grade(band), f"a reading ease of {ease:.0f}",
                   f"{formula}, about grade {band} on Flesch's scale")


def kandel_moles(c: Counts) -> Reading:
    return _ease("Kandel-Moles", 207 - 1.015 * c.words / c.sentences - 73.6 * c.syllables / c.words)


def fernandez_huerta(c: Counts) -> Reading:
    return _ease("Fernández Huerta",
                 206.84 - 0.60 * 100 * c.syllables / c.words - 1.02 * c.words / c.sentences)


# Key (a lexicon's `reading`) -> (syllable counter, formula).
FORMULAS = {
    "wiener": (german_syllables, wiener),
    "kandel-moles": (french_syllables, kandel_moles),
    "fernandez-huerta": (spanish_syllables, fernandez_huerta),
}
