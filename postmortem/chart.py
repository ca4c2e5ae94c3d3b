"""What the timeline chart shows, as plain data: the incident's shape at a glance.

The chart draws the customer-impact window as a band, the time from the
trigger to detection, mitigation and resolution as bars ending at marked
moments, and every customer-visible event as a tick. Its durations are the
document's own (`postmortem.durations`), formatted as the report's key
figures are, so the chart and the figures can never disagree.
`postmortem.render.timeline_svg` draws it; the report, the letter and the
app's overview step all use that one drawing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from postmortem import timefmt
from postmortem.durations import format_duration, key_figures, key_moments, span
from postmortem.model import Document


@dataclass(frozen=True)
class Phase:
    """A bar from `start` to `end`, ending at a marked key moment."""

    name: str  # "Detected"
    start: dt.datetime
    end: dt.datetime
    duration: str  # "14 min", as the report's key figures print it
    moment: str  # "03:24"


@dataclass(frozen=True)
class TimelineChart:
    tz_name: str
    zone: str  # "New York time (EDT, UTC−4)"
    first: dt.datetime  # the axis runs from `first` to `last`
    last: dt.datetime
    trigger: dt.datetime | None
    trigger_time: str
    impact: Phase | None
    phases: list[Phase]  # detected, mitigated, resolved: those the document records
    visible: list[dt.datetime]  # customer-visible events

    def local(self, instant: dt.datetime) -> dt.datetime:
        return timefmt.localise(instant, self.tz_name)


def _clock(instant: dt.datetime, tz_name: str) -> str:
    return f"{timefmt.localise(instant, tz_name):%H:%M}"


def timeline_chart(document: Document, *, customer: bool = False) -> TimelineChart | None:
    """The chart's data, or None when the document has no times to draw.

    With `customer`, only what a customer letter may show: the impact window
    and the resolution, no internal events.
    """
    tz = document.meta.time_zone
    moments = key_moments(document)
    figures = key_figures(document)
    impact = None
    if moments.impact_start and moments.impact_end and figures.impact_duration is not None:
        impact = Phase(
            "Customer impact",
            moments.impact_start,
            moments.impact_end,
            format_duration(figures.impact_duration),
            _clock(moments.impact_end, tz),
        )
    started = moments.started
    if customer:
        # The letter's simpler chart: the impact window and when it was
        # resolved, measured from the start of impact customers lived through.
        started = moments.impact_start
        steps = [("Resolved", moments.resolved, span(started, moments.resolved))]
        if moments.resolved == moments.impact_end:
            # Resolved as the impact ended: the impact bar's end says it; a second bar would repeat it.
            steps = []
    else:
        steps = [
            ("Detected", moments.detected, figures.time_to_detect),
            ("Mitigated", moments.mitigated, figures.time_to_mitigate),
            ("Resolved", moments.resolved, figures.time_to_resolve),
        ]
    phases = [
        Phase(name, started, moment, format_duration(duration), _clock(moment, tz))
        for name, moment, duration in steps
        if started and moment and duration is not None
    ]
    visible = [] if customer else [e.time for e in document.timeline.sorted_events() if e.customer_visible]
    instants = [t for t in (started, moments.impact_start, moments.impact_end) if t]
    instants += [p.end for p in phases] + visible
    if len(instants) < 2 or min(instants) == max(instants):
        return None
    first, last = min(instants), max(instants)
    return TimelineChart(
        tz_name=tz,
        zone=timefmt.zone_label(first, tz),
        first=first,
        last=last,
        trigger=None if customer else started,
        trigger_time=_clock(started, tz) if started and not customer else "",
        impact=impact,
        phases=phases,
        visible=visible,
    )


def describe(chart: TimelineChart) -> str:
    """The chart in words, for screen readers and the PDF's alt text."""
    parts = []
    if chart.impact:
        impact = chart.impact
        parts.append(
            f"Customer impact lasted {impact.duration}, from {_clock(impact.start, chart.tz_name)} "
            f"to {impact.moment}."
        )
    if chart.trigger:
        parts.append(f"The incident was triggered at {chart.trigger_time}.")
    # The letter's chart has no trigger: its phases run from the start of impact.
    since = "after the trigger" if chart.trigger else "after the impact began"
    for phase in chart.phases:
        parts.append(f"{phase.name} at {phase.moment}, {phase.duration} {since}.")
    if chart.visible:
        count = len(chart.visible)
        parts.append(f"{count} customer-visible event{'s' if count != 1 else ''} marked as ticks.")
    parts.append(f"Times in {chart.zone}.")
    return " ".join(parts)
