"""Times as readers want them: in the document's zone, with the zone stated, in the document's language.

Every exported time goes through here. Dates, clocks and zone names come
from Babel's CLDR data for the language ("Dienstag, 8. Juni 2021",
"Nordamerikanische Ostküsten-Sommerzeit"); the words that join them
("to", "since", "at") from the product's catalog. English keeps the
product's own house style, which CLDR's English differs from in small ways
readers noticed: no comma after the weekday, a 24-hour clock, and the zone
named by its place ("New York time (EDT, UTC−4)").
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from postmortem.i18n import is_english, locale_for, translator

# Babel's date formatting (and its CLDR data) is imported by the functions that need it:
# English clocks, offsets and zone labels need none of it, and the app's date fields
# import this module before its window is on screen.

_UTC = ("UTC", "Etc/UTC")


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


def place_name(tz_name: str, language: str = "en") -> str:
    """'America/New_York' -> 'New York' ('ニューヨーク' in Japanese); 'UTC' -> 'UTC'."""
    if tz_name in _UTC:
        return "UTC"
    if not is_english(language):
        from babel.dates import get_timezone_location

        city = get_timezone_location(zone(tz_name), locale=locale_for(language), return_city=True)
        if city:
            return str(city)
    return tz_name.rsplit("/", 1)[-1].replace("_", " ")


def _cldr_zone(when: dt.datetime | ZoneInfo, language: str) -> str:
    """The zone's CLDR name ('Mitteleuropäische Sommerzeit' for a moment, '…zeit' for the zone),
    or the place's: CLDR has names only for zones in a metazone."""
    from babel.dates import get_timezone_name

    name = str(get_timezone_name(when, "long", locale=locale_for(language)))
    if name.startswith(("GMT", "UTC")) or any(ch.isdigit() for ch in name):
        tz = when if isinstance(when, ZoneInfo) else when.tzinfo
        key = getattr(tz, "key", "UTC")
        return translator(language).gettext("{place} time").format(place=place_name(key, language))
    return name


def zone_label(instant: dt.datetime, tz_name: str, language: str = "en") -> str:
    """'New York time (EDT, UTC−4)' for letters; 'UTC' for UTC.

    Other languages: CLDR's name for the zone at that moment and the offset,
    'Nordamerikanische Ostküsten-Sommerzeit (UTC−4)'.
    """
    local = localise(instant, tz_name)
    offset = utc_offset(local)
    if tz_name in _UTC:
        return "UTC"
    tr = translator(language)
    if not is_english(language):
        label = tr.pgettext("zone", "{zone} ({offset})")
        return label.format(zone=_cldr_zone(local, language), offset=offset)
    abbreviation = local.tzname() or ""
    detail = f"{abbreviation}, {offset}" if abbreviation and abbreviation[0].isalpha() else offset
    return tr.gettext("{place} time ({detail})").format(place=place_name(tz_name), detail=detail)


def short_zone(instant: dt.datetime, tz_name: str, language: str = "en") -> str:
    """'EDT' where the zone has a letter abbreviation, else 'UTC−4'.

    Letter abbreviations are English (CLDR gives most languages none), so
    other languages always show the offset.
    """
    local = localise(instant, tz_name)
    abbreviation = local.tzname() or ""
    if abbreviation[:1].isalpha() and (is_english(language) or abbreviation == "UTC"):
        return abbreviation
    return utc_offset(local)


def clock(instant: dt.datetime, tz_name: str, language: str = "en") -> str:
    """'03:10' (24-hour in English; the locale's own clock elsewhere, '2:47 ص' in Arabic)."""
    local = localise(instant, tz_name)
    if is_english(language):
        return f"{local:%H:%M}"
    from babel.dates import format_time

    return str(format_time(local, "short", tzinfo=local.tzinfo, locale=locale_for(language)))


def table_time(instant: dt.datetime, tz_name: str, language: str = "en") -> str:
    """'2026-10-27 03:10 EDT': sortable, equal width, zone visible (the same in every language)."""
    local = localise(instant, tz_name)
    return f"{local:%Y-%m-%d %H:%M} {short_zone(instant, tz_name, language)}"


def long_date(day: dt.date, language: str = "en") -> str:
    """'Tuesday 27 October 2026'; 'Dienstag, 27. Oktober 2026'."""
    from babel.dates import format_date

    locale = locale_for(language)
    return str(format_date(day, "EEEE d MMMM y" if is_english(language) else "full", locale=locale))


def letter_date(day: dt.date, language: str = "en") -> str:
    """'27 October 2026'; '27. Oktober 2026'; '2026年10月27日'."""
    from babel.dates import format_date

    locale = locale_for(language)
    return str(format_date(day, "d MMMM y" if is_english(language) else "long", locale=locale))


