"""Plain chat text or notes: `[10:27] name: text`, `name 10:27 AM text`, `2021-06-08 09:47 text`.

Lines are read by `lines.read_lines`, the same reader as pasting into the
timeline. A time of day alone takes its date from a date line in the file,
from a date in the file's name (`2021-06-08.txt`), or from `--date`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from postmortem.importers.lines import read_lines
from postmortem.importers.result import Finding, Imported, ImportedEvent, Unplaced, Where, zone_label
from postmortem.importers.source import Options, read_text

_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")


def read_chat(path: Path, options: Options) -> Imported:
    text = read_text(path)
    day = options.day or file_date(path) or options.default_day
    read = read_lines(text, options.zone, default_date=day)
    result = Imported(sources=[str(path)], formats=["chat"], zone=options.zone)
    for entry in read.entries:
        naive = entry.time.tzinfo is not None and str(entry.time.tzinfo) == options.zone
        label = zone_label(entry.time, options.zone if naive else None)
        result.events.append(ImportedEvent(entry.event(), Where(str(path), entry.line), label))
    raw = text.split("\n")
    for number, problem in read.problems:
        where = Where(str(path), number)
        result.findings.append(Finding(where, problem))
        result.unplaced.append(Unplaced("timeline", raw[number - 1].strip(), where))
    return result


def file_date(path: Path) -> dt.date | None:
    """A date in the file's name, as chat archives are often named by day."""
    match = _DATE_IN_NAME.search(path.name)
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None
