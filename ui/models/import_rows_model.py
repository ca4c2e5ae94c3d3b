"""The Import dialog's preview: one row per event, action item, field or note, each with a tick box."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from postmortem import timefmt
from postmortem.importers.result import Imported
from ui.i18n.languages import translate
from ui.models.list_model import Index

_INVALID = QModelIndex()


@dataclass
class Row:
    kind: str
    time: str
    zone: str
    text: str
    where: str
    part: str  # "events", "actions", "fields" or "unplaced"
    index: int  # into that list of the Imported


def rows_of(imported: Imported, zone: str) -> list[Row]:
    rows = []
    for i, event in enumerate(imported.events):
        seen = translate("ImportRowsModel", ", customer-visible") if event.event.customer_visible else ""
        rows.append(
            Row(
                translate("ImportRowsModel", "event: %1").replace("%1", event.event.kind.value) + seen,
                timefmt.table_time(event.event.time, zone),
                event.zone,
                event.event.description,
                str(event.where),
                "events",
                i,
            )
        )
    for i, action in enumerate(imported.actions):
        item = action.item
        due = translate("ImportRowsModel", "due %1").replace("%1", str(item.due)) if item.due else ""
        rows.append(
            Row(
                translate("ImportRowsModel", "action item"),
                due,
                "",
                f"{item.title} ({item.priority.value}, {item.status.value})",
                str(action.where),
                "actions",
                i,
            )
        )
    for i, field in enumerate(imported.fields):
        value = (
            field.value
            if isinstance(field.value, str)
            else ", ".join(map(str, field.value))
            if isinstance(field.value, list)
            else str(field.value)
        )
        kind = translate("ImportRowsModel", "field: %1").replace("%1", ".".join(field.path))
        rows.append(Row(kind, "", "", value, str(field.where), "fields", i))
    for i, note in enumerate(imported.unplaced):
        rows.append(
            Row(translate("ImportRowsModel", "note → %1 internal notes").replace("%1", note.section), "", "",
                note.text, str(note.where), "unplaced", i)
        )
    return rows


class ImportRowsModel(QAbstractTableModel):
    """Rows: what an import would bring in; column 0 is checkable (ticked = imported)."""

    HEADERS = ("Kind", "Time", "Zone", "What", "From")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.ticked: list[bool] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.ticked = [True] * len(rows)
        self.endResetModel()

    def chosen(self, imported: Imported) -> Imported:
        """`imported` without the unticked rows."""
        keep: dict[str, set[int]] = {"events": set(), "actions": set(), "fields": set(), "unplaced": set()}
        for row, ticked in zip(self.rows, self.ticked, strict=True):
            if ticked:
                keep[row.part].add(row.index)
        return Imported(
            sources=imported.sources,
            formats=imported.formats,
            zone=imported.zone,
            events=[e for i, e in enumerate(imported.events) if i in keep["events"]],
            actions=[a for i, a in enumerate(imported.actions) if i in keep["actions"]],
            fields=[f for i, f in enumerate(imported.fields) if i in keep["fields"]],
            unplaced=[u for i, u in enumerate(imported.unplaced) if i in keep["unplaced"]],
            findings=imported.findings,
        )

    def ticked_count(self) -> int:
        return sum(self.ticked)

    def rowCount(self, parent: Index = _INVALID) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _INVALID) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if self.ticked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            where = row.where.rsplit("/", 1)[-1]  # the file's name; the tooltip has its folder
            text = (row.kind, row.time, row.zone, row.text, where)[index.column()]
            return " ".join(text.split())[:200] if index.column() == 3 else text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return row.text[:2000]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return row.where
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        self.ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True
