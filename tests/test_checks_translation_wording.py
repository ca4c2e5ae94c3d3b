"""The wording checks on each translation of the letter, in the translation's language, with
findings at the translation's own field (where the app's Customer letter step shows them).

Before, a translation's apology, ownership, reading grade and jargon were never checked: a
German letter saying "etwaige Unannehmlichkeiten" went out as "ready to publish".
"""

from __future__ import annotations

import pytest
from letters_in_languages import EXAMPLE, with_translation

from postmortem.checks import Finding, Level, check, find_settings
from postmortem.model import Document
from postmortem.translations.paragraphs import digest, split_paragraphs

SETTINGS = find_settings(EXAMPLE)
LANGUAGES = ("de", "fr", "es", "ja", "ar")


def translated(document: Document, rule: str) -> list[Finding]:
    found = check(document, "customer", today=document.customer_letter.date, settings=SETTINGS)
    return [f for f in found if f.rule == rule and f.location.startswith("customer_letter.translations.")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_complete_translation_has_nothing_to_fix(language: str) -> None:
    document = with_translation(language)
    found = check(document, "customer", today=document.customer_letter.date, settings=SETTINGS)
    mine = [f for f in found if f.location.startswith(f"customer_letter.translations.{language}")]
    assert [f.rule for f in mine] == ["checks-not-run"]
    assert mine[0].severity == Level.HINT


def test_a_non_apology_in_the_german_translation_points_at_its_paragraph_and_words() -> None:
    document = with_translation("de")
    paragraph = document.customer_letter.translations["de"].body[1]
    paragraph.text = "Wir entschuldigen uns für etwaige Unannehmlichkeiten. " + paragraph.text
    [found] = translated(document, "non-apology")
    assert found.location == "customer_letter.translations.de.body[1]"
    assert found.severity == Level.ERROR
    assert found.message.startswith("in the German translation: “etwaige Unannehmlichkeiten”")
    assert found.span is not None and paragraph.text[slice(*found.span)] == "etwaige Unannehmlichkeiten"


@pytest.mark.parametrize("language", ["fr", "ja"])
def test_a_translation_that_never_apologises_is_an_error_there(language: str) -> None:
    document = with_translation(language)
    translation = document.customer_letter.translations[language]
    translation.body[1].text = {"fr": "Beaucoup d'entre vous comptent sur nous.",
                                "ja": "多くのお客様が当社を頼りにしてくださっています。"}[language]
    translation.closing.text = {"fr": "Cordialement,", "ja": "敬具"}[language]
    [found] = translated(document, "no-apology")
    assert found.location == f"customer_letter.translations.{language}.body"
    assert found.severity == Level.ERROR
    # The original still apologises: the finding is the translation's alone.
    assert not [f for f in check(document, "customer", settings=SETTINGS)
                if f.rule == "no-apology" and f.location == "customer_letter.body"]


def test_deflection_in_a_translated_text_points_at_that_text() -> None:
    document = with_translation("es")
    texts = document.customer_letter.translations["es"].texts
    texts["impact.customer_actions"].text += " La caída se debió a causas ajenas a nuestro control."
    [found] = translated(document, "deflection")
    assert found.location == "customer_letter.translations.es.texts.impact.customer_actions"


def test_jargon_in_a_translation_is_explained_in_its_language() -> None:
    document = with_translation("de")
    paragraph = document.customer_letter.translations["de"].body[4]
    paragraph.text += " Der Server hatte ein RAID."
    [found] = translated(document, "jargon")
    assert found.location == "customer_letter.translations.de.body[4]"
    assert paragraph.text[slice(*found.span)] == "RAID"  # type: ignore[misc]
    assert "German" in found.suggestion


def test_a_stale_translation_is_not_judged_as_a_whole_letter_but_its_words_still_are() -> None:
    document = with_translation("de")
    paragraphs = split_paragraphs(document.customer_letter.body)
    paragraphs[1] = "I am so sorry. " + paragraphs[1]  # the original changed: the German paragraph is stale
    document.customer_letter.body = "\n\n".join(paragraphs)
    german = document.customer_letter.translations["de"]
    german.body[1].text = "Wir bedauern etwaige Unannehmlichkeiten."
    german.closing.text = "Mit freundlichen Grüßen"
    assert german.body[1].made_from != digest(paragraphs[1])
    assert translated(document, "translation-stale")
    assert not translated(document, "no-apology")
    found = translated(document, "non-apology")
    assert [f.location for f in found] == ["customer_letter.translations.de.body[1]"]


def test_a_letter_in_german_with_an_english_translation_reads_the_english_with_english_rules() -> None:
    from letters_in_languages import letter_in

    from postmortem.translations.model import LetterTranslation, TranslatedText

    document = letter_in("de")
    originals = split_paragraphs(document.customer_letter.body)
    english = ["We apologise for any inconvenience.", *("Text." for _ in originals[1:])]
    document.customer_letter.translations["en"] = LetterTranslation(
        body=[TranslatedText(made_from=digest(o), text=t) for o, t in zip(originals, english, strict=True)])
    found = translated(document, "non-apology")
    assert [f.location for f in found] == ["customer_letter.translations.en.body[0]"]
    assert not [f for f in check(document, "customer", settings=SETTINGS)
                if f.location == "customer_letter.translations.en" and f.rule == "checks-not-run"]
