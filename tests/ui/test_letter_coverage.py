"""The letter step lists what the letter covers and inserts a field for an open topic, one undo step each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from ui.main_window import MainWindow

BODY = ("customer_letter", "body")


def _states(page) -> dict[str, str]:
    items = [page.coverage.list.item(row) for row in range(page.coverage.list.count())]
    return {item.text()[3:]: item.text()[0] for item in items}


def test_an_open_topic_explains_itself_and_inserts_its_field(
    qtbot, window: MainWindow, writer, example_copy: Path
) -> None:
    assert window.session.open(example_copy)
    writer.go("Customer letter")
    page = window.current_page()
    writer.type(BODY, "I am sorry. Our web site was down, and that was our mistake.")
    qtbot.waitUntil(lambda: _states(page)["When, and in which time zone"] == "○")
    assert _states(page)["Apology"] == "✓" and _states(page)["Ownership"] == "✓"

    row = next(r for r in range(page.coverage.list.count())
               if page.coverage.list.item(r).text().endswith("When, and in which time zone"))
    item = page.coverage.list.item(row)
    qtbot.mouseClick(page.coverage.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.coverage.list.visualItemRect(item).center())
    assert "zone" in page.coverage.explain.text()
    assert page.coverage.field_button.text() == "Insert {{ impact_window }}"

    editor = writer.widget(BODY)
    cursor = editor.textCursor()
    cursor.setPosition(len("I am sorry. Our web site was down"))
    editor.setTextCursor(cursor)
    qtbot.mouseClick(page.coverage.field_button, Qt.MouseButton.LeftButton)
    letter = window.controller.document.customer_letter
    assert letter.body == "I am sorry. Our web site was down {{ impact_window }}, and that was our mistake."
    assert window.undo_action.text() == "Undo Insert {{ impact_window }}"
    qtbot.waitUntil(lambda: _states(page)["When, and in which time zone"] == "✓")
    window.undo_action.trigger()
    assert letter.body == "I am sorry. Our web site was down, and that was our mistake."


def test_the_editor_menu_inserts_any_field_as_a_block_on_an_empty_line(
    qtbot, window: MainWindow, writer, example_copy: Path
) -> None:
    assert window.session.open(example_copy)
    writer.go("Customer letter")
    page = window.current_page()
    writer.type(BODY, "First paragraph.")
    editor = writer.widget(BODY)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    menu = QMenu()
    editor.extra_menu(menu)
    fields = menu.actions()[0].menu()
    names = [action.text() for action in fields.actions()]
    required = ("impact_window", "services", "data_loss", "customer_action", "timeline", "promises", "signer")
    for name in required:
        assert "{{ " + name + " }}" in names
    next(a for a in fields.actions() if a.text() == "{{ timeline }}").trigger()
    assert window.controller.document.customer_letter.body == "First paragraph.\n\n{{ timeline }}"
    assert window.undo_action.text() == "Undo Insert {{ timeline }}"
    assert page is window.current_page()
