"""The timeline chart as a self-contained SVG, written by hand.

A plotting library would add seconds of import time to the app and to
every export for five bars and an axis; the drawing is simple enough to
write as text. The chart reads in greyscale: the rows are named, the key
moments have shapes of their own (circle, diamond, square), and the impact
band is hatched as well as shaded. It carries a <title> and a <desc>, which
screen readers read and the PDF uses as the figure's alt text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape as _escape

from postmortem import timefmt
from postmortem.chart import Phase, TimelineChart, describe
from postmortem.i18n import translator
from postmortem.render.typefaces import SANS, font_stack
from postmortem.render.wording import language_of_labels


# xml.sax.saxutils would do, but it imports urllib.request and http.client (50 ms at the
# app's start-up, where the Overview step draws this chart).
def escape(text: str) -> str:
    """Text content: &, < and > as entities."""
    return _escape(text, quote=False)


def quoteattr(value: str) -> str:
    """An attribute value in double quotes, with its quotes and line breaks as character references."""
    value = _escape(value, quote=True)
    for plain, entity in (("\n", "&#10;"), ("\r", "&#13;"), ("\t", "&#9;")):
        value = value.replace(plain, entity)
    return f'"{value}"'


WIDTH = 600
LABELS = 104  # the row names' column
VALUES = 84  # the durations' column
PLOT_LEFT = LABELS + 10
PLOT_RIGHT = WIDTH - VALUES - 8
TOP = 26
ROW = 30
AXIS = 36

INK = "#1d232b"
MUTED = "#535b66"
BAR = "#6b7480"
BAND = "#cfd5dc"
HATCH = "#9aa3ae"
SHADE = "#eef1f4"
RULE = "#c8ced6"

# Axis steps, in minutes: the first that gives at most MAX_TICKS ticks.
_STEPS = (1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080)
MAX_TICKS = 7


@dataclass(frozen=True)
class Scale:
    """Where an instant sits across the plot."""

    low: dt.datetime
    high: dt.datetime

    @classmethod
    def for_chart(cls, chart: TimelineChart) -> Scale:
        # A little room either side so the end markers are not cut in half.
        pad = (chart.last - chart.first) * 0.03
        return cls(chart.first - pad, chart.last + pad)

    def x(self, instant: dt.datetime) -> float:
        fraction = (instant - self.low) / (self.high - self.low)
        return PLOT_LEFT + fraction * (PLOT_RIGHT - PLOT_LEFT)


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _el(tag: str, text: str | None = None, **attrs: object) -> str:
    parts = [tag]
    for name, value in attrs.items():
        if value is None:
            continue
        shown = _num(value) if isinstance(value, float) else str(value)
        parts.append(f"{name.rstrip('_').replace('_', '-')}={quoteattr(shown)}")
    opening = "<" + " ".join(parts)
    return f"{opening}/>" if text is None else f"{opening}>{escape(text)}</{tag}>"


def _text_width(text: str, size: float) -> float:
    # Noto Sans averages a little over half an em per character.
    return len(text) * size * 0.56


def _clamp_centre(x: float, text: str, size: float) -> float:
    half = _text_width(text, size) / 2
    return min(max(x, PLOT_LEFT + half), PLOT_RIGHT - half)


def axis_ticks(chart: TimelineChart, scale: Scale) -> list[tuple[dt.datetime, str, str]]:
    """(instant, clock label, day label or "") for each axis tick, on round local times."""
    minutes = (scale.high - scale.low).total_seconds() / 60
    step = next((s for s in _STEPS if minutes / s <= MAX_TICKS), _STEPS[-1])
    local = chart.local(scale.low)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    into_day = (local - midnight).total_seconds() / 60
    first = midnight + dt.timedelta(minutes=(int(into_day // step) + 1) * step) if step < 1440 else midnight
    if step >= 1440:
        first += dt.timedelta(days=1)
    ticks = []
    previous_day = None
    instant = first.astimezone(dt.UTC)
    while instant <= scale.high:
        if instant >= scale.low:
            here = chart.local(instant)
            day = timefmt.short_day(here, chart.language)
            clock = "" if step >= 1440 else timefmt.clock(here, chart.tz_name, chart.language)
            ticks.append((instant, clock, day if day != previous_day else ""))
            previous_day = day
        instant += dt.timedelta(minutes=step)
    return ticks


def _row_label(y: float, text: str) -> str:
    return _el("text", text, x=float(LABELS), y=y + 4, text_anchor="end", font_size="11", fill=INK)


def _value(y: float, text: str) -> str:
    return _el("text", text, x=float(PLOT_RIGHT + 14), y=y + 4, font_size="11", font_weight="700", fill=INK)


def _small(x: float, y: float, text: str) -> str:
    return _el(
        "text", text, x=_clamp_centre(x, text, 9), y=y, text_anchor="middle", font_size="9", fill=MUTED
    )


_MARKERS = {"detected": "circle", "mitigated": "diamond", "resolved": "square"}


def _marker(shape: str, x: float, y: float) -> str:
    if shape == "circle":
        return _el("circle", class_="marker", cx=x, cy=y, r=5.0, fill="#fff", stroke=INK, stroke_width="2")
    if shape == "diamond":
        points = (
            f"{_num(x)},{_num(y - 6)} {_num(x + 6)},{_num(y)} {_num(x)},{_num(y + 6)} {_num(x - 6)},{_num(y)}"
        )
        return _el("polygon", class_="marker", points=points, fill=INK)
    return _el("rect", class_="marker", x=x - 4.5, y=y - 4.5, width=9.0, height=9.0, fill=INK)


def _moment_label(x: float, y: float, text: str, avoid: float | None) -> str:
    if avoid is not None and abs(x - avoid) < 22:
        # Beside the trigger's line: set the time off to the right of it.
        return _el("text", text, x=max(x, avoid) + 4, y=y, font_size="9", fill=MUTED)
    return _small(x, y, text)


def _phase(phase: Phase, scale: Scale, y: float, avoid: float | None) -> list[str]:
    start, end = scale.x(phase.start), scale.x(phase.end)
    shape = _MARKERS.get(phase.kind, "square")
    return [
        f'<g class="phase" data-name={quoteattr(phase.name)}>',
        _row_label(y, phase.name),
        _el("rect", class_="bar", x=start, y=y - 3, width=max(end - start, 0.0), height=6.0, fill=BAR),
        _marker(shape, end, y),
        _moment_label(end, y - 9, phase.moment, avoid),
        _value(y, phase.duration),
        "</g>",
    ]


def _impact(phase: Phase, scale: Scale, y: float) -> list[str]:
    start, end = scale.x(phase.start), scale.x(phase.end)
    return [
        '<g class="impact">',
        _row_label(y, phase.name),
        _el(
            "rect",
            class_="band",
            x=start,
            y=y - 8,
            width=max(end - start, 1.0),
            height=16.0,
            fill="url(#pm-chart-hatch)",
            stroke=INK,
            stroke_width="1",
        ),
        _value(y, phase.duration),
        "</g>",
    ]


def timeline_svg(chart: TimelineChart, *, title: str = "") -> str:
    """The chart as an `<svg>` element, ready to inline in HTML or save as a file.

    Its words are in the chart's language; `title` defaults to "Incident timeline" in it.
    The `<svg>` carries the labels' language (for screen readers and the
    PDF's tags) and the sans stack for it (labels in Arabic need an Arabic
    face). The drawing runs left to right, earlier to later, whatever the
    page's direction.
    """
    tr = translator(chart.language)
    title = title or tr.gettext("Incident timeline")
    font = font_stack(SANS, chart.language).replace('"', "'")
    lang_attribute = f' lang="{escape(language_of_labels(chart.language))}"'
    scale = Scale.for_chart(chart)
    rows = (1 if chart.impact else 0) + len(chart.phases) + (1 if chart.visible else 0)
    axis_y = TOP + rows * ROW + 6
    height = axis_y + AXIS + 18
    body: list[str] = []
    if chart.impact:
        # The impact window shaded behind every row, so each moment reads
        # against it.
        start, end = scale.x(chart.impact.start), scale.x(chart.impact.end)
        body.append(
            _el(
                "rect",
                x=start,
                y=float(TOP - 6),
                width=max(end - start, 1.0),
                height=axis_y - TOP + 6.0,
                fill=SHADE,
            )
        )
    y = TOP + ROW / 2
    trigger_x = scale.x(chart.trigger) if chart.trigger else None
    if chart.impact:
        body += _impact(chart.impact, scale, y)
        start_x = scale.x(chart.impact.start)
        if trigger_x is None or abs(start_x - trigger_x) >= 22:
            body.append(_small(start_x, y - 11, _clock(chart, chart.impact.start)))
        body.append(_moment_label(scale.x(chart.impact.end), y - 11, chart.impact.moment, trigger_x))
        y += ROW
    for phase in chart.phases:
        body += _phase(phase, scale, y, trigger_x)
        y += ROW
    if chart.visible:
        body.append('<g class="visible">')
        body.append(_row_label(y, tr.gettext("Customer-visible")))
        for instant in chart.visible:
            x = scale.x(instant)
            body.append(
                _el("line", class_="tick", x1=x, x2=x, y1=y - 7, y2=y + 7, stroke=INK, stroke_width="1.5")
            )
        count = len(chart.visible)
        body.append(_value(y, tr.ngettext("{count} event", "{count} events", count).format(count=count)))
        body.append("</g>")
    if chart.trigger:
        x = scale.x(chart.trigger)
        body.append(
            _el(
                "line",
                class_="trigger",
                x1=x,
                x2=x,
                y1=float(TOP - 8),
                y2=float(axis_y),
                stroke=INK,
                stroke_width="1",
                stroke_dasharray="3 2",
            )
        )
        body.append(_small(x, TOP - 12, tr.gettext("Trigger {time}").format(time=chart.trigger_time)))
    body += _axis(chart, scale, axis_y)
    # The durations' column grows with its longest entry ("2 d 14 h 10 min"):
    # the drawing gets wider, the plot keeps its place.
    values = [p.duration for p in ([chart.impact] if chart.impact else []) + chart.phases]
    longest = max((_text_width(v, 11) * 1.1 for v in values), default=0.0)
    width = max(float(WIDTH), PLOT_RIGHT + 14 + longest + 6)
    body.append(
        _el(
            "text",
            tr.gettext("Times in {zone}").format(zone=chart.zone),
            x=width - 4,
            y=float(height - 4),
            text_anchor="end",
            font_size="9",
            fill=MUTED,
        )
    )
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart" role="img" '
        f'viewBox="0 0 {_num(width)} {_num(height)}" width="{_num(width)}" height="{_num(height)}" '
        f'font-family="{escape(font)}" direction="ltr"{lang_attribute} '
        'aria-labelledby="pm-chart-title pm-chart-desc">'
    )
    defs = (
        '<defs><pattern id="pm-chart-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)"><rect width="6" height="6" fill="{BAND}"/>'
        f'<line x1="0" y1="0" x2="0" y2="6" stroke="{HATCH}" stroke-width="2.5"/></pattern></defs>'
    )
    parts = [
        head,
        _el("title", title, id="pm-chart-title"),
        _el("desc", describe(chart), id="pm-chart-desc"),
        defs,
        *body,
        "</svg>",
    ]
    return "".join(part for part in parts if part)


def _clock(chart: TimelineChart, instant: dt.datetime) -> str:
    return timefmt.clock(instant, chart.tz_name, chart.language)


def _axis(chart: TimelineChart, scale: Scale, y: float) -> list[str]:
    out = [_el("line", x1=float(PLOT_LEFT), x2=float(PLOT_RIGHT), y1=y, y2=y, stroke=MUTED, stroke_width="1")]
    for instant, clock, day in axis_ticks(chart, scale):
        x = scale.x(instant)
        out.append(_el("line", x1=x, x2=x, y1=y, y2=y + 4, stroke=MUTED, stroke_width="1"))
        first_line = clock or day
        out.append(_el("text", first_line, x=x, y=y + 15, text_anchor="middle", font_size="9", fill=MUTED))
        if clock and day:
            out.append(_el("text", day, x=x, y=y + 27, text_anchor="middle", font_size="9", fill=MUTED))
    return out
