"""Pasted timeline lines and CSV rows become events; unreadable lines become problems."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from postmortem.importers.lines import parse_events
from postmortem.model import EventKind

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


# ---------------------------------------------------------------- 12-hour and chat-style times


def test_a_twelve_hour_time_with_pm_is_afternoon() -> None:
    day = dt.date(2017, 2, 28)
    result = parse_events("1:54 PM resolution: S3 operating normally", "UTC", default_date=day)
    assert result.problems == []
    [event] = result.events
    assert event.time == dt.datetime(2017, 2, 28, 13, 54, tzinfo=dt.UTC)
    assert event.kind == EventKind.RESOLUTION
    assert event.description == "S3 operating normally"


def test_twelve_hour_forms_people_write() -> None:
    text = "2017-02-28 9:37 AM Trigger\n12:05 a.m. after midnight\n12:30pm lunch\n11:59 P.M. late"
    times = [e.time.time() for e in parse_events(text, "UTC").events]
    assert times == [dt.time(9, 37), dt.time(0, 5), dt.time(12, 30), dt.time(23, 59)]


def test_thirteen_pm_is_refused_not_guessed() -> None:
    result = parse_events("13:10 PM nonsense", "UTC", default_date=dt.date(2026, 1, 1))
    assert result.events == [] and "13:10 PM is not a time of day" in result.problems[0]


def test_chat_line_with_name_then_twelve_hour_time() -> None:
    result = parse_events("jdoe 10:27 AM rolling back the deploy", "UTC", default_date=dt.date(2021, 6, 8))
    assert result.problems == []
    [event] = result.events
    assert event.time == dt.datetime(2021, 6, 8, 10, 27, tzinfo=dt.UTC)
    assert event.description == "jdoe: rolling back the deploy"
    assert not event.customer_visible


def test_chat_line_with_bracketed_time_and_speaker() -> None:
    text = "2021-06-08\n[10:27] jdoe: rolling back\n[10:31] <asmith> mitigation: traffic drained"
    result = parse_events(text, "Europe/Berlin")
    assert result.problems == []
    first, second = result.events
    assert first.time == dt.datetime(2021, 6, 8, 10, 27, tzinfo=ZoneInfo("Europe/Berlin"))
    assert first.description == "jdoe: rolling back"
    assert second.description == "asmith: traffic drained" and second.kind == EventKind.MITIGATION


def test_slack_copy_with_the_message_under_the_name() -> None:
    text = "jdoe  10:27 AM\nrolling back\nasmith  10:29 AM\nconfirmed"
    result = parse_events(text, "UTC", default_date=dt.date(2021, 6, 8))
    assert [e.description for e in result.events] == ["jdoe: rolling back", "asmith: confirmed"]


def test_an_unreadable_line_says_which_forms_are_understood() -> None:
    result = parse_events("around lunch the db fell over", "UTC", default_date=dt.date(2021, 6, 8))
    assert result.events == []
    assert "1:54 PM" in result.problems[0] and "name 10:27 AM" in result.problems[0]


def test_a_log_over_midnight_moves_to_the_next_day() -> None:
    text = "2021-06-08 23:50 paged\n23:58 acked\n00:04 mitigated"
    events = parse_events(text, "UTC").events
    assert events[-1].time == dt.datetime(2021, 6, 9, 0, 4, tzinfo=dt.UTC)


def test_naive_times_across_the_fall_back_hour_keep_their_order() -> None:
    text = "2026-11-01 01:40 first pass\n01:55 still first\n01:10 after the clocks went back"
    events = parse_events(text, "America/New_York").events
    offsets = [e.time.utcoffset() for e in events]
    assert offsets == [dt.timedelta(hours=-4)] * 2 + [dt.timedelta(hours=-5)]
    assert events[1].time.astimezone(dt.UTC) < events[2].time.astimezone(dt.UTC)


def test_a_time_the_clocks_skipped_is_refused_not_guessed() -> None:
    result = parse_events("2026-03-08 01:50 before\n02:30 in the gap\n03:10 after", "America/New_York")
    assert [e.description for e in result.events] == ["before", "after"]
    assert result.problems == [
        "line 2: 2026-03-08 02:30 did not happen in America/New_York (the clocks went forward)"
    ]
