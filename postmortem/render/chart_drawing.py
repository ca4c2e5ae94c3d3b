"""Where everything of the timeline chart goes: its shapes and its words, in one coordinate space.

`draw(chart)` lays the chart out once; `timeline_svg` writes it as one SVG
with its words, and `chart_html` writes the shapes as SVG and the words as
HTML for the scripts WeasyPrint cannot set inside an SVG. The chart reads
in greyscale: the rows are named, the key moments have shapes of their own
(circle, diamond, square), and the impact band is hatched as well as shaded.

A mirrored drawing (a right-to-left page or interface) runs its time axis
from right to left: the row names stand on the right, where a reader of
Arabic or Hebrew starts, each bar grows leftwards from its start towards
its duration on the left, as the page's lines do. Its labels keep their
logical anchor (in a mirrored drawing "start" is a name's right edge);
each writer turns it into the edge it places.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from postmortem import timefmt
from postmortem.chart import Phase, TimelineChart
from postmortem.i18n import translator
from postmortem.render.svg_markup import element, num, quoteattr

WIDTH = 600
LABELS = 104  # the row names' column, wider when a language's names need it
VALUES = 84  # the durations' column
TOP = 26
ROW = 30
AXIS = 36
NAME_SIZE, SMALL_SIZE = 11, 9

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
_MARKERS = {"detected": "circle", "mitigated": "diamond", "resolved": "square"}


@dataclass(frozen=True)
class Label:
    """A word of the chart: `anchor` ("start", "middle", "end") is as SVG's text-anchor,
    in the drawing's direction; `y` is the baseline."""

    x: float
    y: float
    text: str
    anchor: str
    size: int
    bold: bool = False
    fill: str = INK
    role: str = ""  # "name", "value", "moment", "trigger", "axis", "zone"


@dataclass
class Drawing:
    """The laid-out chart: SVG markup for the shapes and `Label`s for the words, in drawing order."""

    width: float
    height: float
    mirrored: bool
    parts: list[str | Label] = field(default_factory=list)

    def labels(self) -> list[Label]:
        return [part for part in self.parts if isinstance(part, Label)]


@dataclass(frozen=True)
class Frame:
    """The drawing's columns, and left to right or mirrored: `x` maps a left-to-right position."""

    width: float
    names: float  # where the names' column ends (their end anchor)
    mirrored: bool

    @property
    def plot_left(self) -> float:
        return self.names + 10

    @property
    def plot_right(self) -> float:
        return WIDTH + self.names - LABELS - VALUES - 8

    def x(self, position: float) -> float:
        return self.width - position if self.mirrored else position

    def span(self, start: float, end: float) -> float:
        """The left edge of what runs from `start` to `end` left to right."""
        return self.width - end if self.mirrored else start


@dataclass(frozen=True)
class Scale:
    """Where an instant sits across the plot, left to right."""

    low: dt.datetime
    high: dt.datetime
    left: float
    right: float

    @classmethod
    def for_chart(cls, chart: TimelineChart, frame: Frame) -> Scale:
        # A little room either side so the end markers are not cut in half.
        pad = (chart.last - chart.first) * 0.03
        return cls(chart.first - pad, chart.last + pad, frame.plot_left, frame.plot_right)

    def x(self, instant: dt.datetime) -> float:
        fraction = (instant - self.low) / (self.high - self.low)
        return self.left + fraction * (self.right - self.left)


def text_width(text: str, size: float) -> float:
    # Noto Sans averages a little over half an em per character.
    return len(text) * size * 0.56


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


