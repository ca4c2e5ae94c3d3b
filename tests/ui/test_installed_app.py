"""What an installed app must get right: its icon, the example opened as a copy, one export name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from postmortem.assets import example_path
from postmortem.cli import default_output
from ui.app import launch
from ui.main_window import MainWindow
from ui.settings import Preferences


def test_the_window_carries_the_app_icon_at_every_size(window: MainWindow) -> None:
    sizes = set(window.windowIcon().availableSizes())
    assert {QSize(16, 16), QSize(32, 32), QSize(48, 48), QSize(256, 256), QSize(512, 512)} <= sizes
    assert QApplication.windowIcon().cacheKey() == window.windowIcon().cacheKey()


def test_the_launched_window_carries_every_size_once_on_screen(qtbot, example_copy: Path) -> None:
    preferences = Preferences()  # the launched app reads the (temporary) settings
    preferences.set(Preferences.PREVIEW_VISIBLE, False)
    preferences.set(Preferences.SPELL_CHECK, False)
    _app, window = launch(["postmortem-studio", str(example_copy), "-platform", "offscreen"])
    qtbot.addWidget(window)
    window.session.questions.unsaved = lambda _title: "discard"
    # The title bar's and the taskbar's sizes from the first show; the large ones for a switcher
    # or a dock on a high-density screen follow once the window is painted.
    assert {QSize(16, 16), QSize(32, 32), QSize(48, 48)} <= set(window.windowIcon().availableSizes())
    qtbot.waitUntil(lambda: {QSize(256, 256), QSize(512, 512)} <= set(window.windowIcon().availableSizes()))


def test_open_the_example_opens_a_copy_in_the_documents_folder(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "Documents"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no user-dirs.dirs to redirect it
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(documents))
    installed = example_path()
    before = installed.read_bytes()
    installed_folder = sorted(p.name for p in installed.parent.iterdir())

    qtbot.mouseClick(window.start_page.example, Qt.MouseButton.LeftButton)
    first = window.controller.path
    assert first is not None
    assert Path(first).is_relative_to(documents)
    assert (Path(first).parent / "logo.svg").is_file()  # the letter's logo came along
    assert window.controller.document.meta.title

    # The installed example is untouched: no lock file, no autosave, no change.
    assert installed.read_bytes() == before
    assert sorted(p.name for p in installed.parent.iterdir()) == installed_folder

    # Again, from the File menu: a second copy, the first one left as the writer left it.
    window.example_action.trigger()
    second = window.controller.path
    assert second is not None and Path(second).parent.name == "raid-outage 2"
    assert Path(second).parent.parent == Path(first).parent.parent


def test_the_app_and_the_cli_propose_the_same_export_name(window: MainWindow, example_copy: Path) -> None:
    window.session.open(example_copy)
    for audience in ("customer", "internal"):
        dialog = window.export(audience)
        assert dialog is not None
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        assert Path(dialog.destination.text()) == default_output(example_copy, audience, "pdf")
        dialog.close()
    assert default_output(example_copy, "customer", "pdf").name == "raid-outage-letter.pdf"
