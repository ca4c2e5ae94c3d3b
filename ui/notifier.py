"""What changed in the document, in the terms Qt item models need.

Undo commands announce every change here; table models, form bindings, the
checks and the preview follow these signals and nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from postmortem.editing import Path


class DocumentSignals(QObject):
    """What changed in the document, in the terms Qt item models need."""

    about_to_reset = Signal()
    reset = Signal()
    value_changed = Signal(object)  # path
    rows_about_to_be_inserted = Signal(object, int)  # list path, index
    rows_inserted = Signal(object, int)
    rows_about_to_be_removed = Signal(object, int)
    rows_removed = Signal(object, int)
    rows_about_to_be_moved = Signal(object, int, int)  # list path, source, target
    rows_moved = Signal(object, int, int)
    changed = Signal()  # after any of the above

    def before_insert(self, list_path: Path, index: int) -> None:
        self.rows_about_to_be_inserted.emit(list_path, index)

    def after_insert(self, list_path: Path, index: int) -> None:
        self.rows_inserted.emit(list_path, index)
        self.changed.emit()

    def before_remove(self, list_path: Path, index: int) -> None:
        self.rows_about_to_be_removed.emit(list_path, index)

    def after_remove(self, list_path: Path, index: int) -> None:
        self.rows_removed.emit(list_path, index)
        self.changed.emit()

    def before_move(self, list_path: Path, source: int, target: int) -> None:
        self.rows_about_to_be_moved.emit(list_path, source, target)

    def after_move(self, list_path: Path, source: int, target: int) -> None:
        self.rows_moved.emit(list_path, source, target)
        self.changed.emit()
