"""PDF/UA structure of the exports, checked as a validator would (see tests/pdfua.py).

veraPDF cannot be installed here (neither PyPI nor Debian has it), so these
tests walk the structure tree, the content streams and the annotations with
pikepdf.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pikepdf
import pytest
from pdfua import check

from postmortem import export, load
from postmortem.durations import format_duration, key_figures
from postmortem.model import (
    ActionItem,
    ActionItems,
    Document,
    EventKind,
    Impact,
    Meta,
    Summary,
    Timeline,
    TimelineEvent,
)

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "raid-outage" / "raid-outage.postmortem"
UTC = dt.UTC


@pytest.fixture(scope="module")
def example_report() -> bytes:
    return export(load(EXAMPLE), "pdf", "internal")


def large_document(events: int = 450, actions: int = 30, language: str = "en") -> Document:
    """More rows than the 400 above which reports used to be written untagged."""
    start = dt.datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    kinds = {
        0: EventKind.TRIGGER,
        5: EventKind.DETECTION,
        300: EventKind.MITIGATION,
        events - 1: EventKind.RESOLUTION,
    }
    rows = []
    for i in range(events):
        text = f"Step {i}: the replica caught up; see https://status.example.com/incidents/{i}."
        if i % 97 == 3:
            text += "\n\n| host | lag |\n| --- | --- |\n| db-1 | 3 s |\n\n- first\n- second"
        rows.append(
            TimelineEvent(
                time=start + dt.timedelta(minutes=2 * i),
                kind=kinds.get(i, EventKind.ACTION),
                customer_visible=i % 50 == 0,
                description=text,
            )
        )
    items = [
        ActionItem(title=f"Fix number {i}", owner="Team", tracker=f"https://tracker.example.com/OPS-{i}")
        for i in range(actions)
    ]
    return Document(
        meta=Meta(title="Replication lag across two regions", language=language, time_zone="Europe/Berlin"),
        summary=Summary(text="Replication fell behind; reads were stale for fifteen hours."),
        timeline=Timeline(events=rows),
        impact=Impact(
            start=start, end=rows[-1].time, customers_affected="All customers", customers_affected_percent=100
        ),
        action_items=ActionItems(items=items),
    )


def test_example_report_passes_the_structural_checks(example_report: bytes) -> None:
    report = check(example_report)
    assert report.problems == []
    roles = report.roles()
    assert roles["H1"] == 1 and roles["Table"] >= 3 and roles["Figure"] == 1


def test_running_headers_and_footers_are_artifacts_not_text(example_report: bytes) -> None:
    report = check(example_report)
    # Every page has a footer ("Page n of m"); every page but the first a header.
    assert report.pagination_artifacts["Footer"] >= report.pages
    assert report.pagination_artifacts["Header"] >= report.pages - 1
    spans = [e for e in report.root.walk() if e.role == "Span"]
    assert spans  # the page's own text is still content


def test_header_cells_say_whether_they_head_a_row_or_a_column(example_report: bytes) -> None:
    scopes = {e.scope for e in check(example_report).root.walk() if e.role == "TH"}
    assert scopes == {"Row", "Column"}


def test_the_chart_is_a_figure_described_in_words(example_report: bytes) -> None:
    figures = [e for e in check(example_report).root.walk() if e.role == "Figure"]
    assert len(figures) == 1
    alt = figures[0].alt
    assert alt.startswith("Incident timeline")
    figures = key_figures(load(EXAMPLE))
    impact, detect = format_duration(figures.impact_duration), format_duration(figures.time_to_detect)
    assert f"Customer impact lasted {impact}" in alt
    assert f"Detected at 02:24, {detect} after the trigger" in alt


def test_the_viewer_shows_the_document_title(example_report: bytes) -> None:
    pdf = pikepdf.open(io.BytesIO(example_report))
    assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
    with pdf.open_metadata() as meta:
        assert meta["dc:title"] == "Web site and support desk outage, 28–30 October 2026"


@pytest.fixture(scope="module")
def large_report() -> bytes:
    return export(large_document(), "pdf", "internal")


def test_a_report_of_450_events_is_tagged_and_passes(large_report: bytes) -> None:
    report = check(large_report)
    assert report.problems == []
    roles = report.roles()
    assert roles["TR"] > 450  # every timeline and action row is in the structure
    assert roles["Table"] >= 4  # the two data tables and the tables written inside events


def test_bare_addresses_in_the_text_are_links(large_report: bytes) -> None:
    pdf = pikepdf.open(io.BytesIO(large_report))
    uris = {str(a.A.URI) for page in pdf.pages for a in page.obj.get("/Annots", []) if "/A" in a}
    assert "https://status.example.com/incidents/7" in uris
    assert "https://tracker.example.com/OPS-3" in uris


def test_english_labels_in_a_document_in_a_language_without_a_catalog_say_they_are_english() -> None:
    data = export(large_document(events=12, actions=2, language="pt"), "pdf", "internal")
    report = check(data)
    assert report.problems == []
    assert str(pikepdf.open(io.BytesIO(data)).Root.Lang) == "pt"
    headings = [e for e in report.root.walk() if e.role == "H2"]
    assert headings and all(e.lang == "en" for e in headings)
    # The writer's own words carry no language of their own: they are the document's.
    assert {e.lang for e in report.root.walk() if e.role == "P"} == {"", "en"}


def test_german_labels_in_a_german_document_are_the_documents_language() -> None:
    data = export(large_document(events=12, actions=2, language="de"), "pdf", "internal")
    report = check(data)
    assert report.problems == []
    headings = [e for e in report.root.walk() if e.role == "H2"]
    assert headings and all(e.lang == "" for e in headings)


def test_an_image_without_alt_text_is_described_by_its_file_name() -> None:
    document = large_document(events=6, actions=1)
    document.summary.text = "The dashboard at the time:\n\n![](logo.svg)"
    data = export(document, "pdf", "internal", base_dir=EXAMPLE.parent)
    report = check(data)
    assert report.problems == []
    alts = [e.alt for e in report.root.walk() if e.role == "Figure"]
    assert "Image: logo" in alts


@pytest.fixture(scope="module")
def example_letter() -> bytes:
    return export(load(EXAMPLE), "pdf", "customer")


def test_example_letter_passes_the_structural_checks(example_letter: bytes) -> None:
    report = check(example_letter)
    assert report.problems == []
    assert report.roles()["H1"] == 1
    assert report.pagination_artifacts["Footer"] >= report.pages
    assert str(pikepdf.open(io.BytesIO(example_letter)).Root.Lang) == "en"


def test_the_letters_one_h1_is_its_reference_line() -> None:
    html = export(load(EXAMPLE), "html", "customer").decode()
    assert html.count("<h1") == 1
    reference = "Re: Our web site and support desk outage, 28 to 30 October 2026"
    assert f'<h1 class="reference" dir="auto">{reference}</h1>' in html


def plain_letter(body: str, reference: str = "") -> Document:
    document = large_document(events=6, actions=1)
    document.customer_letter.reference = reference
    document.customer_letter.greeting = "Dear customers,"
    document.customer_letter.body = body
    return document


def test_a_plain_prose_letter_with_its_own_headings_passes() -> None:
    body = (
        "Reads from our replicas were stale for fifteen hours.\n\n"
        "# What we are changing\n\n"
        "We now watch replication lag. Details are at https://status.example.com/incidents/7.\n\n"
        + "\n\n".join(f"Paragraph {i}: we are sorry for the trouble this caused you." for i in range(40))
    )
    data = export(plain_letter(body), "pdf", "customer")
    report = check(data)
    assert report.problems == []
    assert report.pages >= 2 and report.pagination_artifacts["Footer"] >= report.pages
    # Without a reference line the H1 is the letter's title; the writer's `#` sits under it.
    headings = [e.role for e in report.root.walk() if e.role in ("H1", "H2", "H3")]
    assert headings == ["H1", "H2"]
    pdf = pikepdf.open(io.BytesIO(data))
    uris = {str(a.A.URI) for page in pdf.pages for a in page.obj.get("/Annots", []) if "/A" in a}
    assert "https://status.example.com/incidents/7" in uris
