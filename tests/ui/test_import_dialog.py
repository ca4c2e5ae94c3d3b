"""File ▸ Import… and dropping files: preview rows, untick some, choose the zone, apply, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from postmortem.fileformat import load
from ui.import_dialog import ImportDialog
from ui.main_window import MainWindow

DATA = Path(__file__).parent.parent / "data" / "imports"


def _open_copy(window: MainWindow, example_copy: Path) -> None:
    assert window.session.open(example_copy)


def _dialog(window: MainWindow) -> ImportDialog:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _click_row_box(qtbot, dialog: ImportDialog, row: int) -> None:
    view = dialog.view
    view.scrollTo(dialog.model.index(row, 0))
    rect = view.visualRect(dialog.model.index(row, 0))
    # The tick box sits at the left of the first cell.
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y())
    )


def test_slack_export_through_the_menu_untick_two_rows_then_undo(
    qtbot, window: MainWindow, example_copy: Path
) -> None:
    _open_copy(window, example_copy)
    before = window.controller.document.model_copy(deep=True)
    window.session.questions.import_paths = lambda _folder, _filter: [str(DATA / "slack-export")]
    window.import_action.trigger()
    dialog = _dialog(window)
    qtbot.waitUntil(
        lambda: dialog.model.rowCount() > 0 and dialog.import_button.isEnabled(), timeout=20_000
    )
    rows = dialog.model.rowCount()
    assert dialog.model.data(dialog.model.index(0, 2)) == "UTC"
    # Choose the zone by keyboard: naive times would be read in it; Slack's are UTC instants already.
    dialog.zone_box.setFocus()
    dialog.zone_box.lineEdit().selectAll()
    qtbot.keyClicks(dialog.zone_box.lineEdit(), "Europe/Berlin")
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    assert dialog.model.rowCount() == rows
    first_text = dialog.model.rows[0].text
    second_text = dialog.model.rows[1].text
    _click_row_box(qtbot, dialog, 0)
    _click_row_box(qtbot, dialog, 1)
    assert dialog.import_button.text() == f"&Import {rows - 2} rows"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    events = window.controller.document.timeline.events
    descriptions = {e.description for e in events}
    assert len(events) == len(before.timeline.events) + rows - 2
    assert first_text not in descriptions and second_text not in descriptions
    assert window.windowTitle().startswith("*") or "*" in window.windowTitle()
    assert "imported" in window.message_bar.label.text().lower()
    # One step: Ctrl+Z takes the whole import back.
    assert window.undo_action.text() == "Undo Import slack-export"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.document == before


def test_dropping_a_status_page_file_opens_the_same_dialog(
    qtbot, window: MainWindow, example_copy: Path
) -> None:
    _open_copy(window, example_copy)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "statuspage-incident.json"))])
    drop = QDropEvent(
        window.rect().center().toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    dialog = _dialog(window)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    kinds = [row.kind for row in dialog.model.rows]
    assert kinds.count("event: communication, customer-visible") == 3
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    visible = [e for e in window.controller.document.timeline.events if e.customer_visible]
    assert any(e.description.startswith("Investigating: Some customers") for e in visible)
    assert window.session.save()
    saved = load(example_copy)
    assert any(
        e.time == dt.datetime(2026, 3, 9, 7, 1, 33, 126000, tzinfo=dt.UTC) for e in saved.timeline.events
    )


def test_an_unreadable_file_says_why_and_imports_nothing(
    qtbot, window: MainWindow, example_copy: Path, tmp_path: Path
) -> None:
    _open_copy(window, example_copy)
    broken = tmp_path / "log.json"
    broken.write_text('{"log_entries": [\n oops')
    dialog = window.import_files([str(broken)])
    assert dialog is not None
    qtbot.waitUntil(lambda: "Cannot import" in dialog.status.text(), timeout=20_000)
    assert f"{broken}:2" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert not window.controller.is_modified()


def test_choosing_the_zone_rereads_naive_times(
    qtbot, window: MainWindow, example_copy: Path, tmp_path: Path, qtmodeltester
) -> None:
    _open_copy(window, example_copy)
    notes = tmp_path / "notes-2026-03-09.txt"
    notes.write_text("[10:27] jdoe: paged\n[10:31] asmith: acked\n")
    dialog = window.import_files([str(notes)])
    assert dialog is not None
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    qtmodeltester.check(dialog.model)
    dialog.zone_box.lineEdit().selectAll()
    qtbot.keyClicks(dialog.zone_box.lineEdit(), "Asia/Tokyo")
    qtbot.waitUntil(
        lambda: dialog.model.rows and dialog.model.rows[0].zone == "Asia/Tokyo (assumed)", timeout=20_000
    )
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    paged = next(e for e in window.controller.document.timeline.events if e.description == "jdoe: paged")
    assert paged.time.astimezone(dt.UTC) == dt.datetime(2026, 3, 9, 1, 27, tzinfo=dt.UTC)

