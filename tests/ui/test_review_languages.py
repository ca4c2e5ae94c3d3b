"""Review & export on a German document: the findings a German letter really has, in place.

Before the checks read the document's language, the German copy of the example listed 24
false errors here ("Names Sie, who does not sign the letter", "The letter never apologises").
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gui_helpers import Writer
from letters_in_languages import EXAMPLE, letter_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextEdit

from postmortem.fileformat import load, save
from ui.main_window import MainWindow
from ui.models.findings_model import FINDING_ROLE, WHERE_ROLE
from ui.steps.review import ReviewStep
from ui.widgets.markdown_edit import MarkdownEdit

BODY = ("customer_letter", "body")
LEAK = " Jonas Eriksen hat die Platte erst am Dienstag getauscht."


def shown(page: ReviewStep) -> list[str]:
    model = page.list.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.fixture
def german_copy(tmp_path: Path) -> Path:
    """The example in German, saved next to its logo, as a writer in German would have it."""
    shutil.copy(EXAMPLE.parent / "logo.svg", tmp_path / "logo.svg")
    save(letter_in("de"), tmp_path / "ausfall.postmortem")
    return tmp_path / "ausfall.postmortem"


@pytest.mark.timeout(120)
def test_review_lists_a_german_documents_own_findings_and_leads_to_the_words(
    qtbot, window: MainWindow, writer: Writer, german_copy: Path
) -> None:
    assert window.session.open(german_copy)
    writer.go("Review & export")
    page = window.current_page()
    assert isinstance(page, ReviewStep)
    qtbot.waitUntil(lambda: any("Not checked in German" in text for text in shown(page)), timeout=20_000)
    assert page.verdict.text().startswith("Ready to publish")
    texts = shown(page)
    assert not [text for text in texts if text.startswith("Names ") or "never apologises" in text]
    assert any("Wiener Sachtextformel" in text for text in texts)

    # The writer names a colleague in the letter: the Review list says so, at the words.
    writer.go("Customer letter")
    editor = writer.widget(BODY)
    assert isinstance(editor, MarkdownEdit)
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, LEAK)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    writer.go("Review & export")
    page = window.current_page()
    assert isinstance(page, ReviewStep)
    saying = "Names Jonas Eriksen, who does not sign the letter"
    qtbot.waitUntil(lambda: saying in shown(page), timeout=20_000)
    assert not page.verdict.text().startswith("Ready to publish")
    assert not [text for text in shown(page) if text.startswith("Names ") and text != saying]

    model = page.list.model()
    index = next(model.index(row, 0) for row in range(model.rowCount())
                 if model.index(row, 0).data() == saying)
    assert index.data(WHERE_ROLE).startswith("Customer letter")
    page.list.setFocus()
    page.list.setCurrentIndex(index)
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert window.current_page().step.title == "Customer letter"
    editor = writer.widget(BODY)
    assert QApplication.focusWidget() is editor
    start, end = index.data(FINDING_ROLE).span
    assert editor.textCursor().selectedText() == editor.toPlainText()[start:end] == "Jonas Eriksen"


@pytest.mark.timeout(120)
def test_a_finding_about_a_translation_leads_to_its_words_in_the_translation(
    qtbot, window: MainWindow, writer: Writer, example_copy: Path
) -> None:
    document = load(example_copy)
    paragraph = document.customer_letter.translations["de"].body[1]
    paragraph.text = "Wir entschuldigen uns für etwaige Unannehmlichkeiten. " + paragraph.text
    save(document, example_copy)
    assert window.session.open(example_copy)
    writer.go("Review & export")
    page = window.current_page()
    assert isinstance(page, ReviewStep)
    saying = ("In the German translation: “etwaige Unannehmlichkeiten” makes the harm sound small and "
              "hypothetical")
    qtbot.waitUntil(lambda: saying in shown(page), timeout=20_000)
    assert not page.verdict.text().startswith("Ready to publish")

    model = page.list.model()
    index = next(model.index(row, 0) for row in range(model.rowCount())
                 if model.index(row, 0).data() == saying)
    # Where, in words: the language by name and the paragraph by number (it read "Translations › De").
    assert index.data(WHERE_ROLE).startswith("Customer letter › German translation › Paragraph 2")
    page.list.setFocus()
    page.list.setCurrentIndex(index)
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert window.current_page().step.title == "Customer letter"
    editor = QApplication.focusWidget()
    assert isinstance(editor, QTextEdit)
    assert editor.textCursor().selectedText() == "etwaige Unannehmlichkeiten"
    assert editor.toPlainText().startswith("Wir entschuldigen uns")
