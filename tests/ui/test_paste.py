"""Pasted timeline lines and CSV rows become events; unreadable lines become problems."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from postmortem.model import EventKind
from ui.paste import parse_events

NY = ZoneInfo("America/New_York")


def test_a_plain_line_is_read_in_the_documents_zone() -> None:
    result = parse_events("2026-10-27 03:10 Primary drive failed", "America/New_York")
    assert result.problems == []
    [event] = result.events
    assert event.time == dt.datetime(2026, 10, 27, 3, 10, tzinfo=NY)
    assert event.description == "Primary drive failed"
    assert event.kind == EventKind.OTHER


def test_kind_prefix_offset_and_time_only_lines() -> None:
    text = "2026-10-27T03:10:00-04:00 detection: Alert fired\n03:40 [mitigation] Failover\n"
    first, second = parse_events(text, "UTC").events
    assert first.kind == EventKind.DETECTION and first.time.utcoffset() == dt.timedelta(hours=-4)
    assert second.kind == EventKind.MITIGATION
    assert second.time == dt.datetime(2026, 10, 27, 3, 40, tzinfo=dt.UTC)


def test_csv_rows_with_a_header() -> None:
    text = (
        "time,kind,customer_visible,description\n"
        '2026-10-27 03:10,trigger,no,"Drive failed, array degraded"\n'
        "2026-10-27 04:00,communication,yes,Status page updated\n"
    )
    result = parse_events(text, "UTC")
    assert result.problems == []
    assert [e.kind for e in result.events] == [EventKind.TRIGGER, EventKind.COMMUNICATION]
    assert [e.customer_visible for e in result.events] == [False, True]
    assert result.events[0].description == "Drive failed, array degraded"


def test_tab_separated_rows_from_a_spreadsheet() -> None:
    result = parse_events("2026-10-27 03:10\tdetection\tAlert\n2026-10-27 03:12\tother\tLooked", "UTC")
    assert [e.description for e in result.events] == ["Alert", "Looked"]


def test_bad_lines_are_reported_by_number_and_the_rest_kept() -> None:
    text = "2026-10-27 03:10 First\nno time here\n25:99 impossible\n2026-10-27 03:20 Last"
    result = parse_events(text, "UTC")
    assert [e.description for e in result.events] == ["First", "Last"]
    assert result.problems[0].startswith("line 2:")
    assert result.problems[1].startswith("line 3:")


def test_a_time_without_any_date_is_a_problem_not_a_guess() -> None:
    result = parse_events("03:10 Something", "UTC")
    assert result.events == [] and "without a date" in result.problems[0]


@given(
    st.lists(
        st.tuples(
            st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2099, 12, 31)),
            st.sampled_from(list(EventKind)),
            st.text(
                alphabet=st.characters(categories=["L", "N"], max_codepoint=0x2FF), min_size=1, max_size=30
            ),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_written_lines_read_back(rows: list[tuple[dt.datetime, EventKind, str]]) -> None:
    lines = [f"{when:%Y-%m-%d %H:%M} {kind.value}: {text}" for when, kind, text in rows]
    result = parse_events("\n".join(lines), "UTC")
    assert result.problems == []
    assert [(e.time.replace(tzinfo=None), e.kind, e.description) for e in result.events] == [
        (when.replace(second=0, microsecond=0), kind, text) for when, kind, text in rows
    ]
