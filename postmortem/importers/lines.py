"""Timeline events from lines of text: pasted notes, chat logs, spreadsheet rows.

The one reader behind pasting into the timeline and `postmortem import
--from chat`. No Qt. Accepted shapes (a time without an offset is read in
the zone given; a time of day alone takes the date of the line before, or
the default date):

    2026-10-27 03:10 Primary drive failed
    2026-10-27T03:10:00-04:00 detection: Alert fired for disk latency
    03:10 Rebuild started                 1:54 PM resolution: S3 operating normally
    [10:27] jdoe: Rolling back            jdoe 10:27 AM Rolling back
    [10:27] <jdoe> Rolling back           2026-10-27  (a date alone sets the day)
    2026-10-27 03:10,detection,yes,Alert fired     (CSV, or tab-separated)
    time,kind,customer_visible,description         (an optional header row)

A chat author is a person: the event keeps the name at the start of its
description, and the event is internal-only.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from postmortem.importers.clock import STAMP, TIME_FORMS, ClockError, after, read_stamp
from postmortem.model import EventKind, TimelineEvent

_KIND_PREFIX = re.compile(r"^\[?(?P<kind>[a-z]+)\]?\s*:?\s+(?P<rest>.+)$", re.IGNORECASE | re.DOTALL)
_NAME_FIRST = re.compile(
    r"^(?P<name>@?[^\W\d][\w.@'-]{0,39})\s+(?P<stamp>\[?\d{1,2}:\d{2}\b.*)$", re.DOTALL
)
_SPEAKER = re.compile(
    r"^(?:<(?P<angled>[^<>\s]{1,40})>|(?P<name>@?[^\W\d][\w.@'-]{0,39}):)\s*(?P<text>.*)$", re.DOTALL
)
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YES = {"yes", "y", "true", "1", "x", "✓", "customer", "visible"}
_HEADER_WORDS = {"time", "when", "timestamp", "date"}
NOT_A_LINE = f"no time at the start (understood: {TIME_FORMS})"


@dataclass
class Entry:
    """One event read from one line (or a chat header and the line after it)."""

    line: int
    time: dt.datetime
    text: str
    kind: EventKind = EventKind.OTHER
    customer_visible: bool = False
    author: str = ""

    def event(self) -> TimelineEvent:
        description = f"{self.author}: {self.text}" if self.author else self.text
        return TimelineEvent(
            time=self.time, kind=self.kind, customer_visible=self.customer_visible, description=description
        )


@dataclass
class LinesResult:
    entries: list[Entry] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line number, what is wrong)


@dataclass
class PasteResult:
    events: list[TimelineEvent] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "line 3: no time at the start ..."


def parse_events(text: str, zone: str, *, default_date: dt.date | None = None) -> PasteResult:
    """Events from pasted text; lines that cannot be read become problems, not exceptions."""
    read = read_lines(text, zone, default_date=default_date)
    return PasteResult(
        events=[entry.event() for entry in read.entries],
        problems=[f"line {number}: {problem}" for number, problem in read.problems],
    )


def read_lines(text: str, zone: str, *, default_date: dt.date | None = None) -> LinesResult:
    tz = ZoneInfo(zone)
    reader = _Reader(tz, default_date)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    delimiter = _delimiter(lines)
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        if delimiter:
            cells = next(csv.reader(io.StringIO(line), delimiter=delimiter, skipinitialspace=True))
            if number == 1 and cells and cells[0].strip().lower() in _HEADER_WORDS:
                continue
            reader.cells(number, [c.strip() for c in cells])
        else:
            reader.line(number, line)
    reader.finish()
    return reader.result


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
    match = STAMP.match(line.split(delimiter, 1)[0].strip())
    return bool(match and not match.group("rest"))


def kind_of(word: str) -> EventKind | None:
    try:
        return EventKind(word.strip().lower())
    except ValueError:
        return None


class _Reader:
    def __init__(self, tz: ZoneInfo, default_date: dt.date | None) -> None:
        self.tz = tz
        self.day = default_date
        self.previous: dt.datetime | None = None
        self.result = LinesResult()
        self.waiting: Entry | None = None  # a chat header whose text is on the next line

    def finish(self) -> None:
        if self.waiting is not None:
            self.result.problems.append((self.waiting.line, "a time but no description"))
            self.waiting = None

    def _moment(self, match: re.Match[str]) -> dt.datetime:
        moment, self.day = read_stamp(match, self.tz, self.day)
        moment = after(moment, self.previous, time_only=not match.group("date"))
        self.previous, self.day = moment, moment.date()
        return moment

    def cells(self, number: int, cells: list[str]) -> None:
        match = STAMP.match(cells[0] if cells else "")
        if not match or match.group("rest").strip(" -–—:|,"):
            self.result.problems.append(
                (number, f"{cells[0] if cells else ''!r} is not a time such as 2026-10-27 03:10")
            )
            return
        try:
            moment = self._moment(match)
        except ClockError as error:
            self.result.problems.append((number, str(error)))
            return
        entry = Entry(number, moment, "")
        rest = cells[1:]
        if rest and kind_of(rest[0]) is not None:
            entry.kind = kind_of(rest[0]) or EventKind.OTHER
            rest = rest[1:]
        if len(rest) > 1 and rest[0].lower() in _YES | {"no", "n", "false", "0", ""}:
            entry.customer_visible = rest[0].lower() in _YES
            rest = rest[1:]
        entry.text = ", ".join(part for part in rest if part)
        self.result.entries.append(entry)

    def line(self, number: int, line: str) -> None:
        if self.waiting is not None and not STAMP.match(line) and not _NAME_FIRST.match(line):
            entry, self.waiting = self.waiting, None
            self._finish_text(entry, line)
            return
        self.finish()
        if _DATE_ONLY.match(line):
            try:
                self.day = dt.date.fromisoformat(line)
            except ValueError:
                self.result.problems.append((number, f"{line} is not a date"))
            return
        author = ""
        match = STAMP.match(line)
        bracketed = line.startswith(("[", "("))
        if not match and (first := _NAME_FIRST.match(line)):
            author, match = first.group("name"), STAMP.match(first.group("stamp"))
        if not match:
            self.result.problems.append((number, NOT_A_LINE))
            return
        try:
            moment = self._moment(match)
        except ClockError as error:
            self.result.problems.append((number, str(error)))
            return
        rest = match.group("rest").strip()
        if (
            bracketed
            and not author
            and (speaker := _SPEAKER.match(rest))
            and not kind_of(speaker.group("name") or "x")
        ):
            author = speaker.group("angled") or speaker.group("name")
            rest = speaker.group("text").strip()
        entry = Entry(number, moment, "", author=author.lstrip("@"))
        if not rest and author:
            self.waiting = entry  # Slack's copy puts "name  10:27 AM" above the message
            return
        self._finish_text(entry, rest)

    def _finish_text(self, entry: Entry, rest: str) -> None:
        prefix = _KIND_PREFIX.match(rest)
        if prefix and kind_of(prefix.group("kind")) is not None and (":" in rest or rest.startswith("[")):
            entry.kind = kind_of(prefix.group("kind")) or EventKind.OTHER
            rest = prefix.group("rest").strip()
        if not rest:
            self.result.problems.append((entry.line, "a time but no description"))
            return
        entry.text = rest
        self.result.entries.append(entry)
