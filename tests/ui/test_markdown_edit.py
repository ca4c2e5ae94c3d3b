"""The Markdown editor: formatting shortcuts, counts, and spelling when the library is there."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_helpers import make_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

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


@pytest.fixture
def spelled_field(qtbot) -> MarkdownField:
    """A Markdown field whose English word list has finished loading."""
    dictionary = SpellDictionary()
    with qtbot.waitSignal(dictionary.ready, timeout=10_000):
        dictionary.load()
    dictionary.wait()
    field = MarkdownField(dictionary=dictionary)
    qtbot.addWidget(field)
    return field


def underlined(field: MarkdownField) -> list[str]:
    """The words the editor shows with the spell-check squiggle."""
    block = field.editor.document().firstBlock()
    text = block.text()
    return [
        text[mark.start : mark.start + mark.length]
        for mark in block.layout().formats()
        if mark.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]


def test_misspelled_words_are_found_with_suggestions(qtbot, spelled_field: MarkdownField) -> None:
    qtbot.keyClicks(spelled_field.editor, "The secnod disk at web01.nwll.internal failed, see https://exmaple.com")
    assert underlined(spelled_field) == ["secnod"]
    dictionary = spelled_field.editor.highlighter.dictionary
    assert "second" in dictionary.suggestions("secnod")
    dictionary.learn("secnod")
    spelled_field.editor.highlighter.rehighlight()
    assert underlined(spelled_field) == []


def test_incident_vocabulary_is_not_underlined(qtbot, spelled_field: MarkdownField) -> None:
    qtbot.keyClicks(spelled_field.editor, "The uptime monitor paged oncall; the runbook's failover wrnog")
    assert underlined(spelled_field) == ["wrnog"]


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
