"""Entering a past incident: dates and times typed over any part, or pasted as ISO text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from date_helpers import CTRL, choose_from_context_menu, click_section, date_edit, leave, open_file
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.steps.action_items import ActionItemsStep
from ui.steps.timeline import TimelineStep

NY = ZoneInfo("America/New_York")


@pytest.fixture
def opened(qtbot, window: MainWindow, example_copy: Path) -> MainWindow:
    """The window with a copy of the example open (an incident in October 2026, New York time)."""
    return open_file(qtbot, window, example_copy)


# ------------------------------------------------------------ typing


def test_typing_2011_over_the_year_of_a_date_sets_the_year(qtbot, opened: MainWindow, writer) -> None:
    edit = date_edit(writer, ("meta", "date"))
    assert edit.text() == "2026-11-06"
    click_section(qtbot, edit, "year")
    qtbot.keyClicks(edit, "2011")
    leave(qtbot, edit)
    assert opened.controller.document.meta.date == dt.date(2011, 11, 6)
    assert edit.text() == "2011-11-06"


def test_typing_over_a_whole_date_time_with_its_separators(qtbot, opened: MainWindow, writer) -> None:
    writer.go("Impact")
    edit = date_edit(writer, ("impact", "start"))
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, "2011-10-27 04:00")
    leave(qtbot, edit)
    assert opened.controller.document.impact.start == dt.datetime(2011, 10, 27, 4, 0, tzinfo=NY)


@pytest.mark.parametrize(
    "case",
    [
        ("month", "09", dt.datetime(2026, 9, 30, 16, 20)),
        ("day", "29", dt.datetime(2026, 10, 29, 16, 20)),
        ("hour", "07", dt.datetime(2026, 10, 30, 7, 20)),
        ("minute", "45", dt.datetime(2026, 10, 30, 16, 45)),
    ],
    ids=lambda case: case[0],
)
def test_typing_over_a_month_day_hour_or_minute(
    qtbot, opened: MainWindow, writer, case: tuple[str, str, dt.datetime]
) -> None:
    section, typed, expected = case
    writer.go("Impact")
    edit = date_edit(writer, ("impact", "end"))
    assert edit.text() == "2026-10-30 16:20"
    click_section(qtbot, edit, section)
    qtbot.keyClicks(edit, typed)
    leave(qtbot, edit)
    assert opened.controller.document.impact.end == expected.replace(tzinfo=NY)


def test_a_short_date_typed_with_separators_fills_each_part(qtbot, opened: MainWindow, writer) -> None:
    edit = date_edit(writer, ("meta", "date"))
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, "2011-1-5")
    leave(qtbot, edit)
    assert opened.controller.document.meta.date == dt.date(2011, 1, 5)


def test_the_timeline_time_cell_takes_a_typed_date_and_time(qtbot, opened: MainWindow, writer) -> None:
    writer.go("Timeline")
    page = opened.current_page()
    assert isinstance(page, TimelineStep)
    last = page.model.rowCount() - 1
    writer.type_cell(page.table.view, last, 0, "2011-10-27 04:00")
    times = [e.time for e in page.model.items()]
    assert times[0] == dt.datetime(2011, 10, 27, 4, 0, tzinfo=NY)  # kept in time order: now first


def test_a_due_date_cell_takes_a_typed_date(qtbot, opened: MainWindow, writer) -> None:
    writer.go("Action items")
    page = opened.current_page()
    assert isinstance(page, ActionItemsStep)
    writer.type_cell(page.table.view, 0, 2, "2011-11-15")
    assert page.model.item(0).due == dt.date(2011, 11, 15)


# ------------------------------------------------------------ pasting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2011-10-27 04:00", dt.datetime(2011, 10, 27, 4, 0, tzinfo=NY)),
        ("2011-10-27T04:00:00-04:00", dt.datetime(2011, 10, 27, 4, 0, tzinfo=NY)),
        ("2011-10-27T08:00:00Z", dt.datetime(2011, 10, 27, 4, 0, tzinfo=NY)),
        ("  2011-10-27T04:00  ", dt.datetime(2011, 10, 27, 4, 0, tzinfo=NY)),
        ("2011-10-27", dt.datetime(2011, 10, 27, 2, 10, tzinfo=NY)),  # the time of day is kept
    ],
)
def test_pasting_iso_text_into_a_date_time(
    qtbot, opened: MainWindow, writer, text: str, expected: dt.datetime
) -> None:
    writer.go("Impact")
    edit = date_edit(writer, ("impact", "start"))
    click_section(qtbot, edit, "day")
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_V, CTRL)
    assert edit.text() == f"{expected:%Y-%m-%d %H:%M}"
    leave(qtbot, edit)
    assert opened.controller.document.impact.start == expected


def test_pasting_a_date_time_into_a_date_takes_its_day(qtbot, opened: MainWindow, writer) -> None:
    edit = date_edit(writer, ("meta", "date"))
    click_section(qtbot, edit, "month")
    QGuiApplication.clipboard().setText("2011-10-27T23:30:00-04:00")
    qtbot.keyClick(edit, Qt.Key.Key_V, CTRL)
    leave(qtbot, edit)
    assert opened.controller.document.meta.date == dt.date(2011, 10, 27)


def test_pasting_text_that_is_not_a_date_changes_nothing(qtbot, opened: MainWindow, writer) -> None:
    edit = date_edit(writer, ("meta", "date"))
    click_section(qtbot, edit, "year")
    QGuiApplication.clipboard().setText("next Tuesday")
    qtbot.keyClick(edit, Qt.Key.Key_V, CTRL)
    leave(qtbot, edit)
    assert edit.text() == "2026-11-06"
    assert opened.controller.document.meta.date == dt.date(2026, 11, 6)


def test_pasting_into_a_timeline_time_cell(qtbot, opened: MainWindow, writer) -> None:
    writer.go("Timeline")
    page = opened.current_page()
    assert isinstance(page, TimelineStep)
    view = page.table.view
    last = page.model.rowCount() - 1
    view.setFocus()
    view.setCurrentIndex(page.model.index(last, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    QGuiApplication.clipboard().setText("2011-10-27T04:00:00-04:00")
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    writer.enter(editor)
    assert page.model.items()[0].time == dt.datetime(2011, 10, 27, 4, 0, tzinfo=NY)


def test_pasting_from_the_fields_menu(qtbot, opened: MainWindow, writer) -> None:
    writer.go("Impact")
    edit = date_edit(writer, ("impact", "start"))
    QGuiApplication.clipboard().setText("2011-10-27T04:00:00-04:00")
    choose_from_context_menu(qtbot, edit, "Paste")
    leave(qtbot, edit)
    assert opened.controller.document.impact.start == dt.datetime(2011, 10, 27, 4, 0, tzinfo=NY)


def test_typing_a_time_on_a_selected_time_cell_keeps_its_day(qtbot, opened: MainWindow, writer) -> None:
    """Typing on a selected cell opens its editor; '04:00' is a time of day, not the year 4."""
    writer.go("Timeline")
    page = opened.current_page()
    assert isinstance(page, TimelineStep)
    view = page.table.view
    row = next(i for i, e in enumerate(page.model.items()) if e.time.hour == 23 and e.time.minute == 30)
    view.setFocus()
    view.setCurrentIndex(page.model.index(row, 0))
    qtbot.keyClicks(view, "0")
    editor = QApplication.focusWidget()
    assert editor is not view, "typing did not open the cell editor"
    qtbot.keyClicks(editor, "4:05")
    writer.enter(editor)
    times = [e.time for e in page.model.items()]
    assert dt.datetime(2026, 10, 27, 4, 5, tzinfo=NY) in times
    assert dt.datetime(2026, 10, 27, 23, 30, tzinfo=NY) not in times


def test_typing_a_time_over_a_whole_date_time_field(qtbot, opened: MainWindow, writer) -> None:
    writer.go("Impact")
    edit = date_edit(writer, ("impact", "end"))
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, "9:45")
    leave(qtbot, edit)
    assert opened.controller.document.impact.end == dt.datetime(2026, 10, 30, 9, 45, tzinfo=NY)
