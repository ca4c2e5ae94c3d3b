"""Reading one time stamp as people and tools write them.

`2026-10-27 03:10`, `2026-10-27T03:10:00-04:00`, `03:10`, `1:54 PM`,
`10:27 a.m.`, `2021-06-08 09:47 UTC`. A stamp with an offset keeps it; a
naive one is read in the zone given; a time of day takes the day given.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

# The time stamp at the start of a line; `rest` is what follows it.
STAMP = re.compile(
    r"""^\s*[\[(]?
    (?:(?P<date>\d{4}-\d{2}-\d{2})[ T]?)?
    (?P<time>\d{1,2}:\d{2})(?::(?P<seconds>\d{2})(?:\.\d+)?)?
    (?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?
    \s*(?P<offset>Z|[+-]\d{2}:?\d{2}|UTC|GMT)?
    [\])]?\s*[-–—:|,]?\s*
    (?P<rest>.*)$""",
    re.VERBOSE | re.DOTALL,
)
TIME_FORMS = "2026-10-27 03:10, 03:10, 1:54 PM, [10:27] name: text or name 10:27 AM text"


class ClockError(ValueError):
    """A stamp that looks like a time but is not one; the text says why in a few words."""


def read_stamp(match: re.Match[str], tz: dt.tzinfo, day: dt.date | None) -> tuple[dt.datetime, dt.date]:
    """The instant a `STAMP` match names, and the day it falls on (for the lines after it)."""
    if match.group("date"):
        try:
            day = dt.date.fromisoformat(match.group("date"))
        except ValueError:
            raise ClockError(f"{match.group('date')} is not a date") from None
    if day is None:
        raise ClockError("a time without a date, and no earlier line gives one")
    hours, minutes = (int(part) for part in match.group("time").split(":"))
    ampm = (match.group("ampm") or "").replace(".", "").lower()
    if ampm:
        if not 1 <= hours <= 12:
            raise ClockError(f"{match.group('time')} {match.group('ampm')} is not a time of day")
        hours = hours % 12 + (12 if ampm == "pm" else 0)
    if hours > 23 or minutes > 59:
        raise ClockError(f"{match.group('time')} is not a time of day")
    seconds = min(int(match.group("seconds") or 0), 59)
    local = dt.datetime(day.year, day.month, day.day, hours, minutes, seconds)
    fixed = offset_zone(match.group("offset"))
    if fixed is None:
        check_exists(local, tz)
    return local.replace(tzinfo=fixed or tz), day


def check_exists(local: dt.datetime, tz: dt.tzinfo) -> None:
    """Refuse a wall time the clocks skipped (02:30 on the night they go forward): never guess."""
    moment = local.replace(tzinfo=tz)
    if moment.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None) != local:
        raise ClockError(f"{local:%Y-%m-%d %H:%M} did not happen in {tz} (the clocks went forward)")


def offset_zone(offset: str | None) -> dt.tzinfo | None:
    if not offset:
        return None
    if offset in ("Z", "UTC", "GMT"):
        return dt.UTC
    sign = 1 if offset[0] == "+" else -1
    digits = offset[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def parse_instant(text: str, tz: dt.tzinfo, day: dt.date | None = None) -> tuple[dt.datetime, bool]:
    """One whole cell or field as an instant, and whether it was naive (read in `tz`).

    Raises ClockError saying what is wrong."""
    value = text.strip()
    if not value:
        raise ClockError("no time given")
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
    except ValueError:
        match = STAMP.match(value)
        if not match or match.group("rest").strip():
            raise ClockError(f"{value!r} is not a time such as 2026-10-27 03:10") from None
        return read_stamp(match, tz, day)[0], not match.group("offset")
    if moment.tzinfo is None:
        check_exists(moment, tz)
        return moment.replace(tzinfo=tz), True
    return moment, False


def after(moment: dt.datetime, previous: dt.datetime | None, *, time_only: bool) -> dt.datetime:
    """A naive local time placed sensibly after the one before it.

    In the hour a clock falls back, the second 01:10 comes after 01:50:
    take the later reading (fold=1). A time of day alone that is hours
    earlier than the line before it is on the next day (a log over midnight).
    """
    # Compare instants, not wall times: Python compares two datetimes of
    # one zone by their wall clock and ignores `fold`.
    if previous is None or _utc(moment) >= _utc(previous):
        return moment
    if isinstance(moment.tzinfo, ZoneInfo):
        later = moment.replace(fold=1)
        if later.utcoffset() != moment.utcoffset() and _utc(later) >= _utc(previous):
            return later
    if time_only and _utc(previous) - _utc(moment) > dt.timedelta(hours=6):
        return moment + dt.timedelta(days=1)
    return moment


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC)
