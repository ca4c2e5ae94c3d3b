"""A letter without a reference line is headed by its title: the translation sheet asks for the
title's translation where the reference line was, and the letter written from the app uses it."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

from PySide6.QtCore import Qt
from test_letter_translation import choose, row

from ui.main_window import MainWindow

REFERENCE = ("customer_letter", "reference")
TITLE_ROW = "Document title (the letter's heading without a reference line)"
GERMAN_TITLE = "Ausfall von Website und Support-Desk, 28. bis 30. Oktober 2026"  # keyClicks types ASCII


def test_a_letter_without_reference_line_asks_for_its_title_in_german_and_is_sent_with_it(
    qtbot, window: MainWindow, writer, example_copy: Path
) -> None:
    assert window.session.open(example_copy)
    writer.go("Customer letter")
    page = window.current_page()
    writer.type(REFERENCE, "")
    choose(qtbot, page, "German")
    title = row(page, TITLE_ROW)
    assert title.original.text() == "Web site and support desk outage, 28–30 October 2026"
    assert title.state.text() == "Not translated yet"
    assert list(page.translation.rows)[:3] == ["text:meta.title", "reference", "greeting"]
    # The German reference line is left over: the letter no longer prints it, and it can go.
    left = row(page, "Reference")
    assert left.original.text() == "—" and left.action.text() == "Remove"
    assert page.translation.heading.text().endswith("2 of 29 texts need your attention.")

    qtbot.mouseClick(title.editor, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(title.editor, GERMAN_TITLE)
    qtbot.keyClick(title.editor, Qt.Key.Key_Tab)
    assert row(page, TITLE_ROW).state.text() == ""
    writer.click(row(page, "Reference").action)
    assert window.undo_action.text() == "Undo Edit German reference"
    assert "text:meta.title" in page.translation.rows and "reference" not in page.translation.rows
    assert page.translation.heading.text().endswith("Everything is translated.")

    # The e-mail the app writes in German has the German subject, not the English title.
    dialog = window.export("customer")
    dialog.select_format("eml")
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentText() == "German (de)"
    with qtbot.waitSignal(dialog.exported, timeout=90_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    message = message_from_bytes(Path(dialog.destination.text()).read_bytes(), policy=policy.default)
    assert message["Subject"] == GERMAN_TITLE
    dialog.close()