def short_day(local: dt.datetime, language: str = "en") -> str:
    """'Wed 28 Oct'; 'Mi., 28. Okt.'; '10月28日(水)'."""
    from babel.dates import format_date, format_skeleton

    locale = locale_for(language)
    if is_english(language):
        return str(format_date(local, "EEE d MMM", locale=locale))
    return str(format_skeleton("MMMEd", local, locale=locale))


def stamp(instant: dt.datetime, tz_name: str, language: str = "en") -> str:
    """'Tuesday 27 October 2026, 03:10': a date and a clock, no zone."""
    local = localise(instant, tz_name)
    return translator(language).pgettext("date and time", "{date}, {time}").format(
        date=long_date(local.date(), language), time=clock(instant, tz_name, language)
    )


def moment(instant: dt.datetime, tz_name: str, *, with_zone: bool = True, language: str = "en") -> str:
    """'Tuesday 27 October 2026 at 03:10 New York time (EDT, UTC−4)'."""
    local = localise(instant, tz_name)
    tr = translator(language)
    date, time = long_date(local.date(), language), clock(instant, tz_name, language)
    if not with_zone:
        return tr.gettext("{date} at {time}").format(date=date, time=time)
    return tr.gettext("{date} at {time} {zone}").format(
        date=date, time=time, zone=zone_label(instant, tz_name, language)
    )


def window(start: dt.datetime, end: dt.datetime | None, tz_name: str, language: str = "en") -> str:
    """A time window in one phrase, the zone stated once.

    'Tuesday 27 October 2026, 03:10 to Wednesday 28 October 2026, 09:40
    New York time (EDT, UTC−4)'; same-day windows name the day once.
    """
    tr = translator(language)
    first = localise(start, tz_name)
    if end is None:
        return tr.gettext("since {start} {zone}").format(
            start=stamp(start, tz_name, language), zone=zone_label(start, tz_name, language)
        )
    last = localise(end, tz_name)
    same_day = first.date() == last.date()
    day = long_date(first.date(), language)
    if utc_offset(first) != utc_offset(last):
        # A clock change in between: each end names its own offset, or
        # "01:30 to 02:00" would read as half an hour when it was ninety minutes.
        begin = f"{clock(start, tz_name, language)} {short_zone(start, tz_name, language)}"
        finish = f"{clock(end, tz_name, language)} {short_zone(end, tz_name, language)}"
        # English names the place in parentheses; other catalogs place CLDR's name themselves.
        if is_english(language):
            place = tr.gettext("({place} time)").format(place=place_name(tz_name, language))
        else:
            place = _cldr_zone(zone(tz_name), language)
        if same_day:
            return tr.gettext("{date}, {start} to {end} {zone}").format(
                date=day, start=begin, end=finish, zone=place
            )
        return tr.gettext("{start} to {end} {zone}").format(
            start=tr.pgettext("date and time", "{date}, {time}").format(date=day, time=begin),
            end=tr.pgettext("date and time", "{date}, {time}").format(
                date=long_date(last.date(), language), time=finish
            ),
            zone=place,
        )
    label = zone_label(start, tz_name, language)
    if same_day:
        return tr.gettext("{date}, {start} to {end} {zone}").format(
            date=day, start=clock(start, tz_name, language), end=clock(end, tz_name, language), zone=label
        )
    return tr.gettext("{start} to {end} {zone}").format(
        start=stamp(start, tz_name, language), end=stamp(end, tz_name, language), zone=label
    )


def zone_title(tz_name: str, year: int, language: str = "en") -> str:
    """'New York time (EST/EDT)': the zone by its place and the names its clocks use in `year`.

    For report headers, where one name must cover every time in the
    document; 'UTC' for UTC, offsets for zones without letter names.
    Other languages: CLDR's generic name and the offsets,
    'Nordamerikanische Ostküstenzeit (UTC−5/UTC−4)'.
    """
    if tz_name in _UTC:
        return "UTC"
    names: list[tuple[dt.timedelta, str]] = []
    for month in (1, 7):
        instant = dt.datetime(year, month, 15, 12, tzinfo=dt.UTC)
        offset = localise(instant, tz_name).utcoffset() or dt.timedelta(0)
        names.append((offset, short_zone(instant, tz_name, language)))
    # Standard time (the smaller offset) first, whichever hemisphere.
    shown = "/".join(dict.fromkeys(name for _offset, name in sorted(names)))
    tr = translator(language)
    if not is_english(language):
        # One offset all year: the zone's specific name (CLDR has no generic one for some, such as India).
        named: dt.datetime | ZoneInfo = zone(tz_name) if "/" in shown else localise(instant, tz_name)
        return tr.pgettext("zone", "{zone} ({offset})").format(zone=_cldr_zone(named, language), offset=shown)
    return tr.gettext("{place} time ({detail})").format(place=place_name(tz_name), detail=shown)
