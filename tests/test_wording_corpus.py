"""The wording corpus (tests/data/wording): each tuning text gets exactly the rules a reviewer listed.

The held-out set is not a test on purpose: it measures the rules on text
they were not tuned on, in benchmarks/check_quality.py.
"""

from __future__ import annotations

import pytest
from wording_corpus import found, load

SETUP, TUNING = load("tuning")
_, HELD_OUT = load("held-out")


def test_the_corpus_has_twenty_fresh_texts_half_of_them_clean_in_five_styles() -> None:
    texts = TUNING + HELD_OUT
    assert len(texts) >= 20
    assert sum(t.clean for t in texts) * 2 >= len(texts)
    assert {t.style for t in texts} == {"formal", "plain", "terse", "apologetic", "defensive"}
    assert {t.kind for t in texts} == {"letter", "analysis"}
    assert len({t.id for t in texts}) == len(texts)


@pytest.mark.parametrize("text", TUNING, ids=lambda t: t.id)
def test_tuning_text_gets_exactly_its_rules(text) -> None:  # type: ignore[no-untyped-def]
    assert found(SETUP, text) == text.expect
