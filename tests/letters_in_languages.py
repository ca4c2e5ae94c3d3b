"""The bundled example's letter written in each language the product has a catalogue for.

German is the example's own translation; French, Spanish, Japanese and Arabic are short
letters written for these tests: each covers what happened, when, what was lost, what to
do, what changes, owns the failure and apologises, as a careful writer in that language
would. `letter_in(language)` gives the example read in that language (its `meta.language`
set, as a writer who wrote the whole letter in it would have it); `with_body(document, ...)`
swaps the body for the tests that take a sentence away or add one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from postmortem.fileformat import load
from postmortem.model import Document
from postmortem.translations.model import LetterTranslation, TranslatedText
from postmortem.translations.paragraphs import digest, split_paragraphs
from postmortem.translations.reading import in_language
from postmortem.translations.sources import document_texts, letter_parts

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "raid-outage" / "raid-outage.postmortem"

# Each letter: its parts, its body paragraphs and the printed texts the letter's fields show.
LETTERS: dict[str, dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "letters_in_languages.yaml").read_text(encoding="utf-8")
)


def example() -> Document:
    return load(EXAMPLE)


def translation(document: Document, language: str) -> LetterTranslation:
    """The letter in `language` as a translation of `document`'s letter, every text up to date."""
    if language == "de":
        return document.customer_letter.translations["de"]
    letter = LETTERS[language]
    parts = letter_parts(document)
    originals = document_texts(document)
    body = split_paragraphs(document.customer_letter.body)
    paragraphs, texts = letter["body"], letter["texts"]
    return LetterTranslation(
        **{part: TranslatedText(made_from=digest(parts[part]), text=str(letter[part])) for part in parts},
        body=[TranslatedText(made_from=digest(original), text=text)
              for original, text in zip(body, paragraphs, strict=True)],
        texts={place: TranslatedText(made_from=digest(originals[place]), text=text)
               for place, text in texts.items()},
    )


def with_translation(language: str) -> Document:
    """The example with its letter translated into `language` (German: the example as it is)."""
    document = example()
    if language != "de":
        document.customer_letter.translations[language] = translation(document, language)
    return document


def letter_in(language: str) -> Document:
    """The example as a writer in `language` would have it: the letter in that language."""
    document = in_language(with_translation(language), language)
    document.meta.language = language
    return document


def body_of(language: str) -> str:
    return letter_in(language).customer_letter.body


def with_body(document: Document, body: str) -> Document:
    document = document.model_copy(deep=True)
    document.customer_letter.body = body
    return document
