"""The one exception the core raises for bad input, and how it names a field."""

from __future__ import annotations

from pathlib import Path

Location = tuple[str | int, ...]


class DocumentError(Exception):
    """A document could not be read, validated, saved or exported.

    `str(error)` is always one line, naming the file and, where known, the
    line and the field: ``incident.postmortem:42: timeline.events[3].time: ...``.
    """

    def __init__(
        self,
        path: str | Path | None,
        reason: str,
        *,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = str(path) if path is not None else None
        self.reason = " ".join(reason.split())
        self.line = line
        self.field = field
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = self.path or "<document>"
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            where += f": {self.field}"
        return f"{where}: {self.reason}"


def format_location(loc: Location) -> str:
    """('timeline', 'events', 3, 'time') -> 'timeline.events[3].time'."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
