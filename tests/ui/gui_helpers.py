"""Helpers for the GUI tests: a window made for tests, and a writer who clicks and types."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QWidget

from ui.main_window import MainWindow
from ui.questions import Questions
from ui.settings import Preferences, WindowState


class Answers(Questions):
    """The writer's answers, as each test sets them: a question a test did not expect fails it
    instead of waiting at a modal dialog. Unsaved work is discarded unless a test says otherwise.
    Windows opened from a window (New Window, a version, recovered work) share its answers."""

    def __init__(self) -> None:
        self.unsaved = lambda _title: "discard"

    def _unexpected(self, question: str) -> str:
        raise AssertionError(f"the app asked an unexpected question: {question}")

    def open_path(self, folder: Path) -> str:
        return self._unexpected("which file to open")

    def import_paths(self, folder: Path, file_filter: str) -> list[str]:
        return [self._unexpected("which files to import")]

    def save_path(self, suggestion: Path) -> str:
        return self._unexpected(f"where to save ({suggestion.name})")

    def locked(self, name: str, who: str) -> str:
        return self._unexpected(f"{name} is locked by {who}")

    def open_elsewhere(self, name: str) -> str:
        return self._unexpected(f"{name} is open in another window")

    def overwrite(self, name: str) -> str:
        return self._unexpected(f"overwrite {name}")

    def reload(self, name: str) -> bool:
        return bool(self._unexpected(f"reload {name}"))

    def discard_snapshot(self, title: str) -> bool:
        return bool(self._unexpected(f"discard the snapshot of {title}"))


def make_window(qtbot, today: dt.date, *, preview: bool = False, spelling: bool = False) -> MainWindow:
    preferences = Preferences()
    preferences.set(Preferences.PREVIEW_VISIBLE, preview)
    preferences.set(Preferences.PREVIEW_DELAY_MS, 150)
    preferences.set(Preferences.SPELL_CHECK, spelling)
    # A test must never sit at a modal question; each test that wants one sets its answer.
    window = MainWindow(preferences, WindowState(), today=today, questions=Answers())
    qtbot.addWidget(window)
    return window


class Writer:
    """Drives the window the way a person does: clicks, keys and typed text."""

    def __init__(self, qtbot, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window

    def go(self, title: str) -> None:
        steps = self.window.steps
        item = steps.findItems(title, Qt.MatchFlag.MatchExactly)[0]
        self.qtbot.mouseClick(
            steps.viewport(), Qt.MouseButton.LeftButton, pos=steps.visualItemRect(item).center()
        )
        assert self.window.current_page().step.title == title

    def widget(self, path: tuple) -> QWidget:
        page = self.window.current_page()
        for form in page.forms:
            if path in form.widgets:
                widget = form.widgets[path]
                page.ensureWidgetVisible(widget)
                return widget
        raise LookupError(path)

    def type(self, path: tuple, text: str) -> None:
        """Click into a field, select what is there, type over it, and Tab out."""
        widget = self.widget(path)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        widget.setFocus()
        self.qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClick(widget, Qt.Key.Key_Delete)
        self.qtbot.keyClicks(widget, text)
        self.qtbot.keyClick(widget, Qt.Key.Key_Tab)

    def type_cell(self, view: QAbstractItemView, row: int, column: int, text: str) -> None:
        """Select a cell, press F2 to edit it, type over it, press Enter."""
        index = view.model().index(row, column)
        view.setFocus()
        view.setCurrentIndex(index)
        self.qtbot.keyClick(view, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert editor is not view, "no cell editor opened"
        self.qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClicks(editor, text)
        self.enter(editor)

    def enter(self, editor: QWidget) -> None:
        """Press Enter in a cell editor; the view commits the value on its next turn."""
        self.qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()

    def toggle_cell(self, view: QAbstractItemView, row: int, column: int) -> None:
        view.setFocus()
        view.setCurrentIndex(view.model().index(row, column))
        self.qtbot.keyClick(view, Qt.Key.Key_Space)

    def click(self, button: QAbstractButton) -> None:
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def button(self, text: str) -> QAbstractButton:
        page = self.window.current_page()
        for button in page.findChildren(QAbstractButton):
            if button.text() == text and button.isVisible():
                return button
        raise LookupError(text)

    def shown_title(self) -> str:
        """The title as the window manager shows it, '*' included."""
        return self.window.windowTitle().replace("[*]", "*" if self.window.isWindowModified() else "")
