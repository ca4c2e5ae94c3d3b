"""Closing the window (or the app dying) in the middle of writing the letters must not leave the
document, internal notes and all, in a file in the document's folder, where it would travel
with the folder to whoever the letters or the folder are given to."""

from __future__ import annotations

import sys
from pathlib import Path

import psutil
import pytest
from gui_helpers import Writer

from ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_recipients_step import open_step, start_a_long_merge

# One of the example's internal notes: it belongs in the internal report only.
INTERNAL = "serial ending 4471"


def files_holding(folder: Path, words: str) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and words.encode() in p.read_bytes())


@pytest.mark.timeout(300)
def test_a_merge_cut_short_by_closing_the_window_leaves_no_internal_note_in_the_folder(
    qtbot, window: MainWindow, writer: Writer, example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = example_copy.parent
    page = open_step(qtbot, writer, window, example_copy)
    start_a_long_merge(qtbot, page, folder, monkeypatch)
    # Mid-merge: a crash now leaves whatever is in the folder now.
    assert files_holding(folder, INTERNAL) == [example_copy.name]
    assert page.runner is not None
    child = psutil.Process(page.runner.process.processId())
    family = [child, *child.children(recursive=True)]

    window.close()
    qtbot.waitUntil(lambda: not any(p.is_running() and p.status() != psutil.STATUS_ZOMBIE for p in family),
                    timeout=30_000)
    assert files_holding(folder, INTERNAL) == [example_copy.name]
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".merge-")]
    assert list((folder / "letters").glob("*.pdf"))  # the letters written so far are kept


@pytest.mark.timeout(60)
def test_opening_a_document_removes_the_copies_an_earlier_version_left(
    qtbot, window: MainWindow, example_copy: Path
) -> None:
    folder = example_copy.parent
    left = folder / ".merge-k3x9_q2z.postmortem"  # as tempfile.mkstemp named the old hidden copy
    left.write_bytes(example_copy.read_bytes())
    mine = folder / ".merge-notes.postmortem"  # a name the app never gave: not ours to remove
    mine.write_text("the writer's own file\n", encoding="utf-8")
    with qtbot.waitSignal(window.controller.left_copies_removed, timeout=20_000) as removed:
        window.session.open(example_copy)
    assert removed.args == [[left]]
    assert not left.exists() and mine.exists()
    assert files_holding(folder, INTERNAL) == [example_copy.name]


@pytest.mark.timeout(60)
def test_started_with_a_document_the_copies_go_once_the_window_is_on_screen(
    qtbot, example_copy: Path
) -> None:
    folder = example_copy.parent
    left = folder / ".merge-k3x9_q2z.postmortem"
    left.write_bytes(example_copy.read_bytes())
    from ui.app import launch
    from ui.settings import Preferences

    Preferences().set(Preferences.PREVIEW_VISIBLE, False)  # no render worker to wait for
    _app, window = launch(["postmortem-studio", str(example_copy)])  # as the app starts
    try:
        assert left.exists()  # looked for once the window is on screen, not before
        qtbot.waitUntil(lambda: not left.exists(), timeout=20_000)
        assert files_holding(folder, INTERNAL) == [example_copy.name]
    finally:
        window.close()
