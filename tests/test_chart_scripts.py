"""The timeline chart drawn in every script: in Arabic and Hebrew, whose words WeasyPrint 70
cannot set inside an SVG, the chart keeps its shapes and sets its words as the page's text.

Read back as a reader meets the PDF: its text in logical order (pdftotext), where
its words stand on the page (pdftotext -bbox), its fonts (pdffonts) and its
structure tags and alt text (pdfua.check).
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from pdfua import check as pdfua_check
from pypdf import PdfReader
from test_export_languages import in_language

from postmortem.chart import describe, timeline_chart
from postmortem.export import export
from postmortem.fileformat import load
from postmortem.i18n import translator
from postmortem.model import Document
from postmortem.render import wording
from postmortem.render.scripts import strong_direction

# (language, a time only the drawing's axis prints, the impact's duration as the drawing prints it).
# pdftotext orders a Hebrew duration's numbers unreliably (the letter's own dates too): its words
# are read one by one.
LETTERS = [
    ("ar", "12:00 ص", ["يومان و14 س و10 د"]),
    ("he", "0:00", ["יומיים", "שע׳", "דק׳"]),
]


def pdftotext(pdf: bytes, tmp_path: Path, *options: str) -> str:
    source = tmp_path / "chart.pdf"
    source.write_bytes(pdf)
    result = subprocess.run(["pdftotext", *options, str(source), "-"], capture_output=True, text=True,
                            check=True, timeout=60)
    # pdftotext marks the right-to-left runs it found with embedding controls.
    return re.sub("[\u202a-\u202e]", "", result.stdout)


def words_across(pdf: bytes, tmp_path: Path) -> list[tuple[float, str]]:
    """(left edge, word) of page 1's words, each word's letters in reading order.

    `pdftotext -bbox` gives a right-to-left word's letters as they stand on the page.
    """
    boxes = re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>',
                       pdftotext(pdf, tmp_path, "-bbox", "-f", "1", "-l", "1"))
    return [(float(x), word[::-1] if strong_direction(word) == "rtl" else word) for x, word in boxes]


def fonts(pdf: bytes, tmp_path: Path) -> set[str]:
    source = tmp_path / "fonts.pdf"
    source.write_bytes(pdf)
    listing = subprocess.run(["pdffonts", str(source)], capture_output=True, text=True, check=True,
                             timeout=60)
    names = [line.split()[0].split("+", 1)[-1] for line in listing.stdout.splitlines()[2:]]
    return {re.sub(r"-Bold$", "", name) for name in names}


def letter_in(language: str, example_path: Path) -> Document:
    """The example letter, with its chart, as its writer would send it in `language`; Hebrew,
    for which the product has no catalog, gets the English letter and Hebrew dates."""
    document = in_language(load(example_path), language if language != "he" else "en")
    document.meta.language = language
    return document


def alt_texts(pdf: bytes, title: str) -> list[str]:
    """The alt text of the figures whose alt starts with `title` (a dash in it read as the PDF keeps it)."""
    alts = [e.alt.replace("\u2013", "\u2212") for e in pdfua_check(pdf).root.walk() if e.role == "Figure"]
    return [alt for alt in alts if alt.startswith(title)]


@pytest.mark.parametrize(("language", "drawn", "duration"), LETTERS)
def test_a_right_to_left_letter_draws_its_chart_with_words_a_reader_can_read(
    language: str, drawn: str, duration: list[str], example_path: Path, tmp_path: Path
) -> None:
    document = letter_in(language, example_path)
    assert "{{ chart }}" in document.customer_letter.body
    pdf = export(document, "pdf", "customer")
    # pdftotext moves a space across the edge of a number's run ("12:00ص"): compare without them.
    text = "".join(pdftotext(pdf, tmp_path).split())
    assert drawn.replace(" ", "") in text  # an axis label: the drawing is there, not a sentence about it
    assert all(run.replace(" ", "") in text for run in duration)  # its words shaped, in reading order
    chart = timeline_chart(document, customer=True)
    assert chart is not None
    assert pdfua_check(pdf).problems == []
    title = wording.letter_chart_title(translator(language))
    assert alt_texts(pdf, title) == [f"{title}. {describe(chart)}"]
    family = {"ar": "Noto-Sans-Arabic", "he": "Noto-Sans-Hebrew"}[language]
    assert family in fonts(pdf, tmp_path)
    assert not any(name.startswith("DejaVu") for name in fonts(pdf, tmp_path))
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2  # the example letter still fills two pages


def test_the_arabic_chart_runs_right_to_left_like_its_page(example_path: Path, tmp_path: Path) -> None:
    document = letter_in("ar", example_path)
    document.customer_letter.body = "{{ chart }}"  # the page's only times are the chart's
    words = words_across(export(document, "pdf", "customer"), tmp_path)
    start = next(x for x, word in words if word == "2:10")  # the impact began at 02:10 ...
    end = next(x for x, word in words if word == "4:20")  # ... and ended at 16:20, two days later
    name = next(x for x, word in words if word == "التأثير")  # the row's name, "Customer impact"
    assert name > start > end
    duration = next(x for x, word in words if word == "يومان")
    assert duration < end  # the duration where the bar ends, on the left
    days = [word for _x, word in sorted(words, reverse=True) if word in ("28", "29", "30")]
    assert days == ["28", "29", "30"]  # the axis' days read from the right


def test_an_english_letters_chart_still_runs_left_to_right_in_one_svg(example_path: Path) -> None:
    html = export(letter_in("en", example_path), "html", "customer").decode()
    figure = html[html.index('<div class="letter-chart">') :]
    assert figure.index("<svg") < figure.index("<text") < figure.index("</svg>")
    assert 'direction="ltr"' in figure[: figure.index(">", figure.index("<svg"))]


@pytest.mark.parametrize(("language", "drawn"), [("ar", "الحل"), ("he", "5 events")])
def test_a_right_to_left_report_draws_the_internal_chart(
    language: str, drawn: str, example_path: Path, tmp_path: Path
) -> None:
    document = load(example_path)
    document.meta.language = language
    pdf = export(document, "pdf", "internal")
    lines = ["".join(line.split()) for line in pdftotext(pdf, tmp_path, "-f", "1", "-l", "1").splitlines()]
    # "Resolved"; and an English label keeps its number on its left in a Hebrew page.
    assert drawn.replace(" ", "") in lines
    assert pdfua_check(pdf).problems == []
    chart = timeline_chart(document)
    assert chart is not None
    title = translator(language).gettext("Incident timeline")
    assert alt_texts(pdf, "") == [f"{title}. {describe(chart)}"]  # the chart, and no other figure


def test_the_same_arabic_letter_gives_the_same_bytes(example_path: Path) -> None:
    document = letter_in("ar", example_path)
    assert export(document, "pdf", "customer") == export(letter_in("ar", example_path), "pdf", "customer")
    html = export(document, "html", "customer").decode()
    assert '<div class="chart-html" role="img"' in html and "<text" not in html


def test_the_markdown_letter_gives_the_chart_in_words_in_its_language(example_path: Path) -> None:
    # Markdown has no drawing (GitHub and GitLab would differ, DESIGN.md): the chart is a sentence.
    document = letter_in("ar", example_path)
    chart = timeline_chart(document, customer=True)
    assert chart is not None
    text = export(document, "md", "customer").decode()
    assert describe(chart) in text and "<svg" not in text
