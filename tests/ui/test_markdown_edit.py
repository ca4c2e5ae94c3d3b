"""The Markdown editor: formatting shortcuts, counts, and spelling when the library is there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.widgets.markdown_edit import MarkdownField
from ui.widgets.spelling import SpellDictionary, available


def test_shortcuts_and_counts(qtbot) -> None:
    field = MarkdownField()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.activateWindow()
    editor = field.editor
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "disk")
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "**disk**"
    qtbot.keyClick(
        editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert editor.toPlainText() == "- **disk**"
    qtbot.keyClicks(editor, " failed")
    assert field.count.text() == "3 words · 17 characters"


@pytest.mark.skipif(not available(), reason="pyspellchecker is not installed")
def test_misspelled_words_are_found_with_suggestions(qtbot) -> None:
    dictionary = SpellDictionary()
    with qtbot.waitSignal(dictionary.ready, timeout=10_000):
        dictionary.load()
    dictionary.wait()
    field = MarkdownField(dictionary=dictionary)
    qtbot.addWidget(field)
    highlighter = field.editor.highlighter
    found = highlighter.misspelled("The secnod disk at web01.nwll.internal failed, see https://exmaple.com")
    assert [word for _start, _length, word in found] == ["secnod"]
    assert "second" in dictionary.suggestions("secnod")
    dictionary.learn("secnod")
    assert highlighter.misspelled("secnod") == []
