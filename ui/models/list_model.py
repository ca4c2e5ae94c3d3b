"""The shared base of the table models: rows are one list in the document.

`DocumentListModel` follows the controller's row signals for its list path,
so undo, redo and edits from anywhere else keep every view in step; its
subclasses only say what each column shows and how an edit is converted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from postmortem.editing import Path
from ui.document_controller import DocumentController
from ui.i18n.languages import translate
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.undo_commands import step_name

Index = QModelIndex | QPersistentModelIndex
_INVALID = QModelIndex()


@dataclass(frozen=True)
class Column:
    field: str  # the item's field name, or "" for a plain list of text
    header: str  # in English, marked QT_TRANSLATE_NOOP("Columns", ...); shown translated
    editable: bool = True
    tooltip: str = ""


class DocumentListModel(QAbstractTableModel):
    """Rows: the items of the list at `list_path`, in the document's order."""

    columns: tuple[Column, ...] = ()
    editor_kinds: tuple[str, ...] = ()  # per column: "text", "datetime", "date", "choice", "check"
    edit_refused = Signal(str)  # the problem, in words, with a value the writer entered

    def __init__(self, controller: DocumentController, list_path: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.list_path = list_path
        signals = controller.notifier
        signals.about_to_reset.connect(self.beginResetModel)
        signals.reset.connect(self.endResetModel)
        signals.value_changed.connect(self._on_value_changed)
        signals.rows_about_to_be_inserted.connect(self._before_insert)
        signals.rows_inserted.connect(self._after_insert)
        signals.rows_about_to_be_removed.connect(self._before_remove)
        signals.rows_removed.connect(self._after_remove)
        signals.rows_about_to_be_moved.connect(self._before_move)
        signals.rows_moved.connect(self._after_move)

    # ------------------------------------------------------------ data

    def items(self) -> list[Any]:
        items: list[Any] = self.controller.get(self.list_path)
        return items

    def item(self, row: int) -> Any:
        return self.items()[row]

    def rowCount(self, parent: Index = _INVALID) -> int:
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = _INVALID) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("Columns", column.tooltip) if column.tooltip else None
        return None

    def editor_kind(self, column: int) -> str:
        return self.editor_kinds[column] if column < len(self.editor_kinds) else "text"

    def choices(self, column: int) -> list[tuple[str, Any]]:
        """(label, value) pairs for a "choice" column."""
        return []

    def header_text(self, column: Column) -> str:
        return translate("Columns", column.header)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def field_path(self, row: int, column: int) -> Path:
        field = self.columns[column].field
        return (*self.list_path, row, field) if field else (*self.list_path, row)

    def value(self, row: int, column: int) -> Any:
        field = self.columns[column].field
        item = self.item(row)
        return getattr(item, field) if field else item

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        converted = self.from_editor(index.column(), value)
        path = self.field_path(index.row(), index.column())
        # Only an emptied optional value (a due date) arrives as None.
        text = step_name(QT_TRANSLATE_NOOP("UndoCommands", "Clear %1"), path) if converted is None else ""
        problem = self.controller.set_value(path, converted, mergeable=False, text=text)
        self.report(problem)
        return problem is None

    def report(self, problem: str | None) -> None:
        if problem:
            self.edit_refused.emit(problem)

    def from_editor(self, column: int, value: Any) -> Any:
        """Turn what an editor gives back into the model's value; override per column."""
        return value

    # ------------------------------------------------------------ following the document

    def _mine(self, list_path: Path) -> bool:
        return list_path == self.list_path

    def _on_value_changed(self, path: Path) -> None:
        depth = len(self.list_path)
        if len(path) > depth and path[:depth] == self.list_path:
            row = path[depth]
            if isinstance(row, int) and 0 <= row < self.rowCount():
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        elif self.list_path[: len(path)] == path:
            # The list itself (or a section holding it) was replaced.
            self.beginResetModel()
            self.endResetModel()
        else:
            self.on_other_value_changed(path)

    def on_other_value_changed(self, path: Path) -> None:
        """A field outside this list changed (the time zone, say); override to follow it."""

    def _before_insert(self, list_path: Path, index: int) -> None:
        if self._mine(list_path):
            self.beginInsertRows(_INVALID, index, index)

    def _after_insert(self, list_path: Path, _index: int) -> None:
        if self._mine(list_path):
            self.endInsertRows()

    def _before_remove(self, list_path: Path, index: int) -> None:
        if self._mine(list_path):
            self.beginRemoveRows(_INVALID, index, index)

    def _after_remove(self, list_path: Path, _index: int) -> None:
        if self._mine(list_path):
            self.endRemoveRows()

    def _before_move(self, list_path: Path, source: int, target: int) -> None:
        if self._mine(list_path):
            # Qt counts the destination in the list before the move.
            destination = target + 1 if target > source else target
            self.beginMoveRows(_INVALID, source, source, _INVALID, destination)

    def _after_move(self, list_path: Path, _source: int, _target: int) -> None:
        if self._mine(list_path):
            self.endMoveRows()


class TextListModel(DocumentListModel):
    """A list of short texts (services, root causes, lessons): one column, edited in place."""

    def __init__(
        self, controller: DocumentController, list_path: Path, header: str, parent: Any = None
    ) -> None:
        self.columns = (Column("", header),)
        super().__init__(controller, list_path, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.item(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.item(index.row()) or None
        return None

    def from_editor(self, column: int, value: Any) -> Any:
        return str(value)
