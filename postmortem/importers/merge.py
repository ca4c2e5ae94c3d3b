"""Putting what was imported into a document: duplicates skipped, nothing dropped.

An event is a duplicate of one already in the timeline when it happened at
the same instant (to the minute) and says the same thing, or nearly: case,
spacing and punctuation aside, or one text is the other with a few words
more. An action item is a duplicate when its title says the same. So
importing the same source twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from postmortem.importers.result import Imported, ImportedEvent, Unplaced
from postmortem.model import SECTION_TITLES, Document, TimelineEvent
from postmortem.text import clean_markdown

_WORDS = re.compile(r"\w+")
_SIMILAR = 0.9


@dataclass
class Report:
    events: int = 0
    actions: int = 0
    sections: set[str] = field(default_factory=set)
    duplicates: int = 0
    placed: list[str] = field(default_factory=list)  # "summary.text <- incident.md:5"
    unplaced: list[str] = field(default_factory=list)  # "timeline.internal_notes <- chat.txt:12"
    findings: list[str] = field(default_factory=list)
    zone: str = "UTC"

    def lines(self) -> list[str]:
        out = [
            f"imported {self.events} event{'s' * (self.events != 1)}, {self.actions} action "
            f"item{'s' * (self.actions != 1)} and {len(self.sections)} "
            f"section{'s' * (len(self.sections) != 1)}; "
            f"skipped {self.duplicates} duplicate{'s' * (self.duplicates != 1)}",
            f"times without an offset were read in {self.zone}",
        ]
        out += [f"placed: {line}" for line in self.placed]
        out += [f"not placed, kept in {line}" for line in self.unplaced]
        out += [f"finding: {line}" for line in self.findings]
        return out


def _normal(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def _minute(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC).replace(second=0, microsecond=0)


def near_identical(a: str, b: str) -> bool:
    return _close(_normal(a), _normal(b))


def _close(first: str, second: str) -> bool:
    if first == second:
        return True
    if not first or not second:
        return False
    matcher = difflib.SequenceMatcher(None, first, second, autojunk=False)
    # The quick bounds rule most pairs out before the full comparison.
    return matcher.real_quick_ratio() >= _SIMILAR and matcher.quick_ratio() >= _SIMILAR and (
        matcher.ratio() >= _SIMILAR
    )


class _Seen:
    """Events already in the document, by minute and normalised text, for a quick duplicate test."""

    def __init__(self, events: list[TimelineEvent]) -> None:
        self.by_minute: dict[dt.datetime, set[str]] = {}
        for event in events:
            self.add(event)

    def add(self, event: TimelineEvent) -> None:
        self.by_minute.setdefault(_minute(event.time), set()).add(_normal(event.description))

    def has(self, event: TimelineEvent) -> bool:
        texts = self.by_minute.get(_minute(event.time))
        if not texts:
            return False
        text = _normal(event.description)
        return text in texts or any(_close(text, other) for other in texts)


def apply(document: Document, imported: Imported) -> Report:
    """Merge `imported` into `document` in place and say what happened.

    Duplicates are looked for among the events that were there before and
    those of earlier sources; one source's own repeated lines are kept.
    The timeline is sorted by instant when events are merged (into a
    timeline that had some, or from several sources); one source into an
    empty timeline keeps its order, so an export reads back as it was.
    """
    report = Report(zone=imported.zone, findings=[str(f) for f in imported.findings])
    had_events = bool(document.timeline.events)
    seen = _Seen(document.timeline.events)
    added: list[TimelineEvent] = []
    per_source: dict[str, int] = {}
    source: str | None = None
    batch: list[ImportedEvent] = []
    for item in [*imported.events, None]:
        if item is None:
            break
        if item.where.path != source:
            for done in batch:
                seen.add(done.event)
            batch = []
            source = item.where.path
        if seen.has(item.event):
            report.duplicates += 1
            continue
        batch.append(item)
        added.append(item.event)
        per_source[item.where.path] = per_source.get(item.where.path, 0) + 1
    if added:
        events = [*document.timeline.events, *added]
        if had_events or len({item.where.path for item in imported.events}) > 1:
            events.sort(key=lambda event: event.time.astimezone(dt.UTC))
        document.timeline.events = events
        report.events = len(added)
        report.sections.add("timeline")
        for path, count in per_source.items():
            report.placed.append(f"timeline.events <- {path} ({count} event{'s' * (count != 1)})")
    titles = {_normal(item.title) for item in document.action_items.items}
    new_items = []
    for action in imported.actions:
        if _normal(action.item.title) in titles:
            report.duplicates += 1
            continue
        new_items.append(action.item)
        report.placed.append(f"action_items.items <- {action.where}")
    if new_items:
        document.action_items.items = [*document.action_items.items, *new_items]
        report.actions = len(new_items)
        report.sections.add("action_items")
    for imported_field in imported.fields:
        changed = _set_field(document, imported_field.path, imported_field.value, report)
        if changed:
            report.sections.add(imported_field.path[0])
            report.placed.append(f"{'.'.join(imported_field.path)} <- {imported_field.where}")
    for note in imported.unplaced:
        _keep_unplaced(document, note, report)
    return report


def _set_field(document: Document, path: tuple[str, ...], value: Any, report: Report) -> bool:
    owner: Any = document
    for part in path[:-1]:
        owner = getattr(owner, part)
    name = path[-1]
    current = getattr(owner, name)
    if isinstance(current, list):
        if not current:
            setattr(owner, name, list(value))
            return bool(value)
        fresh = [v for v in value if v not in current]
        report.duplicates += len(value) - len(fresh)
        if fresh:
            setattr(owner, name, [*current, *fresh])
        return bool(fresh)
    if current == value:
        report.duplicates += 1
        return False
    default = getattr(type(owner)(), name)
    if current == default:
        setattr(owner, name, value)
        return True
    if _is_markdown(type(owner), name) and isinstance(value, str):
        if _normal(value) in _normal(current):
            report.duplicates += 1
            return False
        setattr(owner, name, f"{current}\n\n{value}")
        return True
    report.findings.append(f"{'.'.join(path)}: kept {current!s}; the source says {value!s}")
    return False


def _is_markdown(model: type[BaseModel], name: str) -> bool:
    metadata = model.model_fields[name].metadata
    return any(getattr(m, "func", None) is clean_markdown for m in metadata)


def _keep_unplaced(document: Document, note: Unplaced, report: Report) -> None:
    section = getattr(document, note.section)
    text = f"Imported from {note.where}, not placed:\n\n{note.text.strip()}"
    if _normal(note.text) in _normal(section.internal_notes):
        report.duplicates += 1
        return
    section.internal_notes = f"{section.internal_notes}\n\n{text}" if section.internal_notes else text
    report.sections.add(note.section)
    report.unplaced.append(f"{note.section}.internal_notes <- {note.where}")


def section_title(name: str) -> str:
    return SECTION_TITLES.get(name, name)
