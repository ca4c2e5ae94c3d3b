"""The example letter and report exported in each of the product's six languages.

The writer's own text is theirs (here: the example as a writer would word it
in each language, tests/data/languages/letters.yaml); everything the product
words itself must then be in the letter's language: the page footer, the
default greeting and closing, the chart, the dates, times, durations and the
zone's name, and the phrases of the letter fields. Read back from the PDF.
"""

from __future__ import annotations

import io
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po
from pypdf import PdfReader

from postmortem.assets import example_path as shipped_example
from postmortem.export import export
from postmortem.fileformat import load
from postmortem.i18n import LOCALE_DIR
from postmortem.model import CustomerLetter, Document

LANGUAGES = ("en", "de", "fr", "es", "ja", "ar")
LETTERS = yaml.safe_load((Path(__file__).parent / "data" / "languages" / "letters.yaml").read_text("utf-8"))
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")


def pdf_text(pdf: bytes) -> str:
    """The PDF's text on one line per page, NFKC-folded (Arabic presentation forms, ligatures)."""
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]
    return unicodedata.normalize("NFKC", "\n".join(pages)).replace("\u2013", "\u2212")


def in_language(document: Document, language: str) -> Document:
    """The example letter as its writer would send it in `language`, with the product's defaults."""
    letter = LETTERS[language]
    document.meta.language = language
    defaults = CustomerLetter()
    document.customer_letter.greeting = defaults.greeting
    document.customer_letter.closing = defaults.closing
    document.customer_letter.reference = letter["reference"]
    document.customer_letter.body = letter["body"]
    document.impact.data_loss_details = letter["data_loss_details"]
    document.impact.customer_actions = letter["customer_actions"]
    promised = [item for item in document.action_items.items if item.customer_promised]
    for item, (title, description) in zip(promised, letter["promises"], strict=True):
        item.title, item.description = title, description
    signer = document.signer
    assert signer is not None
    signer.title, signer.bio = letter["signer_title"], letter["bio"]
    return document


@cache
def catalog_words(language: str) -> frozenset[str]:
    """Latin-script words of a language's catalog: the msgids for English, the msgstrs otherwise."""
    with (LOCALE_DIR / language / "LC_MESSAGES" / "postmortem.po").open("rb") as handle:
        catalog = read_po(handle)
    texts: list[str] = []
    for message in catalog:
        if not message.id:
            continue
        if language == "en":
            texts += [message.id] if isinstance(message.id, str) else list(message.id)
        else:
            texts += [message.string] if isinstance(message.string, str) else list(message.string)
    words = {word.lower() for text in texts for word in _WORD.findall(re.sub(r"\{\w+\}", " ", text))}
    return frozenset(word for word in words if len(word) > 2)


@pytest.fixture(scope="module")
def letters() -> dict[str, str]:
    return {
        language: pdf_text(export(in_language(load(shipped_example()), language), "pdf", "customer"))
        for language in LANGUAGES
    }


def contains(text: str, phrase: str, language: str) -> bool:
    """Whether the letter's text holds `phrase`; for Arabic, each of its words.

    pypdf gives right-to-left runs in visual order mixed with the numbers
    around them, so an Arabic phrase is checked word by word (the scripts
    work's tests check its logical order).
    """
    phrase = phrase.replace("\u2013", "\u2212")
    if language != "ar":
        return phrase in text
    return all(run in text for run in re.findall(r"\d+|[^\W\d_]+", phrase))


@pytest.mark.parametrize("language", LANGUAGES)
def test_letter_prints_the_products_words_in_its_language(letters: dict[str, str], language: str) -> None:
    text = letters[language]
    expected = LETTERS[language]
    for words in expected["words"]:
        assert contains(text, words, language), f"{language}: {words!r} is not in the letter"
    assert text.count("\n") == 1, "the example letter in every language fills two pages"


