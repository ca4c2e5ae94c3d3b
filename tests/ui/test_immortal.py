"""A writer can type for as long as they like: PySide6 6.12 takes a reference from None
and True with most calls on Python 3.11, and the app used to end with "Fatal Python error:
deallocating None" after about 2,000 typed characters."""

from __future__ import annotations

import sys
from pathlib import Path

from date_helpers import open_file
from PySide6.QtCore import Qt

from ui.main_window import MainWindow

TEN_MILLION = 10_000_000


def test_typing_ten_million_characters_cannot_use_up_none_or_true(
    qtbot, window: MainWindow, writer, example_copy: Path
) -> None:
    open_file(qtbot, window, example_copy)
    writer.go("Customer letter")
    editor = writer.widget(("customer_letter", "body"))
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    typed = " We rebuilt the array and checked every backup."
    before = {name: sys.getrefcount(value) for name, value in (("None", None), ("True", True))}
    qtbot.keyClicks(editor, typed)
    after = {name: sys.getrefcount(value) for name, value in (("None", None), ("True", True))}

    assert editor.toPlainText().endswith(typed)
    assert window.controller.document.customer_letter.body.endswith(typed)
    for name, count in before.items():
        lost_per_character = max(0, count - after[name]) / len(typed)
        # What is left lasts for ten million more characters at this rate.
        assert after[name] > lost_per_character * TEN_MILLION, name
