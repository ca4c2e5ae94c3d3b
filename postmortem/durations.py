"""Key moments of an incident and the durations derived from them.

A duration is only ever reported when its two moments are in order; an
impossible order yields `None` here and a finding in `postmortem.checks`,
never a negative number in a report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from postmortem.i18n import is_english, locale_for, translator
from postmortem.model import Document, EventKind


@dataclass(frozen=True)
class KeyMoments:
    started: dt.datetime | None
    detected: dt.datetime | None
    mitigated: dt.datetime | None
    resolved: dt.datetime | None
    impact_start: dt.datetime | None
    impact_end: dt.datetime | None


@dataclass(frozen=True)
class KeyFigures:
    time_to_detect: dt.timedelta | None
    time_to_mitigate: dt.timedelta | None
    time_to_resolve: dt.timedelta | None
    impact_duration: dt.timedelta | None


def _first(document: Document, kind: EventKind) -> dt.datetime | None:
    times = [e.time for e in document.timeline.events if e.kind == kind]
    return min(times) if times else None


def key_moments(document: Document) -> KeyMoments:
    """Trigger, detection, mitigation and resolution: the first event of each kind.

    The incident starts at its trigger event, or at the impact window's start
    when no trigger was logged.
    """
    impact = document.impact
    started = _first(document, EventKind.TRIGGER) or impact.start
    return KeyMoments(
        started=started,
        detected=_first(document, EventKind.DETECTION),
        mitigated=_first(document, EventKind.MITIGATION),
        resolved=_first(document, EventKind.RESOLUTION),
        impact_start=impact.start,
        impact_end=impact.end,
    )


def span(start: dt.datetime | None, end: dt.datetime | None) -> dt.timedelta | None:
    """end - start, or None when either is missing or the order is impossible."""
    if start is None or end is None or end < start:
        return None
    return end - start


def key_figures(document: Document) -> KeyFigures:
    moments = key_moments(document)
    return KeyFigures(
        time_to_detect=span(moments.started, moments.detected),
        time_to_mitigate=span(moments.started, moments.mitigated),
        time_to_resolve=span(moments.started, moments.resolved),
        impact_duration=span(moments.impact_start, moments.impact_end),
    )


def _first_index(document: Document, kind: EventKind) -> int | None:
    """Index of the earliest event of `kind` in the written list (the one `_first` picks)."""
    events = document.timeline.events
    found = [i for i, e in enumerate(events) if e.kind == kind]
    return min(found, key=lambda i: events[i].time) if found else None


def ordering_problems(document: Document) -> list[tuple[str, str]]:
    """(location, message) for every pair of key moments in an impossible order.

    The location is the time field of the later moment's event
    (``timeline.events[5].time``), so that the app can mark that row.
    """
    m = key_moments(document)
    problems: list[tuple[str, str]] = []
    if m.impact_start and m.impact_end and m.impact_end < m.impact_start:
        problems.append(("impact.end", "the impact window ends before it starts"))
    pairs = (
        (EventKind.DETECTION, m.detected, m.started, "detected before it was triggered"),
        (EventKind.MITIGATION, m.mitigated, m.started, "mitigated before it was triggered"),
        (EventKind.RESOLUTION, m.resolved, m.started, "resolved before it was triggered"),
        (EventKind.RESOLUTION, m.resolved, m.detected, "resolved before it was detected"),
        (EventKind.MITIGATION, m.mitigated, m.detected, "mitigated before it was detected"),
        (EventKind.RESOLUTION, m.resolved, m.mitigated, "resolved before it was mitigated"),
    )
    for later_kind, later, earlier, message in pairs:
        if later and earlier and later < earlier:
            location = f"timeline.events[{_first_index(document, later_kind)}].time"
            problems.append((location, f"the incident is {message}"))
    return problems


def format_duration(value: dt.timedelta | None, language: str = "en") -> str:
    """A duration in full, down to the minute: '1 d 0 h 14 min', '4 h 5 min', '12 min', or '—'.

    Nothing is rounded away: "1 d" for 24 h 14 min would hide a quarter of
    an hour that a reader comparing two incidents needs. English keeps the
    product's unit symbols; other languages take CLDR's short units joined
    as the catalog says ('2 Std. 48 Min.', '2 h 48 min', '2時間48分').
    """
    if value is None:
        return "—"
    minutes = int(value.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if is_english(language):
        if days:
            return f"{days} d {hours} h {mins} min"
        if hours:
            return f"{hours} h {mins} min"
        return f"{mins} min"
    from babel.units import format_unit  # with CLDR's units, only for a language that needs them

    locale = locale_for(language)
    amounts = [(days, "duration-day"), (hours, "duration-hour"), (mins, "duration-minute")]
    while len(amounts) > 1 and amounts[0][0] == 0:
        amounts.pop(0)
    parts = [str(format_unit(n, unit, length="short", locale=locale)) for n, unit in amounts]
    if locale.language == "ja":
        # CLDR puts a space between the number and 時間/分; Japanese prints them together.
        parts = [part.replace(" ", "").replace("\u00a0", "") for part in parts]
    # Babel's list patterns for units are incomplete in several locales
    # (German lacks one, Arabic repeats an item), so the catalog joins them.
    joiner = translator(language).pgettext("duration", "{larger} {smaller}")
    text = parts[-1]
    for part in reversed(parts[:-1]):
        text = joiner.format(larger=part, smaller=text)
    return text
