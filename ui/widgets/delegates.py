"""In-place cell editors: date-time and date pickers, combo boxes, plain text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QDateTime, QModelIndex, QPersistentModelIndex, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


def _source(index: Index) -> tuple[Any, QModelIndex]:
    """The model that knows the editor kinds, and the index in it (through proxies)."""
    model = index.model()
    source_index = QModelIndex(index)
    while hasattr(model, "mapToSource"):
        source_index = model.mapToSource(source_index)
        model = model.sourceModel()
    return model, source_index


class FieldDelegate(QStyledItemDelegate):
    """Picks the editor from the model's `editor_kinds` and `choices(column)`."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model, source = _source(index)
        kind = model.editor_kind(source.column())
        if kind == "datetime":
            editor = QDateTimeEdit(parent)
            editor.setDisplayFormat("yyyy-MM-dd HH:mm")
            editor.setCalendarPopup(True)
            editor.setAccessibleName(model.headerData(source.column(), Qt.Orientation.Horizontal))
            return editor
        if kind == "date":
            editor = QDateEdit(parent)
            editor.setDisplayFormat("yyyy-MM-dd")
            editor.setCalendarPopup(True)
            editor.setAccessibleName("Due date")
            return editor
        if kind == "choice":
            combo = QComboBox(parent)
            for label, value in model.choices(source.column()):
                combo.addItem(label, value)
            return combo
        editor = QLineEdit(parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateTimeEdit) and not isinstance(editor, QDateEdit):
            if isinstance(value, dt.datetime):
                editor.setDateTime(
                    QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
                )
        elif isinstance(editor, QDateEdit):
            day = value or dt.date.today()
            editor.setDate(QDate(day.year, day.month, day.day))
        elif isinstance(editor, QComboBox):
            position = editor.findData(value)
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QDateEdit):
            day = editor.date()
            value: Any = dt.date(day.year(), day.month(), day.day())
        elif isinstance(editor, QDateTimeEdit):
            moment = editor.dateTime()
            day, time = moment.date(), moment.time()
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
