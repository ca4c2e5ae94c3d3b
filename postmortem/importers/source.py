"""Reading a source file safely: size limits, text decoding, JSON with line numbers."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from postmortem.errors import DocumentError

MAX_BYTES = 256 * 2**20  # one source file; a year of a busy channel is far less


@dataclass
class Options:
    """What the writer told the importer: the zone for naive times, a date, column names."""

    zone: str = "UTC"
    day: dt.date | None = None
    columns: dict[str, str] = field(default_factory=dict)  # field -> header, e.g. time -> "When (PT)"
    zone_given: bool = False  # --zone was given (it then wins over a zone the source names)
    default_day: dt.date | None = None  # used when neither the source nor `day` gives a date

    @property
    def any_day(self) -> dt.date | None:
        return self.day or self.default_day

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(
                path, f"is {size // 2**20} MB; the limit for one source is {MAX_BYTES // 2**20} MB"
            )
        return path.read_bytes()
    except IsADirectoryError:
        raise DocumentError(path, "is a folder; give a file, or a Slack export folder") from None
    except OSError as error:
        raise DocumentError(path, f"cannot read: {error.strerror or error}") from None


def decode(raw: bytes, name: str | Path) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise DocumentError(name, "is not UTF-8 text (save it as UTF-8 and try again)", line=line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path) -> str:
    return decode(read_bytes(path), path)


def parse_json(text: str, name: str | Path) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise DocumentError(name, f"is not valid JSON: {error.msg}", line=error.lineno) from None
    except RecursionError:
        raise DocumentError(name, "is nested too deeply to be an export") from None
