"""Helpers for the date-entry tests: open the example, find a date editor, click into a part of it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QMenu, QWidget

from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
# A character in the middle of each part of "2026-10-30 16:20".
SECTIONS = {"year": 2, "month": 6, "day": 9, "hour": 12, "minute": 15}


def open_file(qtbot, window: MainWindow, path: Path) -> MainWindow:
    """File ▸ Open, answering the file dialog with `path`."""
    window.session.questions.open_path = lambda _folder: str(path)
    window.open_action.trigger()
    assert window.has_document()
    return window


def date_edit(writer, path: tuple) -> QDateTimeEdit:
    edit = writer.widget(path).findChild(QDateTimeEdit)
    assert edit is not None
    return edit


def click_section(qtbot, edit: QDateTimeEdit, section: str) -> None:
    """Click into the middle of a part of the shown text, as a writer aims at the year."""
    line = edit.lineEdit()
    line.setCursorPosition(SECTIONS[section])
    where = line.cursorRect().center()
    line.setCursorPosition(0)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=where)
    assert abs(line.cursorPosition() - SECTIONS[section]) <= 2


def leave(qtbot, edit: QWidget) -> None:
    """Press Enter to finish the field, as a writer does before moving on."""
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    QApplication.processEvents()


def tab_out(qtbot, edit: QWidget) -> QWidget:
    """Press Tab until focus leaves the field (Tab first walks its parts); returns the next widget."""
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not edit:
            break
    return QApplication.focusWidget()


def choose_from_context_menu(qtbot, edit: QDateTimeEdit, text: str) -> None:
    """Right-click the field and choose `text` from its menu."""
    chosen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))
        assert action.isEnabled()
        chosen.append(action.text())
        menu.hide()
        action.trigger()

    QTimer.singleShot(50, choose)
    line = edit.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.RightButton, pos=line.rect().center())
    # A right-click alone does not send the context-menu event offscreen; send it as Qt would.
    QApplication.sendEvent(
        line,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, line.rect().center(), line.mapToGlobal(line.rect().center())
        ),
    )
    assert chosen, f"no {text} in the menu"
