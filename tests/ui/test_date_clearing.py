"""Optional dates can be emptied by keyboard and mouse, as one undoable edit, and stay empty."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from date_helpers import (
    CTRL,
    choose_from_context_menu,
    click_section,
    date_edit,
    leave,
    open_file,
    tab_out,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QToolButton

from postmortem import fileformat
from ui.main_window import MainWindow
from ui.steps.action_items import ActionItemsStep

LETTER_DATE = ("customer_letter", "date")
OPTIONAL_DATES = [
    ("Overview", ("meta", "date")),
    ("Impact", ("impact", "data_loss_start")),
    ("Impact", ("impact", "data_loss_end")),
    ("Customer letter", LETTER_DATE),
]


@pytest.fixture
def opened(qtbot, window: MainWindow, example_copy: Path) -> MainWindow:
    return open_file(qtbot, window, example_copy)


def open_due_editor(qtbot, page: ActionItemsStep, row: int):
    view = page.table.view
    view.setFocus()
    view.setCurrentIndex(page.proxy.mapFromSource(page.model.index(row, 2)))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view, "no cell editor opened"
    return editor


def test_clearing_a_due_date_by_keyboard_leaves_none_in_the_saved_file(
    qtbot, opened: MainWindow, writer, example_copy: Path
) -> None:
    writer.go("Action items")
    page = opened.current_page()
    assert isinstance(page, ActionItemsStep)
    assert page.model.item(0).due == dt.date(2026, 12, 15)
    editor = open_due_editor(qtbot, page, 0)
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    writer.enter(editor)
    assert page.model.item(0).due is None
    assert page.model.index(0, 2).data() == "—"
    assert opened.undo_action.text() == "Undo Clear due date"
    qtbot.keyClick(opened, Qt.Key.Key_S, CTRL)
    assert fileformat.load(example_copy).action_items.items[0].due is None


def test_clearing_a_due_date_with_the_mouse(qtbot, opened: MainWindow, writer) -> None:
    writer.go("Action items")
    page = opened.current_page()
    assert isinstance(page, ActionItemsStep)
    view = page.table.view
    rect = view.visualRect(page.proxy.mapFromSource(page.model.index(1, 0)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.model.item(1).due is not None
    assert page.due.edit.text() == page.model.item(1).due.isoformat()  # under the table
    writer.click(page.due.clear_button)
    assert page.model.item(1).due is None
    assert page.due.edit.text() == "Not set"
    assert page.model.index(1, 2).data() == "—"
    assert opened.undo_action.text() == "Undo Clear due date"


def test_an_open_due_editor_left_alone_changes_nothing(qtbot, opened: MainWindow, writer) -> None:
    """Opening the editor on an item without a due date and pressing Enter must not invent one."""
    writer.go("Action items")
    page = opened.current_page()
    assert isinstance(page, ActionItemsStep)
    editor = open_due_editor(qtbot, page, 0)
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    writer.enter(editor)
    count = opened.controller.undo_stack.count()
    editor = open_due_editor(qtbot, page, 0)
    writer.enter(editor)
    assert page.model.item(0).due is None
    assert opened.controller.undo_stack.count() == count


@pytest.mark.parametrize(("step", "path"), OPTIONAL_DATES)
def test_the_clear_button_takes_keyboard_focus_and_clears_in_one_undo_step(
    qtbot, opened: MainWindow, writer, step: str, path: tuple
) -> None:
    writer.go(step)
    before = opened.controller.get(path)
    assert before is not None
    edit = date_edit(writer, path)
    edit.setFocus()
    count = opened.controller.undo_stack.count()
    button = tab_out(qtbot, edit)
    assert isinstance(button, QToolButton) and button.text() == "Clear"
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert opened.controller.get(path) is None
    assert edit.text() == "Not set"
    assert opened.controller.undo_stack.count() == count + 1
    qtbot.keyClick(opened, Qt.Key.Key_Z, CTRL)
    assert opened.controller.get(path) == before
    assert edit.text() != "Not set"


def test_select_all_and_delete_clears_a_date_as_one_undo_step(qtbot, opened: MainWindow, writer) -> None:
    writer.go("Impact")
    edit = date_edit(writer, ("impact", "data_loss_end"))
    before = opened.controller.document.impact.data_loss_end
    count = opened.controller.undo_stack.count()
    click_section(qtbot, edit, "day")
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    leave(qtbot, edit)
    assert opened.controller.document.impact.data_loss_end is None
    assert opened.controller.undo_stack.count() == count + 1
    assert opened.undo_action.text() == "Undo Clear data at risk until"
    qtbot.keyClick(opened, Qt.Key.Key_Z, CTRL)
    assert opened.controller.document.impact.data_loss_end == before


def test_an_empty_letter_date_stays_empty_in_the_editor(qtbot, opened: MainWindow, writer) -> None:
    writer.go("Customer letter")
    edit = date_edit(writer, LETTER_DATE)
    clear = next(b for b in writer.widget(LETTER_DATE).findChildren(QToolButton) if b.text() == "Clear")
    writer.click(clear)
    assert opened.controller.get(LETTER_DATE) is None
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    assert edit.hasFocus()
    assert edit.text() == "Not set"  # not today's date, nor any other guess
    tab_out(qtbot, edit)
    assert edit.text() == "Not set"
    assert opened.controller.get(LETTER_DATE) is None


def test_typing_into_an_empty_date_sets_it(qtbot, opened: MainWindow, writer) -> None:
    writer.go("Customer letter")
    edit = date_edit(writer, LETTER_DATE)
    clear = next(b for b in writer.widget(LETTER_DATE).findChildren(QToolButton) if b.text() == "Clear")
    writer.click(clear)
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit, "2011-10-31")
    leave(qtbot, edit)
    assert opened.controller.get(LETTER_DATE) == dt.date(2011, 10, 31)


def test_clearing_a_due_date_from_its_cells_menu(qtbot, opened: MainWindow, writer) -> None:
    writer.go("Action items")
    page = opened.current_page()
    assert isinstance(page, ActionItemsStep)
    editor = open_due_editor(qtbot, page, 1)
    assert isinstance(editor, QDateTimeEdit)
    choose_from_context_menu(qtbot, editor, "Clear")
    QApplication.processEvents()
    assert page.model.item(1).due is None
    assert page.table.view.state() != page.table.view.State.EditingState
    assert opened.undo_action.text() == "Undo Clear due date"
