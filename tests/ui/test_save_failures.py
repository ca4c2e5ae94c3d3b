"""A save that fails (disk full, read-only disk, folder gone) loses nothing and says why.

Tests run as root in CI, where chmod does not stop writing; so the failures
are made by the system calls themselves raising the errors a full or
read-only disk raises.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from gui_helpers import Writer

from postmortem import fileformat
from ui.main_window import MainWindow

SUMMARY = ("summary", "text")


def failing(code: int) -> Callable[..., object]:
    def fail(*_args: object, **_kwargs: object) -> object:
        raise OSError(code, os.strerror(code))

    return fail


def disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Path, "replace", failing(errno.ENOSPC))


def disk_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "mkstemp", failing(errno.EROFS))


@pytest.mark.parametrize(
    "case",
    [(disk_full, "the disk is full"), (disk_read_only, "the disk is read-only")],
    ids=["disk-full", "read-only"],
)
def test_a_failed_save_keeps_the_document_open_and_unsaved_and_save_as_works(
    writer: Writer,
    example_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: tuple[Callable[[pytest.MonkeyPatch], None], str],
) -> None:
    break_disk, words = case
    window = writer.window
    before = example_copy.read_bytes()
    window.session.open(example_copy)
    writer.type(SUMMARY, "Worth keeping.")
    with monkeypatch.context() as patch:
        break_disk(patch)
        assert not window.session.save()
        assert example_copy.read_bytes() == before
    assert writer.shown_title().endswith("*")
    bar = window.message_bar
    assert bar.isVisible()
    assert words in bar.label.text() and example_copy.name in bar.label.text()
    assert "\n" not in bar.label.text()
    assert window.controller.document.summary.text == "Worth keeping."

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    window.session.questions.save_path = lambda _suggestion: str(elsewhere / "rescued")
    writer.click(bar.button("Save As…"))
    rescued = elsewhere / "rescued.postmortem"
    assert fileformat.load(rescued).summary.text == "Worth keeping."
    assert not writer.shown_title().endswith("*")
    assert not bar.isVisible()
    assert window.controller.path == rescued.resolve()


def test_a_deleted_folder_is_explained_and_save_as_rescues_the_work(
    window: MainWindow, writer: Writer, example_copy: Path, tmp_path: Path
) -> None:
    window.session.open(example_copy)
    writer.type(SUMMARY, "The folder went away.")
    shutil.rmtree(example_copy.parent)
    assert not window.session.save()
    assert "no longer exists" in window.message_bar.label.text()
    assert writer.shown_title().endswith("*")
    window.session.questions.save_path = lambda _suggestion: str(tmp_path / "rescued.postmortem")
    assert window.session.save_as()
    assert fileformat.load(tmp_path / "rescued.postmortem").summary.text == "The folder went away."


def test_a_failed_save_writes_the_recovery_snapshot_at_once(
    window: MainWindow, writer: Writer, example_copy: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.session.open(example_copy)
    writer.type(SUMMARY, "Safe even if the app dies now.")
    assert not list((data_dir / "recovery").glob("*.json"))  # the two-second pause has not passed
    original_replace = Path.replace

    def refuse_the_document(self: Path, target: Path) -> Path:
        if Path(target) == example_copy.resolve():
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return original_replace(self, target)

    monkeypatch.setattr(Path, "replace", refuse_the_document)
    assert not window.session.save()
    (snapshot,) = (data_dir / "recovery").glob("*.json")
    assert "Safe even if the app dies now." in snapshot.read_text(encoding="utf-8")


def test_a_failed_save_keeps_no_stray_files(
    window: MainWindow, writer: Writer, example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.session.open(example_copy)
    listing = sorted(p.name for p in example_copy.parent.iterdir())
    writer.type(SUMMARY, "x")
    disk_full(monkeypatch)
    assert not window.session.save()
    assert sorted(p.name for p in example_copy.parent.iterdir()) == listing
