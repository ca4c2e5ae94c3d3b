"""Route Ctrl+Z / Ctrl+Shift+Z to the window's undo stack, whichever widget has focus.

Line edits, text edits and spin boxes claim the undo keys for their own
private histories. Here those histories are off or bypassed: every change
is already on the document's QUndoStack, so the keys must reach its actions.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

_TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


class UndoKeysToStack(QObject):
    """An application event filter that stops text widgets from taking the undo keys."""

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
