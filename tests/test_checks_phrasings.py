"""Each language's lexicon knows the ways a careful writer apologises and owns a failure, does
not take regret for an apology, and reads a letter written without {{ fields }} as complete.

The phrasings are in tests/data/phrasings_in_languages.yaml.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from letters_in_languages import EXAMPLE, letter_in, with_body

from postmortem.checks import Level, check, find_settings

DATA: dict[str, Any] = yaml.safe_load(
    (Path(__file__).parent / "data" / "phrasings_in_languages.yaml").read_text(encoding="utf-8"))
SETTINGS = find_settings(EXAMPLE)
PLAIN_CLOSING = {"de": "Mit freundlichen Grüßen", "fr": "Cordialement,", "es": "Atentamente,", "ja": "敬具",
                 "ar": "مع التحية،"}


def letter_rules(language: str, body: str) -> dict[str, list[str]]:
    document = with_body(letter_in(language), body)
    document.customer_letter.closing = PLAIN_CLOSING[language]
    found: dict[str, list[str]] = {}
    for f in check(document, "customer", today=document.customer_letter.date, settings=SETTINGS):
        found.setdefault(f.rule, []).append(f.message)
    return found


def _short(language: str) -> str:
    return str(DATA["short_letters"][language])


# The short letter's own apology, which the tests swap for another phrasing or take out.
APOLOGY = {"de": "Es tut mir leid.", "fr": "Je suis désolée.", "es": "Lo siento.",
           "ja": "誠に申し訳ございません。", "ar": "أنا آسفة."}


@pytest.mark.parametrize(("language", "said"),
                         [(lang, s) for lang, said in DATA["apologies"].items() for s in said])
def test_each_way_of_apologising_counts(language: str, said: str) -> None:
    body = _short(language)
    assert APOLOGY[language] in body
    assert "no-apology" not in letter_rules(language, body.replace(APOLOGY[language], said))
    assert "no-apology" in letter_rules(language, body.replace(APOLOGY[language], ""))


@pytest.mark.parametrize(("language", "said"),
                         [(lang, s) for lang, said in DATA["ownership"].items() for s in said])
def test_each_way_of_owning_the_failure_counts(language: str, said: str) -> None:
    paragraphs = _short(language).split("\n\n")
    # The first paragraph ends with the letter's own admission; the test's phrasing replaces it.
    first = paragraphs[0]
    cut = {"de": "Das war unser Fehler", "fr": "C'est notre faute", "es": "Fue culpa nuestra",
           "ja": "バックアップを", "ar": "كان هذا خطأنا"}[language]
    paragraphs[0] = first[:first.index(cut)] + said
    assert "ownership" not in letter_rules(language, "\n\n".join(paragraphs))
    paragraphs[0] = first[:first.index(cut)]
    assert "ownership" in letter_rules(language, "\n\n".join(paragraphs))


@pytest.mark.parametrize("language", sorted(DATA["not_an_apology"]))
def test_regret_is_not_an_apology(language: str) -> None:
    body = _short(language).replace(APOLOGY[language], DATA["not_an_apology"][language])
    assert letter_rules(language, body)["no-apology"] == ["the letter never apologises"]


@pytest.mark.parametrize("language", sorted(DATA["short_letters"]))
def test_a_letter_written_without_fields_that_says_it_all_has_no_findings(language: str) -> None:
    document = with_body(letter_in(language), _short(language))
    found = check(document, "customer", today=document.customer_letter.date, settings=SETTINGS)
    assert [(f.rule, f.message) for f in found if f.severity != Level.HINT] == []
