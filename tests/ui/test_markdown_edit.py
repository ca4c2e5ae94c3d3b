"""The Markdown editor: formatting shortcuts, counts, and spelling when the library is there."""

from __future__ import annotations

import datetime as dt

from gui_helpers import make_window
from PySide6.QtCore import Qt

from ui.widgets.markdown_edit import MarkdownField
from ui.widgets.spelling import SpellDictionary


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


def test_incident_vocabulary_is_not_underlined(qtbot) -> None:
    dictionary = SpellDictionary()
    with qtbot.waitSignal(dictionary.ready, timeout=10_000):
        dictionary.load()
    dictionary.wait()
    field = MarkdownField(dictionary=dictionary)
    qtbot.addWidget(field)
    line = "The uptime monitor paged oncall; the runbook's failover steps wrnog"
    found = field.editor.highlighter.misspelled(line)
    assert [word for _start, _length, word in found] == ["wrnog"]


def test_words_added_to_the_dictionary_are_known_in_the_next_window(qtbot) -> None:
    first = make_window(qtbot, dt.date(2026, 11, 6), spelling=True)
    first.dictionary.load()
    first.dictionary.wait()
    assert not first.dictionary.is_known("Nwll")
    first.dictionary.learn("Nwll")
    second = make_window(qtbot, dt.date(2026, 11, 6), spelling=True)
    second.dictionary.load()
    second.dictionary.wait()
    assert second.dictionary.is_known("nwll")
