"""The Customer letter step in another language: chooser, original beside translation, one undo step each."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import Writer, make_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from postmortem.translations.paragraphs import digest, split_paragraphs
from ui.main_window import MainWindow

GREETING = ("customer_letter", "greeting")
BODY = ("customer_letter", "body")


def preview_text(window: MainWindow) -> str:
    """The words on the preview's pages, as QtPdf reads them from the PDF it shows."""
    document = window.preview.pages._document
    return " ".join(document.getAllText(page).text() for page in range(document.pageCount()))


def choose(qtbot, page, text: str) -> None:
    """Pick a language with the keyboard, as a person would from the focused chooser."""
    combo = page.languages.combo
    combo.setFocus()
    target = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def row(page, label: str):
    return next(r for r in page.translation.rows.values() if r.title.text() == label)


def test_the_german_translation_shows_each_original_paragraph_beside_its_translation(
    qtbot, window: MainWindow, writer, example_copy: Path
) -> None:
    assert window.session.open(example_copy)
    writer.go("Customer letter")
    page = window.current_page()
    combo = page.languages.combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "English (en) – the original", "German (de)", "Add translation…"]
    choose(qtbot, page, "German")
    assert page.translation.isVisible() and not writer.widget(BODY).isVisible()
    second = row(page, "Paragraph 2")
    english = split_paragraphs(window.controller.document.customer_letter.body)
    assert second.original.text() == english[1]
    assert second.editor.toPlainText().startswith("Es tut mir leid.")
    assert second.editor.isEnabled() and not second.original.hasFocus()
    assert page.translation.heading.text().endswith("Everything is translated.")

    # Typing into a translated paragraph is one undo step, undone in one go.
    editor = second.editor
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " Wirklich.")
    german = window.controller.document.customer_letter.translations["de"]
    assert german.body[1].text.endswith("keine Antwort bekommen. Wirklich.")
    assert window.undo_action.text() == "Undo Edit German paragraph 2"
    window.undo_action.trigger()
    assert german.body[1].text.endswith("keine Antwort bekommen.")
    assert editor.toPlainText().endswith("keine Antwort bekommen.")

    choose(qtbot, page, "English")
    assert writer.widget(BODY).isVisible() and not page.translation.isVisible()


