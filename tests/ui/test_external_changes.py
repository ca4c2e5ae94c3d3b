"""A file changed by another program (a `git pull`, another editor): noticed, offered, never overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import Writer

from postmortem import fileformat
from postmortem.workspace.versions import VersionStore

SUMMARY = ("summary", "text")


def edit_elsewhere(path: Path, text: str, *, in_place: bool = False) -> None:
    """Another program changes the summary: in place, or by renaming a new file over it (editors, git)."""
    document = fileformat.load(path)
    document.summary.text = text
    data = fileformat.dumps(document).encode("utf-8")
    if in_place:
        path.write_bytes(data)
        return
    temp = path.with_name(".incoming.tmp")
    temp.write_bytes(data)
    temp.replace(path)


def noticed(writer: Writer) -> bool:
    bar = writer.window.message_bar
    return bar.isVisible() and "changed by another program" in bar.label.text()


@pytest.mark.parametrize("in_place", [False, True], ids=["renamed-over", "written-in-place"])
def test_a_change_on_disk_is_offered_and_reload_shows_it(
    writer: Writer, example_copy: Path, in_place: bool
) -> None:
    window = writer.window
    window.session.open(example_copy)
    original = window.controller.document.summary.text
    edit_elsewhere(example_copy, "Pulled from git.", in_place=in_place)
    writer.qtbot.waitUntil(lambda: noticed(writer))
    assert window.controller.document.summary.text == original  # nothing changes by itself
    writer.click(window.message_bar.button("Reload"))
    assert window.controller.document.summary.text == "Pulled from git."
    assert not window.controller.is_modified()
    writer.go("Overview")
    assert writer.widget(SUMMARY).toPlainText() == "Pulled from git."
    window.controller.undo_stack.undo()  # reloading is undoable too
    assert window.controller.document.summary.text == original
    assert window.controller.is_modified()


def test_each_change_is_noticed_again_after_a_reload(writer: Writer, example_copy: Path) -> None:
    window = writer.window
    window.session.open(example_copy)
    for text in ("First pull.", "Second pull."):
        edit_elsewhere(example_copy, text)
        writer.qtbot.waitUntil(lambda: noticed(writer))
        writer.click(window.message_bar.button("Reload"))
        assert window.controller.document.summary.text == text


def test_our_own_saves_are_not_reported(writer: Writer, example_copy: Path) -> None:
    window = writer.window
    window.session.open(example_copy)
    writer.type(SUMMARY, "Mine.")
    assert window.session.save()
    writer.qtbot.wait(400)
    assert not noticed(writer)


def test_reloading_over_unsaved_changes_asks_first(writer: Writer, example_copy: Path) -> None:
    window = writer.window
    window.session.open(example_copy)
    writer.type(SUMMARY, "My unsaved words.")
    edit_elsewhere(example_copy, "Their words.")
    writer.qtbot.waitUntil(lambda: noticed(writer))
    assert "You have unsaved changes here" in window.message_bar.label.text()
    window.session.questions.reload = lambda _name: False
    writer.click(window.message_bar.button("Reload"))
    assert window.controller.document.summary.text == "My unsaved words."
    assert noticed(writer)  # the choice is still open
    window.session.questions.reload = lambda _name: True
    writer.click(window.message_bar.button("Reload"))
    assert window.controller.document.summary.text == "Their words."
    window.controller.undo_stack.undo()
    assert window.controller.document.summary.text == "My unsaved words."


def test_keep_mine_then_save_asks_before_overwriting_and_keeps_their_version(
    writer: Writer, example_copy: Path, data_dir: Path
) -> None:
    window = writer.window
    window.session.open(example_copy)
    edit_elsewhere(example_copy, "Their words.")
    writer.qtbot.waitUntil(lambda: noticed(writer))
    writer.click(window.message_bar.button("Keep Mine"))
    assert window.controller.is_modified()  # mine now differs from the file: not to be dropped silently
    asked: list[str] = []
    window.session.questions.overwrite = lambda name: (asked.append(name), "cancel")[1]
    assert not window.session.save()
    assert asked == [example_copy.name]
    assert fileformat.load(example_copy).summary.text == "Their words."
    window.session.questions.overwrite = lambda _name: "overwrite"
    assert window.session.save()
    mine = window.controller.document.summary.text
    assert fileformat.load(example_copy).summary.text == mine
    versions = VersionStore(data_dir / "versions").list(example_copy)
    assert versions[0].load().summary.text == "Their words."  # overwritten, but kept


def test_a_change_right_before_saving_is_caught_even_before_the_watcher_reports_it(
    writer: Writer, example_copy: Path, tmp_path: Path
) -> None:
    window = writer.window
    window.session.open(example_copy)
    writer.type(SUMMARY, "Mine.")
    edit_elsewhere(example_copy, "Theirs, a moment ago.")
    window.session.questions.overwrite = lambda _name: "save-as"
    window.session.questions.save_path = lambda _suggestion: str(tmp_path / "mine.postmortem")
    assert window.session.save()  # no event loop turn in between: the stamp check catches it
    assert fileformat.load(example_copy).summary.text == "Theirs, a moment ago."
    assert fileformat.load(tmp_path / "mine.postmortem").summary.text == "Mine."


def test_a_deleted_file_is_reported_and_saving_writes_it_back(writer: Writer, example_copy: Path) -> None:
    window = writer.window
    window.session.open(example_copy)
    example_copy.unlink()
    bar = window.message_bar
    writer.qtbot.waitUntil(lambda: bar.isVisible() and "deleted or moved" in bar.label.text())
    window.session.questions.overwrite = lambda _name: pytest.fail("nothing to overwrite")
    assert window.session.save()
    assert example_copy.exists()


def test_coming_back_to_the_window_checks_the_file(writer: Writer, example_copy: Path) -> None:
    window = writer.window
    window.session.open(example_copy)
    watcher = window.session.keep.watch.watcher
    watcher.removePaths(watcher.files() + watcher.directories())  # blind, as on some network drives
    other = window.spawn()  # the writer goes elsewhere...
    other.activateWindow()
    writer.qtbot.waitUntil(other.isActiveWindow)
    edit_elsewhere(example_copy, "Changed while the app was in the background.")
    writer.qtbot.wait(300)
    assert not noticed(writer)
    window.activateWindow()  # ...and comes back
    writer.qtbot.waitUntil(lambda: noticed(writer))
