"""From a finding's location to the widget that edits it: focus it, select the row or the words."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QScrollArea, QTextEdit, QWidget

from postmortem.errors import format_location
from ui.steps.binding import Binder
from ui.steps.form import Form
from ui.widgets.table_editor import TableEditor


def closest_widget(forms: Iterable[Form], location: str) -> tuple[str, QWidget] | None:
    """The bound widget whose path is the longest prefix of `location`, with that prefix."""
    best: tuple[str, QWidget] | None = None
    for form in forms:
        for path, widget in form.widgets.items():
            prefix = format_location(path)
            if _within(location, prefix) and (best is None or len(prefix) > len(best[0])):
                best = (prefix, widget)
    return best


def _within(location: str, prefix: str) -> bool:
    return location == prefix or location.startswith((prefix + "[", prefix + "."))


def _row_and_field(rest: str) -> tuple[int, str] | None:
    """'[2].owner' -> (2, 'owner'); None when `rest` names no row."""
    if not rest.startswith("[") or "]" not in rest:
        return None
    number, _, field = rest[1:].partition("]")
    return (int(number), field.lstrip(".").split(".")[0].split("[")[0]) if number.isdigit() else None


def select_row(table: TableEditor, row: int, field: str) -> None:
    """Select the table row (and the field's column, when the table shows that field)."""
    source = table.model
    while hasattr(source, "sourceModel"):
        source = source.sourceModel()
    columns: tuple[Any, ...] = getattr(source, "columns", ())
    column = next((i for i, c in enumerate(columns) if getattr(c, "field", None) == field), 0)
    table.select_source_row(row, column)


def select_span(editor: QPlainTextEdit | QTextEdit, span: tuple[int, int]) -> None:
    """Select exactly the characters `span` covers (clamped to the text)."""
    end_of_text = len(editor.toPlainText())
    start, end = (min(max(0, value), end_of_text) for value in span)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


def focus_location(
    page: QScrollArea, forms: Iterable[Form], binder: Binder, location: str, span: tuple[int, int] | None
) -> bool:
    """Bring the field a finding is about into view, focus it, select its row or its words."""
    found = closest_widget(list(forms), location)
    if found is None:
        return False
    prefix, widget = found
    row = _row_and_field(location[len(prefix) :])
    if isinstance(widget, TableEditor) and row is not None:
        select_row(widget, *row)
        # Selecting a row may bind a detail editor to it (an action item's description).
        widget = _exact(binder, location) or widget.view
    page.ensureWidgetVisible(widget, 40, 80)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    if span is not None and isinstance(widget, QPlainTextEdit | QTextEdit):
        select_span(widget, span)
    return True


def _exact(binder: Binder, location: str) -> QWidget | None:
    for binding in binder.bindings:
        if binding.location == location and binding.widget.isEnabled():
            return binding.widget
    return None
