"""In-place cell editors: dates and date-times (typed, pasted, emptied), combo boxes, plain text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.widgets.date_entry import NOT_SET, DateTimeEntry, to_qdatetime

Index = QModelIndex | QPersistentModelIndex


def _source(index: Index) -> tuple[Any, QModelIndex]:
    """The model that knows the editor kinds, and the index in it (through proxies)."""
    model: Any = index.model()
    source_index = model.index(index.row(), index.column())
    while isinstance(model, QAbstractProxyModel):
        source_index = model.mapToSource(source_index)
        model = model.sourceModel()
    return model, source_index


class FieldDelegate(QStyledItemDelegate):
    """Picks the editor from the model's `editor_kinds` and `choices(column)`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown: dict[int, object] = {}  # what each open editor was last filled with

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model, source = _source(index)
        kind = model.editor_kind(source.column())
        if kind in ("datetime", "date"):
            entry = DateTimeEntry(parent, date_only=kind == "date", optional=kind == "date")
            entry.setAccessibleName(model.headerData(source.column(), Qt.Orientation.Horizontal))
            entry.zone_name = getattr(model, "zone", "UTC")
            start = getattr(model, "starting_value", None)
            if start is not None:
                entry.starting_value = lambda: to_qdatetime(start(source.column()))
            # Emptying a due date is the whole edit: write it and close the editor.
            entry.cleared.connect(lambda: self._commit_and_close(entry))
            return entry
        if kind == "choice":
            combo = QComboBox(parent)
            for label, value in model.choices(source.column()):
                combo.addItem(label, value)
            return combo
        editor = QLineEdit(parent)
        editor.setFrame(False)
        return editor

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, DateTimeEntry):
            # A narrow column still shows the whole date and the calendar button while editing.
            editor.resize(max(editor.width(), editor.sizeHint().width()), editor.height())

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        # The view calls this again whenever the cell's row changes, including only its problem
        # marks (new findings): an open editor is refilled only when the value itself changed
        # (an undo), never over what the writer is typing.
        key = id(editor)
        if key in self._shown and self._shown[key] == value:
            return
        if key not in self._shown:
            editor.destroyed.connect(lambda _=None, k=key: self._shown.pop(k, None))
        self._shown[key] = value
        if isinstance(editor, DateTimeEntry):
            if isinstance(value, dt.date):
                editor.setDateTime(to_qdatetime(value))
            elif editor.optional:
                editor.setDateTime(NOT_SET)
        elif isinstance(editor, QComboBox):
            position = editor.findData(value)
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        value: Any
        if isinstance(editor, DateTimeEntry):
            moment = editor.dateTime()
            day, time = moment.date(), moment.time()
            if editor.is_unset():
                value = None
            elif editor.date_only:
                value = dt.date(day.year(), day.month(), day.day())
            else:
                value = dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        if index.data(Qt.ItemDataRole.EditRole) == value:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)
