"""Reading timeline events from pasted text: chat logs, notes, spreadsheet rows.

Pure functions, no Qt. Accepted line shapes (time in the document's zone
unless the text carries an offset):

    2026-10-27 03:10 Primary drive failed
    2026-10-27T03:10:00-04:00 detection: Alert fired for disk latency
    03:10 Rebuild started                (date of the previous line)
    2026-10-27 03:10,detection,yes,Alert fired     (CSV, or tab-separated)
    time,kind,customer_visible,description         (an optional header row)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from postmortem.model import EventKind, TimelineEvent

_STAMP = re.compile(
    r"""^\s*[\[(]?
    (?:(?P<date>\d{4}-\d{2}-\d{2})[ T]?)?
    (?P<time>\d{1,2}:\d{2})(?::(?P<seconds>\d{2})(?:\.\d+)?)?
    \s*(?P<offset>Z|[+-]\d{2}:?\d{2}|UTC)?
    [\])]?\s*[-–—:|,]?\s*
    (?P<rest>.*)$""",
    re.VERBOSE,
)
_KIND_PREFIX = re.compile(r"^\[?(?P<kind>[a-z]+)\]?\s*:?\s+(?P<rest>.+)$", re.IGNORECASE)
_YES = {"yes", "y", "true", "1", "x", "✓", "customer", "visible"}
_HEADER_WORDS = {"time", "when", "timestamp", "date"}


@dataclass
class PasteResult:
    events: list[TimelineEvent] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "line 3: no time at the start"


def parse_events(text: str, zone: str, *, default_date: dt.date | None = None) -> PasteResult:
    """Events from pasted text; lines that cannot be read become problems, not exceptions."""
    tz = ZoneInfo(zone)
    result = PasteResult()
    last_date = default_date
    lines = list(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    delimiter = _delimiter(lines)
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        if delimiter:
            cells = next(csv.reader(io.StringIO(line), delimiter=delimiter, skipinitialspace=True))
            if number == 1 and cells and cells[0].strip().lower() in _HEADER_WORDS:
                continue
            event, problem, last_date = _from_cells(cells, tz, last_date)
        else:
            event, problem, last_date = _from_line(line, tz, last_date)
        if event is not None:
            result.events.append(event)
        else:
            result.problems.append(f"line {number}: {problem}")
    return result


def _delimiter(lines: list[str]) -> str:
    """Tab or comma when every non-empty line has one right after its time; else none."""
    filled = [line for line in lines if line.strip()]
    for candidate in ("\t", ","):
        if filled and all(_cells_start_with_time(line, candidate) for line in filled[1:] or filled):
            return candidate
    return ""


def _cells_start_with_time(line: str, delimiter: str) -> bool:
    if delimiter not in line:
        return False
    first = line.split(delimiter, 1)[0].strip()
    match = _STAMP.match(first)
    return bool(match and not match.group("rest"))


def _from_cells(
    cells: list[str], tz: ZoneInfo, last_date: dt.date | None
) -> tuple[TimelineEvent | None, str, dt.date | None]:
    cells = [c.strip() for c in cells]
    when, problem, last_date = _moment(cells[0] if cells else "", tz, last_date)
    if when is None:
        return None, problem, last_date
    kind = EventKind.OTHER
    visible = False
    rest = cells[1:]
    if rest and _kind(rest[0]) is not None:
        kind = _kind(rest[0]) or EventKind.OTHER
        rest = rest[1:]
    if len(rest) > 1 and rest[0].lower() in _YES | {"no", "n", "false", "0", ""}:
        visible = rest[0].lower() in _YES
        rest = rest[1:]
    description = ", ".join(part for part in rest if part)
    return (
        TimelineEvent(time=when, kind=kind, customer_visible=visible, description=description),
        "",
        last_date,
    )


def _from_line(
    line: str, tz: ZoneInfo, last_date: dt.date | None
) -> tuple[TimelineEvent | None, str, dt.date | None]:
    match = _STAMP.match(line)
    if not match:
        return None, "no time at the start (write it as 2026-10-27 03:10)", last_date
    when, problem, last_date = _moment(line[: match.start("rest")].strip(), tz, last_date)
    if when is None:
        return None, problem, last_date
    rest = match.group("rest").strip()
    kind = EventKind.OTHER
    prefix = _KIND_PREFIX.match(rest)
    if prefix and _kind(prefix.group("kind")) is not None and (":" in rest or rest.startswith("[")):
        kind = _kind(prefix.group("kind")) or EventKind.OTHER
        rest = prefix.group("rest").strip()
    if not rest:
        return None, "a time but no description", last_date
    return TimelineEvent(time=when, kind=kind, description=rest), "", last_date


def _moment(
    text: str, tz: ZoneInfo, last_date: dt.date | None
) -> tuple[dt.datetime | None, str, dt.date | None]:
    match = _STAMP.match(text.strip("[]() "))
    if not match or match.group("rest").strip(" -–—:|,"):
        return None, f"{text!r} is not a time such as 2026-10-27 03:10", last_date
    if match.group("date"):
        try:
            day = dt.date.fromisoformat(match.group("date"))
        except ValueError:
            return None, f"{match.group('date')} is not a date", last_date
    elif last_date is not None:
        day = last_date
    else:
        return None, "a time without a date, and no earlier line gives one", last_date
    hours, minutes = (int(part) for part in match.group("time").split(":"))
    if hours > 23 or minutes > 59:
        return None, f"{match.group('time')} is not a time of day", last_date
    seconds = int(match.group("seconds") or 0)
    local = dt.datetime(day.year, day.month, day.day, hours, minutes, min(seconds, 59))
    offset = match.group("offset")
    if offset in ("Z", "UTC"):
        moment = local.replace(tzinfo=dt.UTC)
    elif offset:
        sign = 1 if offset[0] == "+" else -1
        digits = offset[1:].replace(":", "")
        delta = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        moment = local.replace(tzinfo=dt.timezone(sign * delta))
    else:
        moment = local.replace(tzinfo=tz)
    return moment, "", day


def _kind(word: str) -> EventKind | None:
    try:
        return EventKind(word.strip().lower())
    except ValueError:
        return None