@pytest.mark.parametrize("language", LANGUAGES)
def test_letter_dates_durations_and_zone_follow_the_language(letters: dict[str, str], language: str) -> None:
    text = letters[language]
    expected = LETTERS[language]
    for value in [*expected["dates"], *expected["durations"], expected["zone"]]:
        assert contains(text, value, language), f"{language}: {value!r} is not in the letter"


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_no_english_word_of_the_product_is_left_in_the_letter(
    letters: dict[str, str], language: str, example_path: Path
) -> None:
    document = load(example_path)
    # The organisation's own words and people's names are theirs in every language.
    own = " ".join([document.meta.organisation.name, document.meta.organisation.contact_email,
                    *(author.name for author in document.meta.authors)])
    allowed = {word.lower() for word in _WORD.findall(own)} | {"utc"} | catalog_words(language)
    english = catalog_words("en") - allowed
    left = sorted({word for word in _WORD.findall(letters[language]) if word.lower() in english})
    assert not left, f"{language}: English words of the product in the letter: {left}"


def test_english_letter_keeps_its_house_style(letters: dict[str, str]) -> None:
    text = letters["en"]
    assert ("from Wednesday 28 October 2026, 02:10 to Friday 30 October 2026, 16:20 "
            "New York time (EDT, UTC−4)") in text
    assert "Support requests sent to us in this period may be lost. This concerns the period from" in text


def test_german_report_labels_footer_and_figures(example_path: Path) -> None:
    document = load(example_path)
    document.meta.language = "de"
    text = pdf_text(export(document, "pdf", "internal"))
    for label in ("Störungsanalyse", "Intern: nicht an Kunden weitergeben", "Seite 1 von",
                  "Zeit bis zur Erkennung", "Zusammenfassung", "Ablauf", "Was geschah", "Für Kunden sichtbar",
                  "Auswirkungen", "Betroffene Kunden", "Ursache", "Begünstigende Faktoren", "Erkenntnisse",
                  "Was gut lief", "Maßnahmen", "Verantwortlich", "Fällig", "Kunden zugesagt", "Erledigt",
                  "Interne Notizen", "Zeitangaben in", "Nordamerikanische Ostküstenzeit, UTC−5/UTC−4",
                  "2 Tg. 14 Std. 10 Min.", "14 Min.", "6. November 2026"):
        assert label.upper() in text.upper(), f"{label!r} is not in the German report"
    # The writer's English text stays; the product's English labels are gone.
    for label in ("Time to detect", "Action items", "What went well", "Page 1 of", "Internal notes",
                  "Customers affected", "Times shown in", "do not forward"):
        assert label.upper() not in text.upper(), f"{label!r} is still in the German report"


def test_a_tag_with_a_region_uses_its_languages_catalog(example_path: Path) -> None:
    document = load(example_path)
    document.meta.language = "de-AT"
    html = export(document, "html", "customer").decode()
    assert 'counter(page) " von " counter(pages)' in html
    assert "Oktober 2026" in html


def test_german_e_mail_draft_greets_and_explains_in_german(example_path: Path) -> None:
    import email
    from email import policy

    document = in_language(load(example_path), "de")
    document.customer_letter.email_note = CustomerLetter().email_note
    message = email.message_from_bytes(export(document, "eml", "customer"), policy=policy.default)
    plain = message.get_body(("plain",)).get_content().replace("\r\n", "\n")  # type: ignore[union-attr]
    assert plain.startswith("Liebe Kundinnen und Kunden,\n\nim Anhang finden Sie unseren Brief zu dieser")
    assert "Mit freundlichen Grüßen\nMaren Holt" in plain
    assert message["Content-Language"] == "de"


def test_german_internal_markdown_is_labelled_in_german_and_imports_back(
    example_path: Path, tmp_path: Path
) -> None:
    from postmortem.importers import Options, read_sources
    from postmortem.importers.merge import apply

    document = load(example_path)
    document.meta.language = "de"
    markdown = export(document, "md", "internal")
    text = markdown.decode()
    for label in ("**Intern: nicht an Kunden weitergeben**", "## Kennzahlen", "| Zeit bis zur Erkennung",
                  "## Zusammenfassung", "## Ablauf", "| Was geschah", "## Maßnahmen", "| Verantwortlich",
                  "(Kunden zugesagt)", "## Erkenntnisse"):
        assert label in text, label
    assert "## Summary" not in text and "Time to detect" not in text
    path = tmp_path / "bericht.md"
    path.write_bytes(markdown)
    again = Document()
    apply(again, read_sources([path], "auto", Options()))
    assert again == document
