"""The one exception the core raises for bad input, and how it names a field."""

from __future__ import annotations

import os
import re

from postmortem.limits import MAX_MESSAGE_CHARS, MAX_QUOTED_CHARS

Location = tuple[str | int, ...]

# A run of text without spaces longer than a value is worth quoting in full:
# a 100,000-digit number, a pasted token, a line of one repeated character.
# File paths (with a separator) stay whole; the overall cap still bounds them.
_LONG_RUN = re.compile(rf"[^\s/\\]{{{MAX_QUOTED_CHARS + 1},}}")


def _bounded(reason: str) -> str:
    """One line of bounded length: long runs cut in the middle of the message, the whole capped."""
    text = _LONG_RUN.sub(lambda m: m.group()[: MAX_QUOTED_CHARS - 1] + "…", " ".join(reason.split()))
    return text if len(text) <= MAX_MESSAGE_CHARS else text[: MAX_MESSAGE_CHARS - 1] + "…"


class DocumentError(Exception):
    """A document could not be read, validated, saved or exported.

    `str(error)` is always one line, naming the file and, where known, the
    line and the field: ``incident.postmortem:42: timeline.events[3].time: ...``.
    The reason is kept short whatever it quotes (see `postmortem.limits`).
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None,
        reason: str,
        *,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = str(path) if path is not None else None
        self.reason = _bounded(reason)
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
