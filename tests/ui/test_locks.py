"""A file open in two places: the second is warned and can read it; nobody overwrites the other."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import Writer

from postmortem.workspace.locking import lock_path
from ui.main_window import MainWindow

HOLD_LOCK = """
import sys, time
from postmortem.workspace.locking import DocumentLock
DocumentLock(sys.argv[1]).acquire()
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def other_instance(example_copy: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process editing the example (it holds the lock, as another app instance does)."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(example_copy)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    yield child
    child.kill()
    child.wait()


def test_a_file_another_instance_edits_is_a_question_and_opens_read_only(
    window: MainWindow, writer: Writer, example_copy: Path, other_instance: subprocess.Popen[str]
) -> None:
    asked: list[tuple[str, str]] = []
    window.session.questions.locked = lambda name, who: (asked.append((name, who)), "read-only")[1]
    assert window.session.open(example_copy)
    ((name, who),) = asked
    assert name == example_copy.name
    assert f"on {socket.gethostname()} (process {other_instance.pid}, since " in who
    assert writer.shown_title() == f"{window.controller.title} (read-only) — Postmortem Studio"
    writer.go("Overview")
    assert writer.widget(("summary", "text")).isReadOnly()
    assert window.session.keep.autosave.key is None  # read-only windows never autosave
    assert json.loads(lock_path(example_copy).read_text(encoding="utf-8"))["pid"] == other_instance.pid
    window.close()
    assert lock_path(example_copy).exists()  # the other instance's lock is left alone


def test_cancel_leaves_the_file_unopened(
    window: MainWindow, example_copy: Path, other_instance: subprocess.Popen[str]
) -> None:
    window.session.questions.locked = lambda _name, _who: "cancel"
    assert not window.session.open(example_copy)
    assert not window.has_document()


def test_a_stale_lock_from_a_crash_is_taken_over_without_a_question(
    window: MainWindow, example_copy: Path
) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path(example_copy).write_text(
        json.dumps(
            {"pid": dead.pid, "host": socket.gethostname(), "user": "ana", "since": "2026-11-06T09:00:00"}
        ),
        encoding="utf-8",
    )
    window.session.questions.locked = lambda _name, _who: pytest.fail("asked about a stale lock")
    assert window.session.open(example_copy)
    assert not window.session.keep.read_only
    assert json.loads(lock_path(example_copy).read_text(encoding="utf-8"))["pid"] != dead.pid


def test_the_lock_is_held_while_open_and_released_on_close(window: MainWindow, example_copy: Path) -> None:
    window.session.open(example_copy)
    assert lock_path(example_copy).exists()
    window.session.close_document()
    assert not lock_path(example_copy).exists()


def test_save_as_moves_the_lock_to_the_new_file(
    window: MainWindow, example_copy: Path, tmp_path: Path
) -> None:
    window.session.open(example_copy)
    window.session.questions.save_path = lambda _suggestion: str(tmp_path / "renamed.postmortem")
    assert window.session.save_as()
    assert not lock_path(example_copy).exists()
    assert lock_path(tmp_path / "renamed.postmortem").exists()


def test_save_as_over_a_file_another_instance_edits_is_refused(
    window: MainWindow, example_copy: Path, other_instance: subprocess.Popen[str]
) -> None:
    before = example_copy.read_bytes()
    window.session.new_from_template("blank")
    window.session.questions.save_path = lambda _suggestion: str(example_copy)
    assert not window.session.save_as()
    assert example_copy.read_bytes() == before
    assert "save under another name" in window.message_bar.label.text()


def test_a_second_window_of_this_app_is_warned_too(
    qtbot, window: MainWindow, writer: Writer, example_copy: Path
) -> None:
    window.session.open(example_copy)
    second = window.spawn()
    asked: list[str] = []
    second.session.questions.open_elsewhere = lambda name: (asked.append(name), "cancel")[1]
    assert not second.session.open(example_copy)
    assert asked == [example_copy.name]
    assert not second.has_document()

    second.session.questions.open_elsewhere = lambda _name: "read-only"
    assert second.session.open(example_copy)
    assert second.session.keep.read_only
    assert Writer(qtbot, second).shown_title().endswith("(read-only) — Postmortem Studio")
    assert second.controller.set_value(("summary", "text"), "x") is not None
    second.close()
    assert lock_path(example_copy).exists()  # still the first window's
    window.session.close_document()
    assert not lock_path(example_copy).exists()


def test_opening_the_file_a_window_already_shows_changes_nothing(
    window: MainWindow, example_copy: Path
) -> None:
    window.session.open(example_copy)
    window.controller.set_value(("summary", "text"), "unsaved")
    window.session.questions.unsaved = lambda _title: pytest.fail("asked to save")
    assert window.session.open(example_copy)
    assert window.controller.document.summary.text == "unsaved"
    window.session.questions.unsaved = lambda _title: "discard"
