"""Step pages are built when first shown: a page built late still shows the document as it is
now, and undo reaches edits made before the page existed."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import Writer
from PySide6.QtCore import Qt

from ui.main_window import MainWindow
from ui.step_state import STEPS, step_row

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TRIGGER = ("root_cause", "trigger")


def test_opening_a_file_builds_only_the_step_shown(window: MainWindow, example_copy: Path) -> None:
    window.session.open(example_copy)
    assert list(window.step_stack.pages) == [0]
    assert window.current_page() is window.step_stack.pages[0]


def test_a_step_first_shown_after_an_edit_shows_it(
    window: MainWindow, writer: Writer, example_copy: Path
) -> None:
    window.session.open(example_copy)
    timeline = step_row("timeline")
    assert timeline not in window.step_stack.pages
    writer.type(("meta", "time_zone"), "Europe/Berlin")
    assert window.controller.document.meta.time_zone == "Europe/Berlin"
    writer.go("Timeline")
    view = window.current_page().table.view
    # The first event, 09:12 in New York (EDT), on the Berlin clock the writer just chose.
    assert view.model().index(0, 0).data() == "2026-10-26 14:12 CET"


def test_undo_and_redo_reach_across_a_step_built_after_the_first_edit(
    window: MainWindow, writer: Writer, example_copy: Path
) -> None:
    window.session.open(example_copy)
    title = window.controller.document.meta.title
    trigger = window.controller.get(TRIGGER)
    writer.type(("meta", "title"), "Storage outage")
    writer.go(STEPS[step_row("root_cause")].title)  # built now, after the title's edit
    writer.type(TRIGGER, "A firmware update")
    field = writer.widget(TRIGGER)
    field.setFocus()
    writer.qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.toPlainText() == trigger
    writer.qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    writer.go("Overview")
    assert writer.widget(("meta", "title")).text() == title
    writer.qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert writer.widget(("meta", "title")).text() == "Storage outage"
    writer.qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    writer.go(STEPS[step_row("root_cause")].title)
    assert writer.widget(TRIGGER).toPlainText() == "A firmware update"
