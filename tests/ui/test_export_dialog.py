"""The export dialog: formats, progress, results and errors as messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.main_window import MainWindow


@pytest.mark.timeout(60)
def test_export_markdown_of_the_internal_report(qtbot, window: MainWindow, example_copy: Path) -> None:
    window.session.open(example_copy)
    dialog = window.export("internal")
    assert dialog is not None
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    assert dialog.destination.text().endswith("raid-outage-report.md")
    with qtbot.waitSignal(dialog.exported, timeout=45_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible()
    text = Path(dialog.destination.text()).read_text(encoding="utf-8")
    # The report follows the front matter that lets `postmortem import` read it back exactly.
    assert text.startswith("---\npostmortem-studio: ")
    body = text.split("\n---\n", 1)[1]
    assert body.lstrip().startswith("# ") and "Internal" in body
    assert dialog.show_folder.isVisible()
    dialog.close()


def test_a_missing_folder_is_a_message_not_a_crash(qtbot, window: MainWindow, example_copy: Path) -> None:
    window.session.open(example_copy)
    dialog = window.export("customer")
    dialog.destination.setText("/no/such/folder/letter.pdf")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible() and "does not exist" in dialog.message.text()
    dialog.close()
