"""The timeline as a table: time (in the document's zone), kind, customer-visible, description.

Rows are the document's event list, which the model keeps in time order:
new events go where their time belongs and editing a time moves the event
with it, in the same undo step. Events at the same minute keep the order
the writer gives them, so "move up/down" reorders only among those.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from postmortem import timefmt
from postmortem.editing import Path
from postmortem.i18n.labels import event_kind_label
from postmortem.model import Document, EventKind, TimelineEvent
from ui.document_controller import DocumentController
from ui.i18n.languages import translate, value_names
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.models.list_model import Column, DocumentListModel, Index
from ui.models.problems import ProblemMarks

EVENTS: Path = ("timeline", "events")
TIME, KIND, VISIBLE, DESCRIPTION = range(4)
KEY_KINDS = {EventKind.TRIGGER, EventKind.DETECTION, EventKind.MITIGATION, EventKind.RESOLUTION}


def incident_moment(document: Document) -> dt.datetime | None:
    """The first moment of the incident the document knows, where a new time should start."""
    impact = document.impact
    if impact.start is not None:
        return impact.start
    if document.timeline.events:
        return min(e.time for e in document.timeline.events)
    known = [t for t in (impact.data_loss_start, impact.end, impact.data_loss_end) if t is not None]
    return min(known) if known else None


class TimelineModel(DocumentListModel):
    """Timeline events, one row each, in time order."""

    columns = (
        Column(
            "time",
            QT_TRANSLATE_NOOP("Columns", "Time"),
            tooltip=QT_TRANSLATE_NOOP("Columns", "When it happened, in the document's time zone"),
        ),
        Column(
            "kind",
            QT_TRANSLATE_NOOP("Columns", "Kind"),
            tooltip=QT_TRANSLATE_NOOP(
                "Columns", "Trigger, detection, mitigation and resolution give the key durations"
            ),
        ),
        Column(
            "customer_visible",
            QT_TRANSLATE_NOOP("Columns", "Customer-visible"),
            tooltip=QT_TRANSLATE_NOOP("Columns", "Checked events may appear in the letter"),
        ),
        Column("description", QT_TRANSLATE_NOOP("Columns", "Description")),
    )
    editor_kinds = ("datetime", "choice", "check", "text")

    def __init__(self, controller: DocumentController, parent: Any = None) -> None:
        super().__init__(controller, EVENTS, parent)
        self.problems = ProblemMarks(self, controller, EVENTS)
        self.kind_name = value_names(event_kind_label)  # the kinds in the interface's words

    @property
    def zone(self) -> str:
        return self.controller.document.meta.time_zone

    def header_text(self, column: Column) -> str:
        if column.field == "time":
            return translate("Columns", "Time (%1)").replace("%1", self.zone)
        return super().header_text(column)

    def choices(self, column: int) -> list[tuple[str, Any]]:
        return [(self.kind_name(kind.value), kind) for kind in EventKind] if column == KIND else []

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == VISIBLE:
            flags = (flags | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event: TimelineEvent = self.item(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TIME:
                return timefmt.table_time(event.time, self.zone)
            if column == KIND:
                return self.kind_name(event.kind.value)
            if column == DESCRIPTION:
                return event.description.replace("\n", " ")
            return None
        if role == Qt.ItemDataRole.EditRole:
            if column == TIME:
                return timefmt.localise(event.time, self.zone).replace(tzinfo=None)
            if column == KIND:
                return event.kind
            if column == DESCRIPTION:
                return event.description
            return event.customer_visible
        if role == Qt.ItemDataRole.ToolTipRole and column == DESCRIPTION and event.description:
            return event.description
        if role == Qt.ItemDataRole.CheckStateRole and column == VISIBLE:
            return Qt.CheckState.Checked if event.customer_visible else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and column == KIND and event.kind in KEY_KINDS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column == VISIBLE:
            return "customer-visible" if event.customer_visible else "internal only"
        return self.problems.data(index, role, self.columns[column].field)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == VISIBLE:
            checked = (
                Qt.CheckState(value) == Qt.CheckState.Checked
                if isinstance(value, int)
                else (value == Qt.CheckState.Checked)
            )
            problem = self.controller.set_value(
                (*EVENTS, index.row(), "customer_visible"), checked, mergeable=False
            )
            return problem is None
        if role == Qt.ItemDataRole.EditRole and index.column() == TIME:
            return self.set_time(index.row(), self.from_editor(TIME, value))
        return super().setData(index, value, role)

    def from_editor(self, column: int, value: Any) -> Any:
        if column == TIME and isinstance(value, dt.datetime) and value.tzinfo is None:
            return value.replace(tzinfo=timefmt.zone(self.zone))
        if column == KIND and not isinstance(value, EventKind):
            return EventKind(str(value))
        return value

    # ------------------------------------------------------------ keeping time order

    def sorted_row(self, time: dt.datetime, *, exclude: int | None = None) -> int:
        """Where an event at `time` belongs: after every event at or before it."""
        times = [e.time for i, e in enumerate(self.items()) if i != exclude]
        return bisect.bisect_right(times, time)

    def set_time(self, row: int, time: dt.datetime) -> bool:
        if time == self.item(row).time:
            return True
        target = self.sorted_row(time, exclude=row)
        with self.controller.macro(self.tr("Edit time")):
            problem = self.controller.set_value((*EVENTS, row, "time"), time, mergeable=False)
            if problem is None:
                self.controller.move_item(EVENTS, row, target)
        self.report(problem)
        return problem is None

    def new_event_time(self, row: int | None = None) -> dt.datetime:
        """A sensible time for a new event: the chosen row's, else on the incident's day.

        That is five minutes after the last event (or at its minute, when five minutes
        later is the next day), else when the impact began; today only when the
        document gives no moment of the incident at all.
        """
        events = self.items()
        if row is not None and 0 <= row < len(events):
            moment: dt.datetime = events[row].time
            return moment
        if events:
            last: dt.datetime = max(e.time for e in events)
            later = last + dt.timedelta(minutes=5)
            same_day = timefmt.localise(later, self.zone).date() == timefmt.localise(last, self.zone).date()
            return later if same_day else last
        known = incident_moment(self.controller.document)
        if known is not None:
            return known
        now = dt.datetime.now(timefmt.zone(self.zone))
        return now.replace(second=0, microsecond=0)

    def add_event(self, before_row: int | None = None) -> int:
        """Add an event (before `before_row`, at its time; else at the end); returns its row."""
        time = self.new_event_time(before_row)
        event = TimelineEvent(time=time)
        row = before_row if before_row is not None else self.sorted_row(time)
        self.controller.insert_item(
            EVENTS, row, event, text=self.tr("Add event") if before_row is None else self.tr("Insert event")
        )
        return row

    def delete_event(self, row: int) -> None:
        self.controller.remove_item(EVENTS, row, text=self.tr("Delete event"))

    def can_move(self, row: int, delta: int) -> bool:
        events = self.items()
        other = row + delta
        return 0 <= row < len(events) and 0 <= other < len(events) and events[row].time == events[other].time

    def move_event(self, row: int, delta: int) -> bool:
        if not self.can_move(row, delta):
            return False
        self.controller.move_item(EVENTS, row, row + delta, text=self.tr("Move event"))
        return True

    def add_events(self, events: list[TimelineEvent]) -> list[int]:
        """Insert pasted events where their times belong, as one undo step."""
        if not events:
            return []
        rows = []
        with self.controller.macro(translate("TimelineModel", "Paste %n event(s)", None, len(events))):
            for event in events:
                row = self.sorted_row(event.time)
                self.controller.insert_item(EVENTS, row, event)
                rows.append(row)
        return rows

    def on_other_value_changed(self, path: Path) -> None:
        if path in (("meta", "time_zone"), ("meta",)) and self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, TIME, TIME)
            self.dataChanged.emit(self.index(0, TIME), self.index(self.rowCount() - 1, TIME))
