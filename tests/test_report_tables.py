"""The report's tables on paper: tall rows, repeated headers, the running header, tracker links."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
import pytest

from postmortem import export, load
from postmortem.model import Document, EventKind, TimelineEvent
from postmortem.render.html import running_title, short_url

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "raid-outage" / "raid-outage.postmortem"
LONG_TITLE = (
    "Web site, customer downloads and the support desk unavailable for 62 hours after a second "
    "disk failed during a RAID rebuild on the main server"
)
BEFORE = "The server configuration from the 9 October backup is restored."


def tall_row_document() -> Document:
    document = load(EXAMPLE)
    document.meta.title = LONG_TITLE
    events = document.timeline.events
    anchor = next(e for e in events if e.description.startswith(BEFORE))
    excerpts = "\n\n".join(
        f"Log excerpt {i}: the restore job copied another batch of files from the backup, checked them "
        "against the manifest and wrote them to the new array; the operator noted the throughput and "
        "the remaining estimate in the incident channel, then started the next batch."
        for i in range(16)
    )
    events.append(
        TimelineEvent(time=anchor.time + dt.timedelta(hours=3), kind=EventKind.ACTION, description=excerpts)
    )
    return document


@pytest.fixture(scope="module")
def pages() -> list[str]:
    data = export(tall_row_document(), "pdf", "internal", base_dir=EXAMPLE.parent)
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def _page_of(pages: list[str], text: str) -> int:
    return next(i for i, page in enumerate(pages) if text in " ".join(page.split()))


def test_a_near_page_tall_row_starts_right_after_the_row_before_it(pages: list[str]) -> None:
    # Moved whole, it would leave most of the page before it empty.
    assert _page_of(pages, "Log excerpt 0:") == _page_of(pages, BEFORE)
    assert _page_of(pages, "Log excerpt 15:") > _page_of(pages, "Log excerpt 0:")


def test_the_header_row_repeats_on_every_page_of_the_timeline(pages: list[str]) -> None:
    first, last = _page_of(pages, "Log excerpt 0:"), _page_of(pages, "Log excerpt 15:")
    for page in pages[first : last + 1]:
        assert "Time Kind What happened" in " ".join(page.split())


def test_the_running_header_is_one_line_ending_in_an_ellipsis(pages: list[str]) -> None:
    header = running_title(LONG_TITLE)
    assert header.endswith("…") and len(header) <= 72
    assert LONG_TITLE.startswith(header[:-1])
    for page in pages[1:]:
        line = next(line for line in page.splitlines() if "Internal: do not forward" in line)
        assert line.startswith(header)
        assert "RAID rebuild" not in page  # the rest of the title wraps onto no second line


def test_tracker_links_show_their_address_on_paper(pages: list[str]) -> None:
    text = " ".join(" ".join(pages).split())
    assert "tracker.northwind-loadlabs.example/OPS-512" in text


def test_short_addresses_keep_host_and_path() -> None:
    assert short_url("https://www.example.com/browse/OPS-1/") == "example.com/browse/OPS-1"
    long = short_url("https://tracker.example.com/projects/operations/issues/12345?view=full&tab=history")
    assert len(long) == 48 and "…" in long and long.startswith("tracker.example.com/")
