"""Exports as their readers meet them: the customer letter and the internal report,
in Markdown, HTML and PDF.

The document here carries a marker word in every place a customer must
never see (internal notes of every section, internal-only events, actions
not promised, owners), so a leak shows up as a marker in the output.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from export_document import LOGO, SECRETS, TODAY, build_document

from postmortem import DocumentError, export, load
from postmortem.export import AUDIENCES, FORMATS
from postmortem.model import Document

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "raid-outage" / "raid-outage.postmortem"
@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("doc")
    (path / "logo.svg").write_bytes(LOGO)
    return path


@pytest.fixture(scope="module")
def document() -> Document:
    return build_document()


@pytest.fixture(scope="module")
def exports(document: Document, folder: Path) -> dict[tuple[str, str], bytes]:
    """Every format for every audience, made once for the whole module."""
    return {
        (fmt, audience): export(document, fmt, audience, base_dir=folder, today=TODAY)
        for fmt in FORMATS
        for audience in AUDIENCES
    }


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def text_of(data: bytes, fmt: str) -> str:
    if fmt == "pdf":
        # PDF text extraction breaks lines where the layout does.
        return " ".join(" ".join(pdf_pages(data)).split())
    return data.decode("utf-8")


# ---------------------------------------------------------------- every export


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_and_audience_exports(
    exports: dict[tuple[str, str], bytes], fmt: str, audience: str
) -> None:
    data = exports[fmt, audience]
    if (fmt, audience) == ("md", "internal"):
        # The internal report opens with the YAML front matter its import reads back.
        front, separator, data = data.partition(b"\n---\n\n")
        assert front.startswith(b"---\npostmortem-studio: ") and separator
    start = {"md": b"# ", "html": b"<!DOCTYPE html>", "pdf": b"%PDF-"}[fmt]
    assert data.startswith(start)
    assert "larkspur analytics" in text_of(data, fmt).lower()


@pytest.mark.parametrize("fmt", FORMATS)
def test_customer_exports_hold_nothing_internal(exports: dict[tuple[str, str], bytes], fmt: str) -> None:
    text = text_of(exports[fmt, "customer"], fmt)
    leaked = [secret for secret in SECRETS if secret in text]
    assert leaked == []
    assert "VisibleEventMarker" in text
    assert "PromisedActionMarker" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_internal_exports_hold_everything(exports: dict[tuple[str, str], bytes], fmt: str) -> None:
    text = text_of(exports[fmt, "internal"], fmt)
    missing = [secret for secret in SECRETS if secret not in text]
    assert missing == []


def test_unknown_format_or_audience_is_a_clear_error(document: Document) -> None:
    with pytest.raises(DocumentError, match="unknown export format 'docx'"):
        export(document, "docx", "customer")
    with pytest.raises(DocumentError, match="unknown audience 'press'"):
        export(document, "md", "press")


# ---------------------------------------------------------------- the letter


def test_pdf_letter_reads_in_letter_order(exports: dict[tuple[str, str], bytes]) -> None:
    text = text_of(exports["pdf", "customer"], "pdf")
    parts = [
        "Larkspur Analytics",
        "24 November 2026",
        "Re: Late billing exports on 17 November",
        "Dear Larkspur customers,",
        "NarrativeMarker",
        "from Tuesday 17 November 2026, 01:05 to 10:15 New York time (EST, UTC",
        "ApologyMarker",
        "All times below are New York time (EST, UTC",
        "VisibleEventMarker",
        "DataLossMarker",
        "CustomerActionsMarker",
        "ResponsibilityMarker",
        "NextStepsMarker",
        "PromisedActionMarker",
        "by 30 November 2026",
        "CallToActionMarker",
        "With apologies,",
        "Priya Natarajan",
        "Head of Platform",
        "ClosingBioMarker",
    ]
    positions = [text.find(part) for part in parts]
    assert -1 not in positions, [p for p, i in zip(parts, positions, strict=True) if i < 0]
    assert positions == sorted(positions)
    # The letter prints the writer's words and the facts they placed, nothing of its own.
    for heading in ("What happened, hour by hour", "What you need to do", "What we are changing",
                    "What may have been lost", "ImpactDescriptionMarker", "these services"):
        assert heading not in text


def test_one_page_letter_has_no_page_number(exports: dict[tuple[str, str], bytes]) -> None:
    pages = pdf_pages(exports["pdf", "customer"])
    assert "Page 1 of" not in pages[0]
    for number, page in enumerate(pages[1:], start=2):
        assert f"Page {number} of {len(pages)}" in page


def test_letter_html_embeds_the_logo_and_fetches_nothing(exports: dict[tuple[str, str], bytes]) -> None:
    html = exports["html", "customer"].decode()
    sources = re.findall(r'\bsrc="([^"]*)"', html)
    assert sources and all(src.startswith("data:image/") for src in sources)
    assert "<link" not in html and "<script" not in html
    assert "@import" not in html and "url(" not in html


def test_without_a_folder_the_logo_is_left_out(document: Document) -> None:
    html = export(document, "html", "customer").decode()
    assert 'class="logo"' not in html
    assert "Larkspur Analytics" in html


# ---------------------------------------------------------------- the report


def test_report_marks_every_page_internal(exports: dict[tuple[str, str], bytes]) -> None:
    pages = pdf_pages(exports["pdf", "internal"])
    for number, page in enumerate(pages, start=1):
        assert "Internal: do not forward to customers" in page
        assert f"Page {number} of {len(pages)}" in page


def test_report_marks_overdue_actions(exports: dict[tuple[str, str], bytes]) -> None:
    text = text_of(exports["pdf", "internal"], "pdf").lower()
    assert "2026-11-30 overdue" in text
    assert "(overdue)" in exports["md", "internal"].decode()


def test_report_has_bookmarks_for_its_sections(exports: dict[tuple[str, str], bytes]) -> None:
    reader = pypdf.PdfReader(io.BytesIO(exports["pdf", "internal"]))

    def titles(outline: list) -> Iterator[str]:
        for item in outline:
            if isinstance(item, list):
                yield from titles(item)
            else:
                yield item.title

    found = list(titles(reader.outline))
    for section in ("Summary", "Timeline", "Impact", "Root cause", "Action items", "Internal notes"):
        assert section in found


# ---------------------------------------------------------------- PDF properties


@pytest.mark.parametrize(
    ("audience", "title", "subject"),
    [
        ("customer", "Re: Late billing exports on 17 November", "Customer letter"),
        ("internal", "Billing exports delayed, 17 November 2026", "Incident analysis"),
    ],
)
def test_pdf_metadata(exports: dict[tuple[str, str], bytes], audience: str, title: str, subject: str) -> None:
    reader = pypdf.PdfReader(io.BytesIO(exports["pdf", audience]))
    info = reader.metadata
    assert info is not None
    assert info.title == title
    assert info.subject == subject
    assert "Priya Natarajan" in (info.author or "")
    assert info["/CreationDate"].startswith("D:20261124")
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_pdf_embeds_the_bundled_fonts(exports: dict[tuple[str, str], bytes]) -> None:
    for audience in AUDIENCES:
        reader = pypdf.PdfReader(io.BytesIO(exports["pdf", audience]))
        fonts = set()
        for page in reader.pages:
            for reference in page["/Resources"]["/Font"].values():
                font = reference.get_object()
                fonts.add(str(font["/BaseFont"]))
                if "/DescendantFonts" in font:
                    font = font["/DescendantFonts"][0].get_object()
                descriptor = font["/FontDescriptor"]
                assert "/FontFile2" in descriptor or "/FontFile3" in descriptor
        assert fonts and all("Noto" in name for name in fonts), fonts


def test_letter_pdf_is_tagged(exports: dict[tuple[str, str], bytes]) -> None:
    root = pypdf.PdfReader(io.BytesIO(exports["pdf", "customer"])).trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_exports_are_reproducible(
    exports: dict[tuple[str, str], bytes], document: Document, folder: Path, audience: str
) -> None:
    for fmt in FORMATS:
        again = export(document, fmt, audience, base_dir=folder, today=TODAY)
        assert again == exports[fmt, audience], fmt


# ---------------------------------------------------------------- Markdown


@pytest.mark.parametrize("audience", AUDIENCES)
def test_markdown_has_one_title_and_aligned_tables(
    exports: dict[tuple[str, str], bytes], audience: str
) -> None:
    text = exports["md", audience].decode()
    if text.startswith("---\n"):  # the internal report's front matter comes before the title
        text = text.split("\n---\n\n", 1)[1]
    lines = text.splitlines()
    assert [line for line in lines if line.startswith("# ")] == [lines[0]]
    table: list[str] = []
    for line in [*lines, ""]:
        if line.startswith("|"):
            table.append(line)
        elif table:
            assert len({len(row) for row in table}) == 1, table
            table = []


def test_markdown_report_times_carry_their_zone(exports: dict[tuple[str, str], bytes]) -> None:
    text = exports["md", "internal"].decode()
    assert "| 2026-11-17 01:05 EST |" in text


def test_markdown_letter_states_the_zone(exports: dict[tuple[str, str], bytes]) -> None:
    text = exports["md", "customer"].decode()
    assert "New York time (EST, UTC" in text


# ---------------------------------------------------------------- the shipped example


def test_the_example_exports_in_every_form() -> None:
    document = load(EXAMPLE)
    organisation = document.meta.organisation.name.casefold()  # the report's title block is in capitals
    for audience in AUDIENCES:
        for fmt in FORMATS:
            data = export(document, fmt, audience)
            if fmt == "pdf":
                assert data.startswith(b"%PDF-")
                assert organisation in "".join(pdf_pages(data)).casefold()
            else:
                assert organisation in data.decode("utf-8").casefold()