def test_a_new_translation_starts_empty_and_each_typed_text_is_one_undo_step(
    qtbot, window: MainWindow, writer, example_copy: Path
) -> None:
    assert window.session.open(example_copy)
    writer.go("Customer letter")
    page = window.current_page()
    choose(qtbot, page, "Add translation")
    qtbot.keyClicks(page.languages.new_tag, "fr")
    writer.click(page.languages.add_button)
    assert page.languages.combo.currentText() == "French (fr)"
    assert window.undo_action.text() == "Undo Add French translation"
    first = row(page, "Paragraph 1")
    assert first.state.text() == "Not translated yet"

    qtbot.mouseClick(first.editor.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(first.editor, "Pendant plus de deux jours, vous ne pouviez pas utiliser notre site.")
    qtbot.keyClick(first.editor, Qt.Key.Key_Tab)
    french = window.controller.document.customer_letter.translations["fr"]
    original = split_paragraphs(window.controller.document.customer_letter.body)[0]
    assert [(p.made_from, p.text) for p in french.body] == [
        (digest(original), "Pendant plus de deux jours, vous ne pouviez pas utiliser notre site.")]
    assert row(page, "Paragraph 1").state.text() == ""
    assert window.undo_action.text() == "Undo Edit French paragraph 1"
    window.undo_action.trigger()
    assert french.body == [] and row(page, "Paragraph 1").editor.toPlainText() == ""
    window.undo_action.trigger()
    assert "fr" not in window.controller.document.customer_letter.translations
    assert page.languages.combo.currentText() == "English (en) – the original"


def test_a_changed_original_marks_its_translation_until_the_writer_confirms_it(
    qtbot, window: MainWindow, writer, example_copy: Path
) -> None:
    assert window.session.open(example_copy)
    writer.go("Customer letter")
    page = window.current_page()
    writer.type(GREETING, "Dear friends of Northwind,")
    choose(qtbot, page, "German")
    greeting = row(page, "Greeting")
    assert greeting.original.text() == "Dear friends of Northwind,"
    assert greeting.state.text().startswith("The original changed after this was translated")
    assert greeting.action.isVisible() and greeting.action.text() == "Mark as up to date"
    writer.click(greeting.action)
    assert row(page, "Greeting").state.text() == ""
    assert window.undo_action.text() == "Undo Mark translation as up to date"
    german = window.controller.document.customer_letter.translations["de"]
    assert german.greeting.made_from == digest("Dear friends of Northwind,")
    assert german.greeting.text == "Liebe Kundinnen und Kunden von Northwind,"


@pytest.mark.timeout(120)
def test_the_preview_shows_the_letter_in_the_language_chosen(qtbot, today, example_copy: Path) -> None:
    window: MainWindow = make_window(qtbot, today, preview=True)
    window.show()
    window.session.open(example_copy)
    with qtbot.waitSignal(window.preview.shown, timeout=60_000):
        pass
    assert "Dear Northwind customers," in preview_text(window)
    Writer(qtbot, window).go("Customer letter")
    with qtbot.waitSignal(window.preview.shown, timeout=60_000):
        choose(qtbot, window.current_page(), "German")
    assert "Liebe Kundinnen und Kunden von Northwind," in preview_text(window)
    window.close()


@pytest.mark.timeout(120)
def test_the_export_dialog_writes_the_letter_in_a_translation(qtbot, window: MainWindow,
                                                             example_copy: Path) -> None:
    window.session.open(example_copy)
    dialog = window.export("customer")
    dialog.select_format("md")
    combo = dialog.language
    assert [combo.itemText(i) for i in range(combo.count())] == ["English (en) – the original", "German (de)"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.destination.text().endswith("raid-outage-letter-de.md")
    with qtbot.waitSignal(dialog.exported, timeout=90_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = Path(dialog.destination.text()).read_text(encoding="utf-8")
    assert "Liebe Kundinnen und Kunden von Northwind," in text and "Dear Northwind" not in text
    dialog.close()


def test_the_insert_menu_puts_a_field_into_the_translated_paragraph_being_written(
    qtbot, window: MainWindow, writer, example_copy: Path
) -> None:
    assert window.session.open(example_copy)
    writer.go("Customer letter")
    page = window.current_page()
    choose(qtbot, page, "German")
    editor = row(page, "Paragraph 2").editor
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " Es ging um ")
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Insert")
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Insert, as a person opens it
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    menu.setActiveAction(next(a for a in menu.actions() if a.text() == "{{ services }}"))
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    german = window.controller.document.customer_letter.translations["de"]
    assert german.body[1].text.endswith("keine Antwort bekommen. Es ging um {{ services }}")
    assert window.controller.document.customer_letter.body.count("{{ services }}") == 0
    window.undo_action.trigger()
    assert german.body[1].text.endswith("keine Antwort bekommen. Es ging um")


def test_a_finding_about_a_translation_opens_it_at_the_text_concerned(
    qtbot, window: MainWindow, writer, example_copy: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.models.findings_model import FINDING_ROLE

    assert window.session.open(example_copy)
    writer.go("Customer letter")
    writer.type(GREETING, "Dear friends of Northwind,")
    writer.go("Review & export")
    review = window.current_page()
    model = review.list.model()

    def stale() -> list:
        return [model.index(r, 0) for r in range(model.rowCount())
                if model.index(r, 0).data(FINDING_ROLE).rule == "translation-stale"]

    qtbot.waitUntil(lambda: bool(stale()))
    index = stale()[0]
    review.list.setFocus()
    review.list.setCurrentIndex(index)
    qtbot.keyClick(review.list, Qt.Key.Key_Return)
    page = window.current_page()
    assert page.step.title == "Customer letter"
    assert page.languages.combo.currentText() == "German (de)" and page.translation.isVisible()
    assert QApplication.focusWidget() is row(page, "Greeting").editor
