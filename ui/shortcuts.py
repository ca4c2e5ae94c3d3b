"""Route Ctrl+Z / Ctrl+Shift+Z to the window's undo stack, whichever widget has focus.

Line edits, text edits and spin boxes claim the undo keys for their own
private histories. Here those histories are off or bypassed: every change
is already on the document's QUndoStack, so the keys must reach its actions.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


class UndoKeysToStack(QObject):
    """An event filter that stops text widgets from taking the undo keys: put on each text
    widget as it takes the focus (the undo keys go to the widget with focus), not on the
    application, where it would be a Python call for every event of every object."""

    def watch_focus(self, app: QApplication) -> None:
        app.focusChanged.connect(self._focused)
        self._focused(None, app.focusWidget())

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, _TEXT_WIDGETS):
            new.installEventFilter(self)  # once: Qt keeps one entry per filter object

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, _TEXT_WIDGETS)
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
        ):
            event.ignore()
            return True
        return False
