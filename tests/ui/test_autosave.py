"""Autosave: snapshots of unsaved work, never over the writer's file, gone once it is saved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gui_helpers import Writer

from postmortem.errors import DocumentError
from postmortem.fileformat import loads
from postmortem.workspace.recovery import RecoveryStore
from ui.autosave import DEBOUNCE_MS, MAX_WAIT_MS
from ui.main_window import MainWindow

SUMMARY = ("summary", "text")


def snapshots(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "recovery").glob("*.recovery.json"))


def snapshot_text(path: Path) -> str:
    document = loads(json.loads(path.read_text(encoding="utf-8"))["document"])
    return document.summary.text


@pytest.fixture
def quick(window: MainWindow) -> MainWindow:
    """The window with autosave intervals short enough for tests (pause 150 ms, max wait 600 ms)."""
    window.session.keep.autosave.set_intervals(150, 600)
    return window


def test_the_default_intervals_are_two_and_thirty_seconds(window: MainWindow) -> None:
    autosave = window.session.keep.autosave
    assert (DEBOUNCE_MS, MAX_WAIT_MS) == (2_000, 30_000)
    assert autosave.debounce.interval() == 2_000 and autosave.debounce.isSingleShot()
    assert autosave.max_wait.interval() == 30_000 and autosave.max_wait.isSingleShot()


def test_a_snapshot_follows_when_the_writer_pauses(
    window: MainWindow, writer: Writer, example_copy: Path, data_dir: Path
) -> None:
    # The pause is the debounce timer (two seconds, above), restarted by every keystroke:
    # while it runs nothing is written. How long a snapshot takes is for
    # benchmarks/autosave_benchmark.py, not for a test on a shared machine.
    autosave = window.session.keep.autosave
    window.session.open(example_copy)
    writer.go("Overview")
    writer.type(SUMMARY, "Typed, then a pause.")
    assert autosave.debounce.isActive()
    assert snapshots(data_dir) == [], "written before the writer paused"
    writer.qtbot.waitUntil(lambda: bool(snapshots(data_dir)), timeout=30_000)
    assert not autosave.debounce.isActive()
    assert snapshot_text(snapshots(data_dir)[0]) == "Typed, then a pause."


def test_typing_without_a_pause_is_still_snapshotted_at_the_max_wait(
    qtbot, window: MainWindow, example_copy: Path, data_dir: Path
) -> None:
    # The pause never comes (10 s, and every change restarts it); the 600 ms max wait does.
    autosave = window.session.keep.autosave
    autosave.set_intervals(10_000, 600)
    window.session.open(example_copy)
    text = ""
    while not snapshots(data_dir):
        text += "x"
        window.controller.set_value(SUMMARY, text)
        assert autosave.debounce.remainingTime() > 9_000  # restarted by this change
        qtbot.wait(50)
        assert len(text) < 200, "no snapshot while typing went on"
    assert snapshot_text(snapshots(data_dir)[0]).startswith("x")

def test_the_snapshot_is_never_the_writers_file(
    quick: MainWindow, writer: Writer, example_copy: Path, data_dir: Path
) -> None:
    before = example_copy.read_bytes()
    quick.session.open(example_copy)
    writer.type(SUMMARY, "Not saved yet.")
    writer.qtbot.waitUntil(lambda: bool(snapshots(data_dir)))
    assert example_copy.read_bytes() == before
    assert sorted(p.name for p in example_copy.parent.iterdir() if not p.name.endswith(".lock")) == [
        "logo.svg",
        example_copy.name,
    ]


def test_saving_removes_the_snapshot(
    quick: MainWindow, writer: Writer, example_copy: Path, data_dir: Path
) -> None:
    quick.session.open(example_copy)
    writer.type(SUMMARY, "Saved in the end.")
    writer.qtbot.waitUntil(lambda: bool(snapshots(data_dir)))
    assert quick.session.save()
    assert snapshots(data_dir) == []
    writer.qtbot.wait(700)  # no late timer brings it back
    assert snapshots(data_dir) == []


def test_closing_with_discard_removes_the_snapshot(
    quick: MainWindow, writer: Writer, example_copy: Path, data_dir: Path
) -> None:
    quick.session.open(example_copy)
    writer.type(SUMMARY, "Dropped on purpose.")
    writer.qtbot.waitUntil(lambda: bool(snapshots(data_dir)))
    quick.session.questions.unsaved = lambda _title: "discard"
    assert quick.session.close_document()
    assert snapshots(data_dir) == []


def test_cancelling_the_close_keeps_the_snapshot(
    quick: MainWindow, writer: Writer, example_copy: Path, data_dir: Path
) -> None:
    quick.session.open(example_copy)
    writer.type(SUMMARY, "Still wanted.")
    writer.qtbot.waitUntil(lambda: bool(snapshots(data_dir)))
    quick.session.questions.unsaved = lambda _title: "cancel"
    assert not quick.close()
    assert len(snapshots(data_dir)) == 1
    quick.session.questions.unsaved = lambda _title: "discard"


def test_undoing_back_to_the_saved_state_removes_the_snapshot(
    quick: MainWindow, writer: Writer, example_copy: Path, data_dir: Path
) -> None:
    quick.session.open(example_copy)
    writer.type(SUMMARY, "Undone later.")
    writer.qtbot.waitUntil(lambda: bool(snapshots(data_dir)))
    quick.controller.undo_stack.undo()
    assert snapshots(data_dir) == []


def test_a_crash_leaves_the_snapshot(
    quick: MainWindow, writer: Writer, example_copy: Path, data_dir: Path
) -> None:
    quick.session.open(example_copy)
    writer.type(SUMMARY, "Kept for after the crash.")
    writer.qtbot.waitUntil(lambda: bool(snapshots(data_dir)))
    quick.session.keep.autosave.stop(keep=True)  # what a crash does: nothing more runs
    (snapshot,) = RecoveryStore(data_dir / "recovery").pending()
    assert snapshot.source == example_copy.resolve()
    assert snapshot_text(snapshot.path) == "Kept for after the crash."


def test_an_untitled_document_has_its_own_snapshot_until_it_is_saved(
    quick: MainWindow, writer: Writer, tmp_path: Path, data_dir: Path
) -> None:
    quick.session.new_from_template("blank")
    writer.type(("meta", "title"), "Fresh incident")
    writer.qtbot.waitUntil(lambda: bool(snapshots(data_dir)))
    (untitled,) = snapshots(data_dir)
    assert untitled.name.startswith("untitled-")
    quick.session.questions.save_path = lambda _suggestion: str(tmp_path / "fresh.postmortem")
    assert quick.session.save()
    assert snapshots(data_dir) == []
    writer.type(("meta", "title"), "Fresh incident, renamed")
    writer.qtbot.waitUntil(lambda: bool(snapshots(data_dir)))
    (named,) = snapshots(data_dir)
    assert named.name.startswith("fresh-")


def test_a_failing_autosave_says_so_and_the_message_goes_when_it_works_again(
    quick: MainWindow, writer: Writer, example_copy: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quick.session.open(example_copy)
    original = RecoveryStore.write_prepared  # the step that writes to the disk

    def full(self: RecoveryStore, *args: object, **kwargs: object) -> Path:
        raise DocumentError(self.folder, "cannot save: the disk is full (No space left on device)")

    monkeypatch.setattr(RecoveryStore, "write_prepared", full)
    writer.type(SUMMARY, "While the disk is full.")
    bar = quick.message_bar
    writer.qtbot.waitUntil(lambda: bar.isVisible() and "Autosave is not working" in bar.label.text())
    assert "the disk is full" in bar.label.text()
    monkeypatch.setattr(RecoveryStore, "write_prepared", original)
    writer.qtbot.waitUntil(lambda: bool(snapshots(data_dir)) and not bar.isVisible())
