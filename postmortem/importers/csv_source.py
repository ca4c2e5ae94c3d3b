"""Timelines kept in a spreadsheet: CSV or TSV with a header row.

Columns are found by what their header means (`columns.EVENT_COLUMNS`), or
as mapped with `--columns time=When,description=Notes`. A separate date
column is joined to the time. Columns no field takes are kept in the
description, so nothing the writer typed is lost.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

from postmortem.errors import DocumentError
from postmortem.importers import kinds
from postmortem.importers.chat import file_date
from postmortem.importers.clock import ClockError, after, parse_instant
from postmortem.importers.columns import EVENT_COLUMNS, header_key, map_columns, zone_in_header
from postmortem.importers.result import (
    Finding,
    Imported,
    ImportedEvent,
    ImportedField,
    Unplaced,
    Where,
    zone_label,
)
from postmortem.importers.source import Options, read_text
from postmortem.model import EventKind, TimelineEvent

_HAS_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YES = {"yes", "y", "true", "1", "x", "✓", "public", "customer", "visible"}


def read_csv(path: Path, options: Options) -> Imported:
    text = read_text(path)
    delimiter = _delimiter(text)
    rows = list(csv.reader(text.split("\n"), delimiter=delimiter))
    result = Imported(sources=[str(path)], formats=["csv"], zone=options.zone)
    numbered = [(n, row) for n, row in enumerate(rows, start=1) if any(cell.strip() for cell in row)]
    if not numbered:
        raise DocumentError(path, "holds no rows", line=1)
    header_line, headers = numbered[0]
    known = {header_key(h) for h in headers}
    for name, header in options.columns.items():
        if header_key(header) not in known:
            raise DocumentError(
                path,
                f"--columns {name}={header}: no such column (headers: "
                f"{', '.join(h.strip() for h in headers)})",
                line=header_line,
            )
    columns, rest = map_columns(headers, EVENT_COLUMNS, options.columns)
    if "time" not in columns:
        raise DocumentError(
            path,
            f"no column holds the time (headers: {', '.join(h.strip() for h in headers)}); "
            "name it with --columns time=HEADER",
            line=header_line,
        )
    if "description" not in columns and rest:
        columns["description"] = rest.pop(0)
    header_zone = zone_in_header(headers[columns["time"]])
    # A header such as "When (UTC)" says how its times are meant; it wins over --zone.
    tz: dt.tzinfo = dt.UTC if header_zone else options.tz
    naive_zone = "UTC" if header_zone else options.zone
    previous: dt.datetime | None = None
    day = options.day or file_date(path) or options.default_day  # for rows with a time of day only
    for number, row in numbered[1:]:
        where = Where(str(path), number)

        def cell(name: str, row: list[str] = row) -> str:
            index = columns.get(name)
            return row[index].strip() if index is not None and index < len(row) else ""

        stamp = f"{cell('date')} {cell('time')}".strip() if cell("date") else cell("time")
        try:
            moment, naive = parse_instant(stamp, tz, day)
        except ClockError as error:
            result.findings.append(Finding(where, f"time {stamp!r} not read: {error}"))
            result.unplaced.append(Unplaced("timeline", delimiter.join(row), where))
            continue
        time_only = not _HAS_DATE.search(stamp)
        moment = after(moment, previous, time_only=time_only) if naive else moment
        previous = moment
        kind_word = cell("kind")
        kind = kinds.event_kind(kind_word) if kind_word else EventKind.OTHER
        extras = [
            f"{headers[i].strip()}: {row[i].strip()}" for i in rest if i < len(row) and row[i].strip()
        ]
        if kind_word and kind is None:
            extras.insert(0, f"{headers[columns['kind']].strip()}: {kind_word}")
        description = cell("description")
        visible = cell("customer_visible").casefold() in _YES
        author = cell("author")
        if visible and (author or extras):
            # Customers read this event: who logged it, and the sheet's other
            # columns, stay in the timeline's internal notes.
            private = "; ".join(([f"logged by {author}"] if author else []) + extras)
            note = f"{stamp}, {description!r}: {private}"
            result.fields.append(ImportedField(("timeline", "internal_notes"), note, where))
            author, extras = "", []
        if extras:
            description = f"{description} ({'; '.join(extras)})" if description else "; ".join(extras)
        if author:
            description = f"{author}: {description}"
        if not description:
            result.findings.append(Finding(where, "a time but no description; not imported"))
            result.unplaced.append(Unplaced("timeline", delimiter.join(row), where))
            continue
        event = TimelineEvent(
            time=moment, kind=kind or EventKind.OTHER, description=description, customer_visible=visible
        )
        result.events.append(ImportedEvent(event, where, zone_label(moment, naive_zone if naive else None)))
    return result


def _delimiter(text: str) -> str:
    first = next((line for line in text.split("\n") if line.strip()), "")
    if "\t" in first:
        return "\t"
    if first.count(";") > first.count(","):
        return ";"
    return ","
