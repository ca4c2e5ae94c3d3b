"""The window's Insert menu puts any letter field at the letter body's cursor, one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from postmortem.letterfields import VOCABULARY
from ui.main_window import MainWindow

BODY = ("customer_letter", "body")
TEXT = "Our web site was down. We are sorry."


def _insert_menu(window: MainWindow) -> QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&Insert")


def test_the_insert_menu_lists_every_field_with_its_description(
    qtbot, window: MainWindow, example_copy: Path
) -> None:
    menu = _insert_menu(window)
    assert not menu.menuAction().isEnabled()  # no document yet
    assert window.session.open(example_copy)
    assert menu.menuAction().isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    shown = [(action.text(), action.statusTip()) for action in menu.actions()]
    assert shown == [("{{ " + f.name + " }}", f.description) for f in VOCABULARY]
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    window.session.set_read_only(True, "read-only")
    assert not menu.menuAction().isEnabled()


def test_insert_by_keyboard_shows_the_letter_and_inserts_at_its_cursor(
    qtbot, window: MainWindow, writer, example_copy: Path
) -> None:
    assert window.session.open(example_copy)
    writer.go("Customer letter")
    writer.type(BODY, TEXT)
    editor = writer.widget(BODY)
    cursor = editor.textCursor()
    cursor.setPosition(len("Our web site was down"))
    editor.setTextCursor(cursor)
    writer.go("Overview")

    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    menu = _insert_menu(window)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    names = [action.text() for action in menu.actions()]
    while menu.activeAction() is None or menu.activeAction().text() != "{{ impact_window }}":
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        assert menu.activeAction() is not None and menu.activeAction().text() in names
    qtbot.keyClick(menu, Qt.Key.Key_Return)

    assert window.current_page().step.title == "Customer letter"
    expected = "Our web site was down {{ impact_window }}. We are sorry."
    assert window.controller.document.customer_letter.body == expected
    assert editor.toPlainText() == expected
    assert window.undo_action.text() == "Undo Insert {{ impact_window }}"

    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.document.customer_letter.body == TEXT
    assert editor.toPlainText() == TEXT
