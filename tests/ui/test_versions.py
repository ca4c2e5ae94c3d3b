"""File ▸ Versions: each save keeps the version it replaces; read one, or restore it undoably."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from gui_helpers import Writer
from PySide6.QtCore import Qt

from postmortem import fileformat
from postmortem.workspace.locking import lock_path
from postmortem.workspace.versions import VersionStore
from ui.main_window import MainWindow, app_windows
from ui.models.versions_model import VersionsModel, saved_text, size_text
from ui.versions_dialog import VersionsDialog

SUMMARY = ("summary", "text")


@pytest.fixture
def saved_twice(window: MainWindow, writer: Writer, example_copy: Path) -> str:
    """The example saved twice: its original and "Second draft." are versions; "Third draft." is the file."""
    original = fileformat.load(example_copy).summary.text
    window.session.open(example_copy)
    for text in ("Second draft.", "Third draft."):
        writer.type(SUMMARY, text)
        assert window.session.save()
    return original


def dialog_of(window: MainWindow) -> VersionsDialog:
    dialog = window.show_versions()
    assert dialog is not None
    return dialog


def test_versions_are_listed_newest_first_with_time_and_size(
    window: MainWindow, saved_twice: str, example_copy: Path, data_dir: Path, qtmodeltester
) -> None:
    dialog = dialog_of(window)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.rowCount() == 2
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Saved", "Size"]
    listed = VersionStore(data_dir / "versions").list(example_copy)
    for row, version in enumerate(listed):
        assert model.index(row, 0).data().startswith("Today ")
        assert model.index(row, 1).data() == size_text(version.size)
    assert listed[0].load().summary.text == "Second draft."
    assert listed[1].load().summary.text == saved_twice
    assert dialog.selected() == listed[0]


def test_the_versions_menu_item_needs_a_saved_file(window: MainWindow) -> None:
    window.session.new_from_template("blank")
    assert not window.versions_action.isEnabled()
    assert window.show_versions() is None


def test_a_version_opens_read_only_in_its_own_window(
    qtbot, window: MainWindow, saved_twice: str, example_copy: Path, data_dir: Path
) -> None:
    dialog = dialog_of(window)
    dialog.select(1)
    version = dialog.selected()
    assert version is not None
    before = set(app_windows())
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    (other,) = set(app_windows()) - before
    reader = Writer(qtbot, other)
    clock = f"{version.shown_time.astimezone():%H:%M}"
    assert (
        reader.shown_title()
        == f"{other.controller.title} (read-only, version of {clock}) — Postmortem Studio"
    )
    reader.go("Overview")
    field = reader.widget(SUMMARY)
    assert field.toPlainText() == saved_twice
    assert field.isReadOnly()
    qtbot.keyClicks(field, "typed into a version")
    assert other.controller.document.summary.text == saved_twice
    assert other.controller.set_value(SUMMARY, "sneaky") is not None  # refused, whatever asks
    assert other.controller.undo_stack.count() == 0
    assert not other.save_action.isEnabled()
    assert not other.controller.is_modified()
    # The version window guards nothing: no lock of its own, no snapshots.
    assert other.session.keep.lock is None and other.session.keep.autosave.key is None
    assert lock_path(example_copy).exists()  # still the editing window's


def test_restoring_a_version_is_one_undoable_step(
    qtbot, window: MainWindow, writer: Writer, saved_twice: str, example_copy: Path
) -> None:
    dialog = dialog_of(window)
    dialog.select(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.controller.document.summary.text == saved_twice
    writer.go("Overview")
    assert writer.widget(SUMMARY).toPlainText() == saved_twice
    assert writer.shown_title().endswith("*")
    assert window.undo_action.text().startswith("Undo Restore version of ")
    window.controller.undo_stack.undo()
    assert window.controller.document.summary.text == "Third draft."
    assert writer.widget(SUMMARY).toPlainText() == "Third draft."
    assert not window.controller.is_modified()
    window.controller.undo_stack.redo()
    assert window.controller.document.summary.text == saved_twice
    assert window.session.save()
    assert fileformat.load(example_copy).summary.text == saved_twice


def test_saving_an_unchanged_file_keeps_no_duplicate_version(
    window: MainWindow, saved_twice: str, example_copy: Path, data_dir: Path
) -> None:
    assert window.session.save()
    assert window.session.save()
    assert len(VersionStore(data_dir / "versions").list(example_copy)) == 3  # + "Third draft.", once


def test_the_model_texts() -> None:
    now = dt.datetime(2026, 11, 6, 15, 0, tzinfo=dt.UTC)
    assert saved_text(now, now).startswith("Today ")
    assert saved_text(now - dt.timedelta(days=1), now).startswith("Yesterday ")
    assert saved_text(now - dt.timedelta(days=9), now).startswith("2026-10-28 ")
    assert [size_text(n) for n in (12, 17_281, 3 * 1024 * 1024)] == ["12 bytes", "16.9 KB", "3.0 MB"]
    assert VersionsModel().rowCount() == 0
