"""A date field's calendar, made when it first opens: it opens where the writer expects and picks a day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from date_helpers import CTRL, date_edit, open_file
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QTableView, QToolButton

from ui.main_window import MainWindow

LETTER_DATE = ("customer_letter", "date")


def open_calendar(qtbot, edit: QDateTimeEdit) -> QCalendarWidget:
    """Click the field's arrow, as a writer opens its calendar."""
    assert edit.findChild(QCalendarWidget) is None  # not made before the writer asks for it
    arrow = QPoint(edit.width() - 8, edit.height() // 2)  # the drop-down arrow at the field's end
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = edit.findChild(QCalendarWidget)
    assert calendar is not None
    qtbot.waitUntil(calendar.isVisible)
    return calendar


def click_day(qtbot, calendar: QCalendarWidget, day: int) -> None:
    view = calendar.findChild(QTableView)
    model = view.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if str(index.data()) == str(day):
                where = view.visualRect(index).center()
                qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
                return
    raise LookupError(day)


def test_an_empty_dates_calendar_opens_at_the_starting_month_and_a_picked_day_is_one_undo_step(
    qtbot, window: MainWindow, writer, example_copy: Path
) -> None:
    opened = open_file(qtbot, window, example_copy)
    writer.go("Customer letter")
    edit = date_edit(writer, LETTER_DATE)
    clear = next(b for b in writer.widget(LETTER_DATE).findChildren(QToolButton) if b.text() == "Clear")
    writer.click(clear)
    assert opened.controller.get(LETTER_DATE) is None
    calendar = open_calendar(qtbot, edit)
    # The letter's date starts from the write-up's date (November 2026), not January 1900.
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)
    count = opened.controller.undo_stack.count()
    click_day(qtbot, calendar, 15)
    qtbot.waitUntil(lambda: opened.controller.get(LETTER_DATE) == dt.date(2026, 11, 15))
    assert opened.controller.undo_stack.count() == count + 1
    edit.setFocus()
    qtbot.keyClick(opened, Qt.Key.Key_Z, CTRL)
    assert opened.controller.get(LETTER_DATE) is None
