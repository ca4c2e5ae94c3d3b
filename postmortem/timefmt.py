"""Times as readers want them: in the document's zone, with the zone stated.

English wording only for now; every exported time goes through here so a
later translation has one place to change.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo


def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def localise(instant: dt.datetime, tz_name: str) -> dt.datetime:
    return instant.astimezone(zone(tz_name))


def utc_offset(local: dt.datetime) -> str:
    """'UTC−4', 'UTC+5:30', 'UTC' (with a real minus sign)."""
    offset = local.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "\u2212"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{mins:02d}" if mins else "")


def place_name(tz_name: str) -> str:
    """'America/New_York' -> 'New York'; 'UTC' -> 'UTC'."""
    return tz_name.rsplit("/", 1)[-1].replace("_", " ")


def zone_label(instant: dt.datetime, tz_name: str) -> str:
    """'New York time (EDT, UTC−4)' for letters; 'UTC' for UTC."""
    local = localise(instant, tz_name)
    offset = utc_offset(local)
    if tz_name in ("UTC", "Etc/UTC"):
        return "UTC"
    abbreviation = local.tzname() or ""
    detail = f"{abbreviation}, {offset}" if abbreviation and abbreviation[0].isalpha() else offset
    return f"{place_name(tz_name)} time ({detail})"


def short_zone(instant: dt.datetime, tz_name: str) -> str:
    """'EDT' where the zone has a letter abbreviation, else 'UTC−4'."""
    local = localise(instant, tz_name)
    abbreviation = local.tzname() or ""
    return abbreviation if abbreviation[:1].isalpha() else utc_offset(local)


def table_time(instant: dt.datetime, tz_name: str) -> str:
    """'2026-10-27 03:10 EDT': sortable, equal width, zone visible."""
    local = localise(instant, tz_name)
    return f"{local:%Y-%m-%d %H:%M} {short_zone(instant, tz_name)}"


def long_date(day: dt.date) -> str:
    """'Tuesday 27 October 2026'."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def letter_date(day: dt.date) -> str:
    """'27 October 2026'."""
    return f"{day.day} {day:%B %Y}"


def moment(instant: dt.datetime, tz_name: str, *, with_zone: bool = True) -> str:
    """'Tuesday 27 October 2026 at 03:10 New York time (EDT, UTC−4)'."""
    local = localise(instant, tz_name)
    text = f"{long_date(local.date())} at {local:%H:%M}"
    return f"{text} {zone_label(instant, tz_name)}" if with_zone else text


def window(start: dt.datetime, end: dt.datetime | None, tz_name: str) -> str:
    """A time window in one phrase, the zone stated once.

    'Tuesday 27 October 2026, 03:10 to Wednesday 28 October 2026, 09:40
    New York time (EDT, UTC−4)'; same-day windows name the day once.
    """
    first = localise(start, tz_name)
    if end is None:
        return f"since {long_date(first.date())}, {first:%H:%M} {zone_label(start, tz_name)}"
    last = localise(end, tz_name)
    if utc_offset(first) != utc_offset(last):
        # A clock change in between: each end names its own offset, or
        # "01:30 to 02:00" would read as half an hour when it was ninety minutes.
        begin = f"{first:%H:%M} {short_zone(start, tz_name)}"
        finish = f"{last:%H:%M} {short_zone(end, tz_name)}"
        place = f" ({place_name(tz_name)} time)"
        if first.date() == last.date():
            return f"{long_date(first.date())}, {begin} to {finish}{place}"
        return f"{long_date(first.date())}, {begin} to {long_date(last.date())}, {finish}{place}"
    label = zone_label(start, tz_name)
    if first.date() == last.date():
        return f"{long_date(first.date())}, {first:%H:%M} to {last:%H:%M} {label}"
    return f"{long_date(first.date())}, {first:%H:%M} to {long_date(last.date())}, {last:%H:%M} {label}"


def zone_title(tz_name: str, year: int) -> str:
    """'New York time (EST/EDT)': the zone by its place and the names its clocks use in `year`.

    For report headers, where one name must cover every time in the
    document; 'UTC' for UTC, offsets for zones without letter names.
    """
    if tz_name in ("UTC", "Etc/UTC"):
        return "UTC"
    names: list[tuple[dt.timedelta, str]] = []
    for month in (1, 7):
        instant = dt.datetime(year, month, 15, 12, tzinfo=dt.UTC)
        offset = localise(instant, tz_name).utcoffset() or dt.timedelta(0)
        names.append((offset, short_zone(instant, tz_name)))
    # Standard time (the smaller offset) first, whichever hemisphere.
    shown = list(dict.fromkeys(name for _offset, name in sorted(names)))
    return f"{place_name(tz_name)} time ({'/'.join(shown)})"
