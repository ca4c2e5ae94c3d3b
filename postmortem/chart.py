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
from postmortem.i18n import sentence_space, translator
from postmortem.model import Document


@dataclass(frozen=True)
class Phase:
    """A bar from `start` to `end`, ending at a marked key moment."""

    name: str  # "Detected", in the document's language
    kind: str  # "impact", "detected", "mitigated", "resolved": how the drawing marks it
    start: dt.datetime
    end: dt.datetime
    duration: str  # "14 min", as the report's key figures print it
    moment: str  # "03:24"


@dataclass(frozen=True)
class TimelineChart:
    tz_name: str
    language: str
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


def _clock(instant: dt.datetime, tz_name: str, language: str = "en") -> str:
    return timefmt.clock(instant, tz_name, language)


def timeline_chart(document: Document, *, customer: bool = False, language: str = "") -> TimelineChart | None:
    """The chart's data, or None when the document has no times to draw.

    With `customer`, only what a customer letter may show: the impact window
    and the resolution, no internal events. Its words, times and durations
    are in the document's language, or in `language` (the app's interface).
    """
    tz, language = document.meta.time_zone, language or document.meta.language
    tr = translator(language)
    moments = key_moments(document)
    figures = key_figures(document)
    impact = None
    if moments.impact_start and moments.impact_end and figures.impact_duration is not None:
        impact = Phase(
            tr.gettext("Customer impact"),
            "impact",
            moments.impact_start,
            moments.impact_end,
            format_duration(figures.impact_duration, language),
            _clock(moments.impact_end, tz, language),
        )
    started = moments.started
    if customer:
        # The letter's simpler chart: the impact window and when it was
        # resolved, measured from the start of impact customers lived through.
        started = moments.impact_start
        steps = [("resolved", moments.resolved, span(started, moments.resolved))]
        if moments.resolved == moments.impact_end:
            # Resolved as the impact ended: the impact bar's end says it; a second bar would repeat it.
            steps = []
    else:
        steps = [
            ("detected", moments.detected, figures.time_to_detect),
            ("mitigated", moments.mitigated, figures.time_to_mitigate),
            ("resolved", moments.resolved, figures.time_to_resolve),
        ]
    names = {
        "detected": tr.pgettext("chart", "Detected"),
        "mitigated": tr.pgettext("chart", "Mitigated"),
        "resolved": tr.pgettext("chart", "Resolved"),
    }
    phases = [
        Phase(names[kind], kind, started, moment, format_duration(duration, language),
              _clock(moment, tz, language))
        for kind, moment, duration in steps
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
        language=language,
        zone=timefmt.zone_label(first, tz, language),
        first=first,
        last=last,
        trigger=None if customer else started,
        trigger_time=_clock(started, tz, language) if started and not customer else "",
        impact=impact,
        phases=phases,
        visible=visible,
    )


def describe(chart: TimelineChart, language: str | None = None) -> str:
    """The chart in words, for screen readers and the PDF's alt text."""
    language = language or chart.language
    tr = translator(language)
    parts = []
    if chart.impact:
        impact = chart.impact
        parts.append(tr.gettext("Customer impact lasted {duration}, from {start} to {end}.").format(
            duration=impact.duration, start=_clock(impact.start, chart.tz_name, language), end=impact.moment))
    if chart.trigger:
        parts.append(tr.gettext("The incident was triggered at {time}.").format(time=chart.trigger_time))
    for phase in chart.phases:
        # The letter's chart has no trigger: its phases run from the start of impact.
        if chart.trigger:
            text = tr.gettext("{phase} at {time}, {duration} after the trigger.")
        else:
            text = tr.gettext("{phase} at {time}, {duration} after the impact began.")
        parts.append(text.format(phase=phase.name, time=phase.moment, duration=phase.duration))
    if chart.visible:
        count = len(chart.visible)
        ticks = tr.ngettext("{count} customer-visible event marked as a tick.",
                            "{count} customer-visible events marked as ticks.", count)
        parts.append(ticks.format(count=count))
    parts.append(tr.gettext("Times in {zone}.").format(zone=chart.zone))
    return sentence_space(language).join(parts)
