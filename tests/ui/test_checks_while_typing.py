"""New findings arriving while the writer types in a table cell never take what they typed."""

from __future__ import annotations

from pathlib import Path

from date_helpers import open_file
from PySide6.QtWidgets import QApplication, QLineEdit

from ui.main_window import MainWindow
from ui.steps.action_items import ActionItemsStep
from ui.steps.timeline import TimelineStep


def _cell_editor(view) -> QLineEdit:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor is not view, "no cell editor opened"
    return editor


def test_findings_arriving_mid_word_keep_what_is_typed_in_a_new_event(
    qtbot, window: MainWindow, writer, example_copy: Path
) -> None:
    open_file(qtbot, window, example_copy)
    writer.go("Timeline")
    page = window.current_page()
    assert isinstance(page, TimelineStep)
    before = page.model.rowCount()
    # A new event has no description yet: a finding the checks report for its row, which
    # marks the table's cells just as the writer starts typing the description.
    with qtbot.waitSignal(window.controller.findings_changed, timeout=60_000):
        writer.click(writer.button("Add event"))
        editor = _cell_editor(page.table.view)
        qtbot.keyClicks(editor, "Replica promoted")
    assert any(f.location.startswith(f"timeline.events[{before}]") for f in window.controller.findings)
    qtbot.keyClicks(editor, " by hand")
    writer.enter(editor)

    assert page.model.items()[before].description == "Replica promoted by hand"
    assert page.model.data(page.model.index(before, 3)) == "Replica promoted by hand"


def test_findings_arriving_mid_word_keep_what_is_typed_in_a_new_action_item(
    qtbot, window: MainWindow, writer, example_copy: Path
) -> None:
    open_file(qtbot, window, example_copy)
    writer.go("Action items")
    page = window.current_page()
    assert isinstance(page, ActionItemsStep)
    before = page.model.rowCount()
    # The new item has no title and no owner yet: findings for its row arrive while its
    # title is being typed.
    with qtbot.waitSignal(window.controller.findings_changed, timeout=60_000):
        writer.click(writer.button("Add action item"))
        editor = _cell_editor(page.table.view)
        qtbot.keyClicks(editor, "Alert on a degraded array")
    assert any(f.location.startswith(f"action_items.items[{before}]") for f in window.controller.findings)
    qtbot.keyClicks(editor, " within a minute")
    writer.enter(editor)

    assert page.model.items()[before].title == "Alert on a degraded array within a minute"
