"""Issue 11 in the app: a hostile file, logo or settings file shows one message; the window stays usable."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from gui_helpers import Writer
from PySide6.QtCore import Qt

from tests import hostile
from ui.main_window import MainWindow
from ui.models.findings_model import FINDING_ROLE
from ui.steps.review import ReviewStep


def _open_with_ctrl_o(qtbot, window: MainWindow, path: Path) -> None:
    window.session.questions.open_path = lambda _folder: str(path)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_opening_a_fifo_or_a_device_shows_one_message_and_the_window_stays_usable(
    qtbot, writer: Writer, tmp_path: Path, example_copy: Path, kind: str
) -> None:
    window = writer.window
    path = tmp_path / "incoming.postmortem"
    if kind == "fifo":
        os.mkfifo(path)  # nobody ever writes to it: reading it would wait for ever
    else:
        path.symlink_to("/dev/zero")  # endless zeros: reading it would fill memory
    _open_with_ctrl_o(qtbot, window, path)
    bar = window.message_bar
    assert bar.isVisible()
    words = "is a pipe (FIFO), not a regular file" if kind == "fifo" else "is a device, not a regular file"
    assert words in bar.label.text()
    assert not window.has_document()

    _open_with_ctrl_o(qtbot, window, example_copy)
    assert writer.shown_title().startswith("Web site and support desk outage")


def test_a_folder_with_a_hostile_logo_and_settings_opens_and_says_why(
    qtbot, window: MainWindow, writer: Writer, tmp_path: Path, example_copy: Path
) -> None:
    folder = tmp_path / "pulled"
    shutil.copytree(example_copy.parent, folder)
    path = folder / example_copy.name
    path.write_text(path.read_text(encoding="utf-8").replace("logo: logo.svg", "logo: bomb.svg", 1),
                    encoding="utf-8")
    (folder / "bomb.svg").write_text(hostile.use_bomb_svg(), encoding="utf-8")
    (folder / "postmortem-settings.yaml").write_text(
        "banned_phrases:\n- &p {phrase: the}\n" + "- *p\n" * 20_000, encoding="utf-8")

    _open_with_ctrl_o(qtbot, window, path)
    assert writer.shown_title().startswith("Web site and support desk outage")
    writer.go("Review & export")
    page = window.current_page()
    assert isinstance(page, ReviewStep)
    qtbot.waitUntil(lambda: "The settings file was not used" in page.verdict.text())
    assert "anchors and aliases (*p) are not supported" in page.verdict.text()
    model = page.list.model()
    rules = [model.index(row, 0).data(FINDING_ROLE).rule for row in range(model.rowCount())]
    assert "image" in rules


@pytest.mark.timeout(60)
def test_exporting_onto_a_fifo_says_so_and_leaves_it(qtbot, window: MainWindow, example_copy: Path) -> None:
    target = example_copy.parent / "letter.md"
    os.mkfifo(target)
    window.session.open(example_copy)
    dialog = window.export("customer")
    assert dialog is not None
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    dialog.destination.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Could not save" in dialog.message.text(), timeout=45_000)
    assert "is a pipe (FIFO), not a regular file" in dialog.message.text()
    assert stat.S_ISFIFO(target.lstat().st_mode)
    dialog.close()
