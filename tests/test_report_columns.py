"""The report's timeline on paper, in English, German, Japanese and Arabic: a header wraps
between its words only (never at the hyphen of "Customer-visible", never inside a word
written without spaces), an event's kind is never split, and the time and kind columns are
as wide as what they hold, not a fixed width made for the longest language.

Words and their boxes come from poppler's `pdftotext -bbox`, as a reader's viewer sees them.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from postmortem import export, load
from postmortem.i18n.catalogs import translator
from postmortem.i18n.labels import event_kind_label

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "raid-outage" / "raid-outage.postmortem"
LANGUAGES = ("en", "de", "ja", "ar")
HEADERS = ("Time", "Kind", "What happened", "Customer-visible")
MM = 72 / 25.4
TIME_PART = re.compile(r"^(\d{4}-\d\d-\d\d|\d\d:\d\d|[A-Z]{2,5}|UTC\S*)$")


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    y0: float

    def reads(self, text: str) -> bool:
        # poppler gives right-to-left words in the order their glyphs stand on the page, a
        # ligature (lam-alef) as its letters: the same letters, all of them, is the same word.
        return self.text == text or sorted(self.text) == sorted(text)


def page_words(pdf: Path, page: int) -> list[Word]:
    html = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    return [Word(w.text or "", float(w.get("xMin", 0)), float(w.get("xMax", 0)), float(w.get("yMin", 0)))
            for w in ET.fromstring(html).iter("{http://www.w3.org/1999/xhtml}word")]


@pytest.fixture(scope="module")
def timeline_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Word]]:
    """The words of the page where the timeline table starts, by the document's language."""
    folder = tmp_path_factory.mktemp("reports")
    pages = {}
    for language in LANGUAGES:
        document = load(EXAMPLE)
        document.meta.language = language
        pdf = folder / f"report-{language}.pdf"
        pdf.write_bytes(export(document, "pdf", "internal", base_dir=EXAMPLE.parent))
        read = [page_words(pdf, page) for page in range(1, 4)]
        pages[language] = next(words for words in read if any(w.text == "2026-10-26" for w in words))
    return pages


@pytest.mark.parametrize("language", LANGUAGES)
def test_headers_wrap_between_words_only(timeline_pages: dict[str, list[Word]], language: str) -> None:
    words = timeline_pages[language]
    for header in HEADERS:
        for word in translator(language).gettext(header).split():
            assert any(w.reads(word) for w in words), f"{language}: {word!r} of {header!r} is split"


@pytest.mark.parametrize("language", LANGUAGES)
def test_time_and_kind_columns_fit_what_they_hold(timeline_pages: dict[str, list[Word]],
                                                  language: str) -> None:
    words = timeline_pages[language]
    tr = translator(language)
    date = min((w for w in words if w.text == "2026-10-26"), key=lambda w: w.y0)
    line = [w for w in words if abs(w.y0 - date.y0) < 4]
    time = [w for w in line if TIME_PART.match(w.text) and abs(w.x0 - date.x0) < 40 * MM]
    assert len(time) == 3, f"{language}: the first event's time is split: {[w.text for w in time]}"
    kind = next(w for w in line if w.reads(event_kind_label("other", tr)))
    start, end = min(w.x0 for w in time), max(w.x1 for w in time)
    gap = max(kind.x0 - end, start - kind.x1) / MM
    # Two cell paddings (1.8 mm each) apart: the time neither overflows nor sits in room it does not need.
    assert 3.0 <= gap <= 5.0, f"{language}: {gap:.1f} mm between the time and the kind"
    for kind_name in ("escalation", "communication", "trigger", "detection"):
        label = event_kind_label(kind_name, tr)
        assert any(w.reads(label) for w in words), f"{language}: the kind {label!r} is split"
