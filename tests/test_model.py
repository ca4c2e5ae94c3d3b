"""The document model refuses values that could break an export, and normalises text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from postmortem.checks import check
from postmortem.durations import format_duration, key_figures
from postmortem.model import (
    ActionItem,
    Document,
    EventKind,
    Impact,
    Meta,
    Organisation,
    Person,
    Summary,
    TimelineEvent,
)
from postmortem.text import clean_line, clean_markdown

UTC = dt.UTC


# ---------------------------------------------------------------- colours


@pytest.mark.parametrize(
    "value",
    [
        "red;} body{display:none",
        "#fff;} body{display:none",
        "#1f4e79; background:url(https://evil.example/x)",
        "red",
        "rgb(0,0,0)",
        "#12345",
        "#1234567",
        "#ggg",
        "expression(alert(1))",
        "var(--x)",
        "",
    ],
)
def test_brand_colour_refuses_anything_but_hex(value: str) -> None:
    with pytest.raises(ValidationError, match="not a colour"):
        Organisation(brand_colour=value)


def test_brand_colour_is_normalised_to_lowercase_six_digits() -> None:
    assert Organisation(brand_colour="#1F4E79").brand_colour == "#1f4e79"
    assert Organisation(brand_colour="#AbC").brand_colour == "#aabbcc"
    assert Organisation(brand_colour="  #123456 \n").brand_colour == "#123456"


def test_refused_assignment_leaves_the_old_value() -> None:
    organisation = Organisation(brand_colour="#123456")
    with pytest.raises(ValidationError):
        organisation.brand_colour = "red;} body{display:none"
    assert organisation.brand_colour == "#123456"


# ---------------------------------------------------------------- asset paths


@pytest.mark.parametrize(
    "value",
    [
        "../../etc/passwd",
        "../logo.png",
        "images/../../logo.png",
        "/etc/passwd",
        "/home/me/logo.png",
        "C:\\x",
        "C:logo.png",
        "images\\logo.png",
        "\\\\server\\share\\logo.png",
        "http://x/logo.png",
        "https://evil.example/logo.svg",
        "file:///etc/passwd",
        "data:image/png;base64,AAAA",
        "~/logo.png",
        "logo.png?x=1",
        "logo%2Epng",
        "logo.exe",
        "notes.txt",
        "logo",
        "images/<script>.png",
    ],
)
def test_asset_path_refuses_paths_outside_the_folder_or_not_images(value: str) -> None:
    with pytest.raises(ValidationError):
        Organisation(logo=value)


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("logo.png", "logo.png"),
        ("images/logo.svg", "images/logo.svg"),
        ("Brand Assets/logo-2026_v2.JPG", "Brand Assets/logo-2026_v2.JPG"),
        ("./logo.webp", "logo.webp"),
        ("", ""),
    ],
)
def test_asset_path_accepts_relative_image_paths(value: str, stored: str) -> None:
    assert Organisation(logo=value).logo == stored


# ---------------------------------------------------------------- time zones


@pytest.mark.parametrize("value", ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kathmandu"])
def test_time_zone_accepts_iana_names(value: str) -> None:
    assert Meta(time_zone=value).time_zone == value


@pytest.mark.parametrize(
    "value", ["Mars/Olympus", "EDT", "+05:00", "../../etc/passwd", "/etc/localtime", "europe/berlin", ""]
)
def test_time_zone_refuses_anything_else(value: str) -> None:
    with pytest.raises(ValidationError, match="not an IANA time zone"):
        Meta(time_zone=value)


# ---------------------------------------------------------------- e-mail and web addresses


@pytest.mark.parametrize("value", ["maren.holt@example.com", "a+tag@sub.example.co.uk", ""])
def test_email_accepts_plain_addresses(value: str) -> None:
    assert Person(email=value).email == value


@pytest.mark.parametrize(
    "value",
    [
        "not an address",
        "maren@localhost",
        "maren@example",
        "@example.com",
        "maren@@example.com",
        "Maren Holt <maren@example.com>",
        'maren"@example.com',
        "maren@example.com, eve@example.com",
        "maren@example.com<script>",
        "maren @example.com",
    ],
)
def test_email_refuses_anything_but_one_plain_address(value: str) -> None:
    with pytest.raises(ValidationError, match="not an e-mail address"):
        Person(email=value)


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "ftp://tracker.example.com/x",
        "vbscript:msgbox(1)",
        "tracker.example.com/OPS-1",
        "https://",
        "https:///OPS-1",
        'https://tracker.example.com/"onmouseover="alert(1)',
        "https://tracker.example.com/<b>",
        "https://tracker.example.com/a b",
    ],
)
def test_tracker_url_refuses_anything_but_http_links(value: str) -> None:
    with pytest.raises(ValidationError):
        ActionItem(tracker=value)


@pytest.mark.parametrize(
    "value", ["https://tracker.example.com/OPS-512", "http://jira.internal:8080/browse/OPS-1?x=1#c", ""]
)
def test_tracker_url_accepts_web_links(value: str) -> None:
    assert ActionItem(tracker=value).tracker == value


def test_organisation_website_is_a_web_address_too() -> None:
    with pytest.raises(ValidationError):
        Organisation(website="javascript:alert(1)")


# ---------------------------------------------------------------- times


def test_naive_event_time_is_refused() -> None:
    with pytest.raises(ValidationError, match="timezone"):
        TimelineEvent(time=dt.datetime(2026, 10, 28, 2, 10))


def test_naive_event_time_text_is_refused() -> None:
    with pytest.raises(ValidationError):
        TimelineEvent.model_validate({"time": "2026-10-28T02:10:00"})


@pytest.mark.parametrize("field", ["start", "end", "data_loss_start", "data_loss_end"])
def test_naive_impact_times_are_refused(field: str) -> None:
    with pytest.raises(ValidationError):
        Impact.model_validate({field: "2026-10-28T02:10:00"})


def test_aware_times_keep_their_instant_and_offset() -> None:
    event = TimelineEvent.model_validate({"time": "2026-10-28T02:10:00-04:00"})
    assert event.time == dt.datetime(2026, 10, 28, 6, 10, tzinfo=UTC)
    assert event.time.utcoffset() == dt.timedelta(hours=-4)


def test_unknown_field_is_refused() -> None:
    with pytest.raises(ValidationError, match="Extra inputs"):
        Document.model_validate({"meta": {"titel": "typo"}})


# ---------------------------------------------------------------- text normalisation


def test_markdown_gets_lf_line_ends() -> None:
    summary = Summary(text="First paragraph.\r\n\r\nSecond\rthird\u2028fourth")
    assert summary.text == "First paragraph.\n\nSecond\nthird\nfourth"


def test_markdown_loses_control_characters_but_keeps_unicode() -> None:
    summary = Summary(text="Stra\x00\u00dfe\x07 \u2014 caf\u00e9 \U0001f525\x1b[31m\ufeff")
    assert summary.text == "Stra\u00dfe \u2014 caf\u00e9 \U0001f525[31m"


def test_markdown_loses_trailing_spaces_and_outer_blank_lines() -> None:
    summary = Summary(text="\n\nOne line.   \n\nTwo\t\n\n\n")
    assert summary.text == "One line.\n\nTwo"
    assert all(line == line.rstrip() for line in summary.text.split("\n"))


def test_markdown_hard_break_survives_as_backslash() -> None:
    # Two trailing spaces mean "line break" in Markdown; keep the meaning, lose the spaces.
    assert Summary(text="line one  \nline two").text == "line one\\\nline two"


def test_markdown_keeps_indentation_for_code_and_lists() -> None:
    text = "Steps:\n\n- restore\n  - database\n\n    code block"
    assert Summary(text=text).text == text


def test_line_collapses_whitespace_and_newlines() -> None:
    assert Meta(title="  Outage\r\n of\tthe \x00 API  ").title == "Outage of the API"


def test_null_text_means_empty() -> None:
    assert Meta.model_validate({"title": None}).title == ""
    assert Summary.model_validate({"text": None}).text == ""


blanks_and_breaks = st.sampled_from([" ", "  ", "\t", "\n", "\r\n", "\r", "\\", "\x00", "\u2028"])
messy_text = st.lists(st.one_of(st.text(max_size=4), blanks_and_breaks), max_size=30).map("".join)


@given(messy_text)
def test_normalised_text_is_stable_and_clean(text: str) -> None:
    # Normalising twice must change nothing, or every save would rewrite the file.
    markdown = clean_markdown(text)
    assert clean_markdown(markdown) == markdown
    assert "\r" not in markdown
    assert all(line == line.rstrip(" \t") for line in markdown.split("\n"))
    line = clean_line(text)
    assert clean_line(line) == line
    assert "\n" not in line
    assert line == line.strip()


# ---------------------------------------------------------------- durations


def _event(kind: EventKind, hour: int) -> TimelineEvent:
    return TimelineEvent(time=dt.datetime(2026, 3, 2, hour, 0, tzinfo=UTC), kind=kind, description="x")


def test_key_figures_in_order(sample_document: Document) -> None:
    figures = key_figures(sample_document)
    assert figures.time_to_detect == dt.timedelta(minutes=7)
    assert figures.time_to_mitigate == dt.timedelta(minutes=62)
    assert figures.time_to_resolve == dt.timedelta(minutes=90)
    assert figures.impact_duration == dt.timedelta(minutes=62)
    assert format_duration(figures.time_to_resolve) == "1 h 30 min"


def test_detected_before_triggered_gives_no_duration_and_a_finding(sample_document: Document) -> None:
    sample_document.timeline.events = [
        _event(EventKind.DETECTION, 8),
        _event(EventKind.TRIGGER, 9),
        _event(EventKind.RESOLUTION, 10),
    ]
    figures = key_figures(sample_document)
    assert figures.time_to_detect is None
    assert format_duration(figures.time_to_detect) == "—"
    assert figures.time_to_resolve == dt.timedelta(hours=1)
    messages = [f.message for f in check(sample_document) if f.rule == "order"]
    assert messages == ["the incident is detected before it was triggered"]


def test_impact_ending_before_it_starts_gives_no_duration_and_a_finding(
    sample_document: Document,
) -> None:
    impact = sample_document.impact
    impact.start, impact.end = impact.end, impact.start
    assert key_figures(sample_document).impact_duration is None
    locations = [f.location for f in check(sample_document) if f.rule == "order"]
    assert locations == ["impact.end"]


def test_no_duration_is_ever_negative(sample_document: Document) -> None:
    kinds = [EventKind.RESOLUTION, EventKind.MITIGATION, EventKind.DETECTION, EventKind.TRIGGER]
    sample_document.timeline.events = [_event(kind, 8 + i) for i, kind in enumerate(kinds)]
    sample_document.impact.start = dt.datetime(2026, 3, 2, 12, tzinfo=UTC)
    sample_document.impact.end = dt.datetime(2026, 3, 2, 11, tzinfo=UTC)
    figures = key_figures(sample_document)
    assert [figures.time_to_detect, figures.time_to_mitigate, figures.time_to_resolve,
            figures.impact_duration] == [None, None, None, None]
    order_findings = [f for f in check(sample_document) if f.rule == "order"]
    assert len(order_findings) == 7  # impact window plus all six pairs of key moments
    assert all(f.severity == "error" for f in order_findings)


def test_offsets_are_compared_as_instants(sample_document: Document) -> None:
    # 02:30 in New York (UTC−5) is 08:30 in Berlin (UTC+1): after an 08:00 Berlin trigger.
    new_york = dt.timezone(dt.timedelta(hours=-5))
    berlin = dt.timezone(dt.timedelta(hours=1))
    sample_document.timeline.events = [
        TimelineEvent(time=dt.datetime(2026, 3, 2, 8, 0, tzinfo=berlin), kind=EventKind.TRIGGER),
        TimelineEvent(time=dt.datetime(2026, 3, 2, 2, 30, tzinfo=new_york), kind=EventKind.DETECTION),
    ]
    assert key_figures(sample_document).time_to_detect == dt.timedelta(minutes=30)
    assert not [f for f in check(sample_document) if f.rule == "order"]
