"""`{{ chart }}`: the letter's simpler chart (impact window and resolution), printed where it stands."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pdfua import check as pdfua_check

from postmortem.chart import timeline_chart
from postmortem.checks import check
from postmortem.export import export
from postmortem.fileformat import load
from postmortem.model import Document
from postmortem.render.timeline_svg import timeline_svg


@pytest.fixture
def document(example_path: Path) -> Document:
    return load(example_path)


def test_the_chart_prints_exactly_where_the_field_stands_between_two_paragraphs(document: Document) -> None:
    document.customer_letter.body = "First paragraph of my own.\n\n{{ chart }}\n\nLast paragraph of my own."
    html = export(document, "html", "customer").decode()
    body = html[html.index('<div class="prose">') :]
    first = body.index("<p dir=\"auto\">First paragraph of my own.</p>")
    figure = body.index('<div class="letter-chart"><svg')
    last = body.index("<p dir=\"auto\">Last paragraph of my own.</p>")
    assert first < figure < last
    assert body.count("<svg") == 1 and "{{" not in body and "pmchart" not in body
    svg = body[figure : body.index("</svg>") + 6]
    assert "<title" in svg and "When customers were affected</title>" in svg
    assert "Customer impact lasted 2 d 14 h 10 min, from 02:10 to 16:20." in svg  # its <desc>


def test_the_chart_in_the_pdf_is_a_figure_with_alt_text_and_the_letter_validates(document: Document) -> None:
    document.customer_letter.body = "First paragraph.\n\n{{ chart }}\n\nLast paragraph."
    report = pdfua_check(export(document, "pdf", "customer"))
    assert report.problems == []
    alts = [e.alt for e in report.root.walk() if e.role == "Figure"]
    chart = [alt for alt in alts if alt.startswith("When customers were affected")]
    assert len(chart) == 1
    assert "Customer impact lasted 2 d 14 h 10 min" in chart[0]


def test_the_customer_chart_shows_only_what_customers_may_see(document: Document) -> None:
    for event in document.timeline.events:
        event.description = "Internal: ran fsck on db-7.corp.example for ticket OPS-4411"
    chart = timeline_chart(document, customer=True)
    assert chart is not None
    svg = timeline_svg(chart, title="When customers were affected")
    words = " ".join(re.sub(r"<[^>]+>", " ", svg).split())
    assert "db-7" not in svg and "OPS-4411" not in svg and "fsck" not in svg
    # No internal moments, no trigger, no ticks for individual events: the impact window and its end.
    for internal in ("Trigger", "Detected", "Mitigated", "Customer-visible", "event"):
        assert internal not in words
    assert "Customer impact" in words and "02:10" in words and "16:20" in words
    internal_svg = timeline_svg(timeline_chart(document) or chart)
    assert "Detected" in internal_svg  # the internal chart of the same document does show them


def test_the_chart_inside_a_sentence_is_an_error_asking_for_its_own_line(document: Document) -> None:
    document.customer_letter.body = "I am sorry.\n\nThis shows it: {{ chart }} as you can see."
    findings = [f for f in check(document, "customer") if f.rule == "block-only-field"]
    assert [(f.severity.value, f.message) for f in findings] == [
        ("error", "{{ chart }} at line 3, column 16 must stand on its own line")
    ]
    html = export(document, "html", "customer").decode()
    assert "<svg" not in html[html.index('<div class="prose">') :]
    assert "This shows it: {{ chart }} as you can see." in html


def test_the_markdown_export_gives_the_chart_in_words(document: Document) -> None:
    document.customer_letter.body = "First.\n\n{{ chart }}\n\nLast."
    text = export(document, "md", "customer").decode()
    assert "Customer impact lasted 2 d 14 h 10 min, from 02:10 to 16:20." in text
    assert "{{ chart }}" not in text


def test_postmortem_fields_lists_the_chart() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "postmortem", "fields"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{{ chart }}")]
    assert len(lines) == 1 and "on a line of its own" in lines[0]
