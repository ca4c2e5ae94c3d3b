"""What an importer found in its sources, before it touches any document.

Every piece of the source ends up in exactly one place: an event, an action
item, a field, a note that could not be placed (it goes to the nearest
section's internal notes), or a finding naming the file and line. The app's
Import dialog shows these as rows the writer may untick.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from postmortem.model import ActionItem, TimelineEvent


@dataclass
class Where:
    """A place in a source: a file and, where known, the line (or message number)."""

    path: str
    line: int | None = None
    item: str = ""  # where a line means little: "message 12" of a JSON export

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{text} ({self.item})" if self.item else text


@dataclass
class ImportedEvent:
    event: TimelineEvent
    where: Where
    zone: str  # how its time was read: "UTC", "+02:00" (the source's offset) or "Europe/Berlin (assumed)"


@dataclass
class ImportedAction:
    item: ActionItem
    where: Where


@dataclass
class ImportedField:
    """A value for one field: `path` such as ("summary", "text") or ("lessons", "went_well")."""

    path: tuple[str, ...]
    value: Any
    where: Where


@dataclass
class Unplaced:
    """Text the importer could not give a meaning to; it lands in `section`'s internal notes."""

    section: str
    text: str
    where: Where


@dataclass
class Finding:
    where: Where
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class Imported:
    """Everything read from one or more sources, in source order."""

    sources: list[str] = field(default_factory=list)
    formats: list[str] = field(default_factory=list)
    zone: str = "UTC"  # the zone naive times were read in
    events: list[ImportedEvent] = field(default_factory=list)
    actions: list[ImportedAction] = field(default_factory=list)
    fields: list[ImportedField] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def extend(self, other: Imported) -> None:
        self.sources += other.sources
        self.formats += other.formats
        self.events += other.events
        self.actions += other.actions
        self.fields += other.fields
        self.unplaced += other.unplaced
        self.findings += other.findings

    @property
    def row_count(self) -> int:
        return len(self.events) + len(self.actions) + len(self.fields) + len(self.unplaced)


def zone_label(moment: dt.datetime, naive_zone: str | None) -> str:
    """How a time was read, for the report and the preview's Zone column."""
    if naive_zone is not None:
        return f"{naive_zone} (assumed)"
    offset = moment.utcoffset() or dt.timedelta(0)
    if not offset:
        return "UTC"
    sign = "+" if offset >= dt.timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
