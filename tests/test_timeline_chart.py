"""The timeline chart: where things are drawn, what the labels say, and the small wording fixes."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from postmortem import export
from postmortem.chart import timeline_chart
from postmortem.durations import format_duration, key_figures
from postmortem.model import (
    Document,
    EventKind,
    Impact,
    Meta,
    Timeline,
    TimelineEvent,
)
from postmortem.render.timeline_svg import timeline_svg
from postmortem.timefmt import zone_title
from postmortem.views import internal_view

SVG = "{http://www.w3.org/2000/svg}"
EDT = dt.timezone(dt.timedelta(hours=-4))


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 6, 3, hour, minute, tzinfo=EDT)


def event(time: dt.datetime, kind: EventKind, *, visible: bool = False) -> TimelineEvent:
    return TimelineEvent(time=time, kind=kind, customer_visible=visible, description=f"{kind} happened")


def document() -> Document:
    return Document(
        meta=Meta(title="Checkout errors", time_zone="America/New_York"),
        timeline=Timeline(
            events=[
                event(at(10), EventKind.TRIGGER),
                event(at(10, 30), EventKind.DETECTION),
                event(at(11), EventKind.COMMUNICATION, visible=True),
                event(at(11), EventKind.MITIGATION),
                event(at(11, 30), EventKind.COMMUNICATION, visible=True),
                event(at(14), EventKind.RESOLUTION, visible=True),
            ]
        ),
        impact=Impact(start=at(10, 15), end=at(12)),
    )


@pytest.fixture(scope="module")
def svg() -> ET.Element:
    chart = timeline_chart(document())
    assert chart is not None
    return ET.fromstring(timeline_svg(chart))


def _phase(svg: ET.Element, name: str) -> ET.Element:
    found = svg.find(f"{SVG}g[@class='phase'][@data-name='{name}']")
    assert found is not None, name
    return found


def _bar(group: ET.Element) -> tuple[float, float]:
    rect = group.find(f"{SVG}rect[@class='bar']")
    assert rect is not None
    return float(rect.get("x", "0")), float(rect.get("x", "0")) + float(rect.get("width", "0"))


def test_moments_sit_at_their_times(svg: ET.Element) -> None:
    start, resolved = _bar(_phase(svg, "Resolved"))
    per_hour = (resolved - start) / 4  # trigger 10:00 to resolution 14:00
    assert per_hour > 50
    assert _bar(_phase(svg, "Detected")) == pytest.approx((start, start + 0.5 * per_hour), abs=0.11)
    assert _bar(_phase(svg, "Mitigated"))[1] == pytest.approx(start + per_hour, abs=0.11)
    band = svg.find(f"{SVG}g[@class='impact']/{SVG}rect[@class='band']")
    assert band is not None
    assert float(band.get("x", "0")) == pytest.approx(start + 0.25 * per_hour, abs=0.11)
    assert float(band.get("width", "0")) == pytest.approx(1.75 * per_hour, abs=0.2)
    ticks = [float(t.get("x1", "0")) for t in svg.iter(f"{SVG}line") if t.get("class") == "tick"]
    expected = [start + per_hour, start + 1.5 * per_hour, start + 4 * per_hour]
    assert ticks == pytest.approx(expected, abs=0.11)
    trigger = next(t for t in svg.iter(f"{SVG}line") if t.get("class") == "trigger")
    assert float(trigger.get("x1", "0")) == pytest.approx(start, abs=0.11)


def test_labelled_durations_are_the_documents_durations(svg: ET.Element) -> None:
    figures = key_figures(document())
    expected = {
        "Detected": format_duration(figures.time_to_detect),
        "Mitigated": format_duration(figures.time_to_mitigate),
        "Resolved": format_duration(figures.time_to_resolve),
    }
    for name, duration in expected.items():
        texts = [t.text for t in _phase(svg, name).iter(f"{SVG}text")]
        assert duration in texts, (name, texts)
    impact = svg.find(f"{SVG}g[@class='impact']")
    assert impact is not None
    assert format_duration(figures.impact_duration) in [t.text for t in impact.iter(f"{SVG}text")]
    # And the report's key figures print the same words.
    figures_shown = {f.label: f.value for f in internal_view(document()).figures}
    assert figures_shown["Time to detect"] == expected["Detected"] == "30 min"


def test_the_chart_names_its_zone_and_describes_itself(svg: ET.Element) -> None:
    texts = [t.text or "" for t in svg.iter(f"{SVG}text")]
    assert "Times in New York time (EDT, UTC−4)" in texts
    title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
    assert title is not None and title.text == "Incident timeline"
    assert desc is not None and "Detected at 10:30, 30 min after the trigger." in (desc.text or "")


def test_axis_ticks_fall_on_round_local_times(svg: ET.Element) -> None:
    labels = [
        t.text for t in svg.iter(f"{SVG}text") if t.get("font-size") == "9" and (t.text or "")[:1].isdigit()
    ]
    clock = [label for label in labels if label and len(label) == 5 and label[2] == ":"]
    assert {"11:00", "12:00", "13:00"} <= set(clock)


def test_a_document_without_times_has_no_chart() -> None:
    assert timeline_chart(Document()) is None
    assert "<svg" not in export(Document(), "html", "internal").decode()


def test_the_report_shows_the_chart_on_its_first_page() -> None:
    html = export(document(), "html", "internal").decode()
    assert html.index("<svg") < html.index('id="timeline"')


def test_all_customers_is_not_said_twice() -> None:
    doc = document()
    doc.impact.customers_affected = "All customers"
    doc.impact.customers_affected_percent = 100
    view = internal_view(doc)
    assert view.customers_affected == "All customers"
    doc.impact.customers_affected = "Customers in Europe"
    assert internal_view(doc).customers_affected == "Customers in Europe; 100% of customers"


def test_the_report_names_its_zone_as_people_say_it() -> None:
    assert zone_title("America/New_York", 2026) == "New York time (EST/EDT)"
    assert zone_title("Australia/Sydney", 2026) == "Sydney time (AEST/AEDT)"
    assert zone_title("Asia/Tokyo", 2026) == "Tokyo time (JST)"
    html = export(document(), "html", "internal").decode()
    assert "America/New_York" not in html
    assert "New York time (EST/EDT)" in html


def test_long_durations_fit_inside_the_drawing() -> None:
    doc = document()
    doc.timeline.events[-1].time = at(14) + dt.timedelta(days=2, minutes=10)
    doc.impact.end = at(12) + dt.timedelta(days=2, minutes=25)
    chart = timeline_chart(doc)
    assert chart is not None
    svg = ET.fromstring(timeline_svg(chart))
    width = float(svg.get("viewBox", "").split()[2])
    values = [t for t in svg.iter(f"{SVG}text") if t.get("font-weight") == "700"]
    assert any(t.text == "2 d 4 h 10 min" for t in values), [t.text for t in values]
    for text in values:
        # Bold Noto Sans at 11 units is under 0.62 em a character.
        assert float(text.get("x", "0")) + len(text.text or "") * 11 * 0.62 <= width
