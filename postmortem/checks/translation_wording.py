"""The letter's wording checks on each of its translations, in the translation's language.

A translation is a letter customers read: it can leave out the apology,
call the outage "etwaige Unannehmlichkeiten", or read at a grade the
original does not. Each translation is read as the letter reads in its
language (`translations.reading.in_language`) with the same rules as the
original (`letter`, `letter_voice`, `readability`), in that language's
lexicon, and a finding is kept when it is about the translation's own words.
It then points at the translation's field (`customer_letter.translations.de.body[3]`,
`….closing`, `….texts.impact.data_loss_details`), where the app's Customer
letter step shows it; what the translation does not give in its own words
is printed from the original and reported there.

What is said about the whole letter (no apology, no ownership, its reading
grade) is judged only while every paragraph of the translation is current:
a stale translation is reported as stale, paragraph by paragraph, and a
verdict on a letter that mixes old and new paragraphs would send the writer
after the wrong thing. The reading grade is reported only above the limit:
the original's hint already gives the letter's grade.
"""

from __future__ import annotations

import dataclasses

from postmortem.checks import letter, letter_voice, lexicons, readability
from postmortem.checks.fields import TextField, customer_fields
from postmortem.checks.findings import Finding
from postmortem.checks.settings import Settings
from postmortem.checks.translations import language_name
from postmortem.model import Document
from postmortem.translations.model import LetterTranslation
from postmortem.translations.paragraphs import (
    PARAGRAPH_BREAK,
    Row,
    State,
    line_up,
    printed_paragraphs,
    split_paragraphs,
)
from postmortem.translations.reading import in_language
from postmortem.translations.sources import LETTER_PARTS

_BODY = "customer_letter.body"
_WHOLE_LETTER = frozenset({"no-apology", "ownership", "readability"})


Letters = dict[str, tuple[Document, list[TextField]]]


def letters(document: Document) -> Letters:
    """Each translation's language -> the document as it reads in it, and its customer fields.

    Made once per check and shared with `translations.translation_leaks`: the copy and
    its fields are most of what checking a translation costs.
    """
    out: Letters = {}
    for tag in document.customer_letter.translations:
        if tag != document.meta.language:
            copy = in_language(document, tag)
            out[tag] = (copy, customer_fields(copy))
    return out


def wording(document: Document, settings: Settings, made: Letters | None = None) -> list[Finding]:
    found: list[Finding] = []
    compiled = settings.compiled()
    made = letters(document) if made is None else made
    for tag, translation in document.customer_letter.translations.items():
        if tag not in made or not _has_words(translation):
            continue
        where = f"customer_letter.translations.{tag}"
        copy, fields = made[tag]
        rows = line_up(split_paragraphs(document.customer_letter.body), translation.body)
        own = _own_places(translation, where)
        # The rules about words read only the translation's own texts: what it prints from the
        # original is checked there. The whole letter's rules read all of it.
        translated = [f for f in fields if f.location in own]
        said = [
            *letter.language(copy, translated, compiled, tag),
            *letter_voice.voice(copy, fields, tag),
            *readability.readability(fields, settings.readability_limit, tag),
            *readability.long_sentences(translated, settings.sentence_limit, tag),
        ]
        if not all(row.state == State.CURRENT for row in rows):
            said = [f for f in said if f.rule not in _WHOLE_LETTER]
        said = [f for f in said if f.rule != "reading-grade"]
        paragraphs = _paragraph_starts(translation, rows)
        prefix = f"in the {language_name(tag)} translation: "
        for finding in said:
            moved = _moved(finding, own, paragraphs, where)
            if moved is not None:
                found.append(dataclasses.replace(moved, message=prefix + finding.message))
        found += lexicons.not_run_hint(tag, where, "customer")
    return found


def _has_words(translation: LetterTranslation) -> bool:
    return any(p.text.strip() for p in translation.body)


def _own_places(translation: LetterTranslation, where: str) -> dict[str, str]:
    """Where a copy's text came from the translation -> that place in the file."""
    own = {f"customer_letter.{part}": f"{where}.{part}" for part in LETTER_PARTS
           if getattr(translation, part).text.strip()}
    own |= {place: f"{where}.texts.{place}" for place, text in translation.texts.items() if text.text.strip()}
    own[_BODY] = f"{where}.body"
    return own


def _paragraph_starts(translation: LetterTranslation, rows: list[Row]) -> list[tuple[int, int, int]]:
    """(start, end, index in the translation) of each paragraph in the copy's joined body."""
    out: list[tuple[int, int, int]] = []
    at = 0
    for index in printed_paragraphs(rows):
        text = translation.body[index].text
        if text.strip():  # as join_paragraphs leaves out an empty one
            out.append((at, at + len(text), index))
            at += len(text) + len(PARAGRAPH_BREAK)
    return out


def _moved(
    finding: Finding, own: dict[str, str], paragraphs: list[tuple[int, int, int]], where: str
) -> Finding | None:
    """The finding at the translation's place, or None when it is about words the translation did not give."""
    place = own.get(finding.location)
    if place is None:
        return None
    if finding.location != _BODY or finding.span is None:
        return dataclasses.replace(finding, location=place)
    start, end = finding.span
    for first, last, index in paragraphs:
        if first <= start < last:
            return dataclasses.replace(finding, location=f"{where}.body[{index}]",
                                       span=(start - first, min(end, last) - first))
    return dataclasses.replace(finding, location=place, span=None)