class _Pen:
    """Lays out the parts of one drawing, taking left-to-right positions."""

    def __init__(self, chart: TimelineChart, frame: Frame) -> None:
        self.chart, self.frame = chart, frame
        self.scale = Scale.for_chart(chart, frame)
        self.parts: list[str | Label] = []

    def add(self, *parts: str | Label) -> None:
        self.parts.extend(parts)

    def text(self, x: float, y: float, text: str, anchor: str, *, size: int = SMALL_SIZE, role: str,
             bold: bool = False, fill: str = MUTED) -> Label:
        return Label(self.frame.x(x), y, text, anchor, size, bold, fill, role)

    def rect(self, start: float, end: float, y: float, height: float, *, class_: str | None = None,
             least: float = 0.0, **attrs: object) -> str:
        """A box from `start` to `end` across, at least `least` wide."""
        width = max(end - start, least)
        return element("rect", class_=class_, x=self.frame.span(start, start + width), y=y, width=width,
                       height=height, **attrs)

    def vline(self, x: float, y1: float, y2: float, *, class_: str | None = None, **attrs: object) -> str:
        at = self.frame.x(x)
        return element("line", class_=class_, x1=at, x2=at, y1=y1, y2=y2, **attrs)

    def name(self, y: float, text: str) -> Label:
        return self.text(self.frame.names, y + 4, text, "end", size=NAME_SIZE, role="name", fill=INK)

    def value(self, y: float, text: str) -> Label:
        x = self.frame.plot_right + 14
        return self.text(x, y + 4, text, "start", size=NAME_SIZE, role="value", bold=True, fill=INK)

    def small(self, x: float, y: float, text: str, role: str = "moment") -> Label:
        half = text_width(text, SMALL_SIZE) / 2
        centre = min(max(x, self.frame.plot_left + half), self.frame.plot_right - half)
        return self.text(centre, y, text, "middle", role=role)

    def moment(self, x: float, y: float, text: str, avoid: float | None) -> Label:
        if avoid is not None and abs(x - avoid) < 22:
            # Beside the trigger's line: set the time off after it.
            return self.text(max(x, avoid) + 4, y, text, "start", role="moment")
        return self.small(x, y, text)

    def marker(self, shape: str, x: float, y: float) -> str:
        x = self.frame.x(x)
        if shape == "circle":
            return element("circle", class_="marker", cx=x, cy=y, r=5.0, fill="#fff", stroke=INK,
                           stroke_width="2")
        if shape == "diamond":
            corners = ((x, y - 6), (x + 6, y), (x, y + 6), (x - 6, y))
            points = " ".join(f"{num(cx)},{num(cy)}" for cx, cy in corners)
            return element("polygon", class_="marker", points=points, fill=INK)
        return element("rect", class_="marker", x=x - 4.5, y=y - 4.5, width=9.0, height=9.0, fill=INK)

    def phase(self, phase: Phase, y: float, avoid: float | None) -> None:
        start, end = self.scale.x(phase.start), self.scale.x(phase.end)
        self.add(
            f'<g class="phase" data-name={quoteattr(phase.name)}>',
            self.name(y, phase.name),
            self.rect(start, end, y - 3, 6.0, class_="bar", fill=BAR),
            self.marker(_MARKERS.get(phase.kind, "square"), end, y),
            self.moment(end, y - 9, phase.moment, avoid),
            self.value(y, phase.duration),
            "</g>",
        )

    def impact(self, phase: Phase, y: float) -> None:
        start, end = self.scale.x(phase.start), self.scale.x(phase.end)
        band = self.rect(start, end, y - 8, 16.0, class_="band", least=1.0, fill="url(#pm-chart-hatch)",
                         stroke=INK, stroke_width="1")
        self.add('<g class="impact">', self.name(y, phase.name), band, self.value(y, phase.duration), "</g>")

    def axis(self, y: float) -> None:
        frame = self.frame
        left, right = frame.span(frame.plot_left, frame.plot_right), frame.x(frame.plot_right)
        right = max(right, frame.x(frame.plot_left))
        self.add(element("line", x1=left, x2=right, y1=y, y2=y, stroke=MUTED, stroke_width="1"))
        for instant, clock, day in axis_ticks(self.chart, self.scale):
            x = self.scale.x(instant)
            self.add(self.vline(x, y, y + 4, stroke=MUTED, stroke_width="1"))
            self.add(self.text(x, y + 15, clock or day, "middle", role="axis"))
            if clock and day:
                self.add(self.text(x, y + 27, day, "middle", role="axis"))


def frame_for(chart: TimelineChart, *, mirrored: bool = False) -> Frame:
    """The columns: the names' as wide as the longest name needs, the durations' as the longest
    duration ("2 d 14 h 10 min"); the plot keeps its width."""
    tr = translator(chart.language)
    names = [p.name for p in ([chart.impact] if chart.impact else []) + chart.phases]
    if chart.visible:
        names.append(tr.gettext("Customer-visible"))
    names_end = max([float(LABELS)] + [text_width(n, NAME_SIZE) + 4 for n in names])
    values = [p.duration for p in ([chart.impact] if chart.impact else []) + chart.phases]
    longest = max((text_width(v, NAME_SIZE) * 1.1 for v in values), default=0.0)
    plot_right = WIDTH + names_end - LABELS - VALUES - 8
    width = max(WIDTH + names_end - LABELS, plot_right + 14 + longest + 6)
    return Frame(width, names_end, mirrored)


def draw(chart: TimelineChart, *, mirrored: bool = False) -> Drawing:
    """The chart laid out: left to right, or mirrored for a right-to-left page."""
    tr = translator(chart.language)
    frame = frame_for(chart, mirrored=mirrored)
    pen = _Pen(chart, frame)
    scale = pen.scale
    rows = (1 if chart.impact else 0) + len(chart.phases) + (1 if chart.visible else 0)
    axis_y = TOP + rows * ROW + 6
    height = axis_y + AXIS + 18
    if chart.impact:
        # The impact window shaded behind every row, so each moment reads against it.
        start, end = scale.x(chart.impact.start), scale.x(chart.impact.end)
        pen.add(pen.rect(start, end, float(TOP - 6), axis_y - TOP + 6.0, least=1.0, fill=SHADE))
    y = TOP + ROW / 2
    trigger_x = scale.x(chart.trigger) if chart.trigger else None
    if chart.impact:
        pen.impact(chart.impact, y)
        start_x = scale.x(chart.impact.start)
        if trigger_x is None or abs(start_x - trigger_x) >= 22:
            began = timefmt.clock(chart.impact.start, chart.tz_name, chart.language)
            pen.add(pen.small(start_x, y - 11, began))
        pen.add(pen.moment(scale.x(chart.impact.end), y - 11, chart.impact.moment, trigger_x))
        y += ROW
    for phase in chart.phases:
        pen.phase(phase, y, trigger_x)
        y += ROW
    if chart.visible:
        pen.add('<g class="visible">', pen.name(y, tr.gettext("Customer-visible")))
        for instant in chart.visible:
            pen.add(pen.vline(scale.x(instant), y - 7, y + 7, class_="tick", stroke=INK, stroke_width="1.5"))
        count = len(chart.visible)
        events = tr.ngettext("{count} event", "{count} events", count).format(count=count)
        pen.add(pen.value(y, events), "</g>")
    if trigger_x is not None:
        pen.add(pen.vline(trigger_x, float(TOP - 8), float(axis_y), class_="trigger", stroke=INK,
                          stroke_width="1", stroke_dasharray="3 2"))
        pen.add(pen.small(trigger_x, TOP - 12, tr.gettext("Trigger {time}").format(time=chart.trigger_time),
                          "trigger"))
    pen.axis(axis_y)
    zone = tr.gettext("Times in {zone}").format(zone=chart.zone)
    pen.add(pen.text(frame.width - 4, float(height - 4), zone, "end", role="zone"))
    return Drawing(frame.width, height, mirrored, pen.parts)
