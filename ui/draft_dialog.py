"""The draft beside the writer's own letter: tick paragraphs to add them, nothing is replaced."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui import style


class DraftDialog(QDialog):
    """Your letter on the left, the draft's paragraphs on the right; chosen ones go to the end of yours."""

    def __init__(
        self,
        body: str,
        paragraphs: list[str],
        insert: Callable[[list[str]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draft from analysis"))
        self._insert = insert
        mine = QPlainTextEdit(body, self)
        mine.setReadOnly(True)
        style.set_read_only_look(mine)
        mine.setAccessibleName(self.tr("Your letter"))
        self.paragraphs = QListWidget(self)
        self.paragraphs.setAccessibleName(self.tr("Draft paragraphs"))
        self.paragraphs.setWordWrap(True)
        for text in paragraphs:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.paragraphs.addItem(item)
        columns = QHBoxLayout()
        for title, widget in (
            (self.tr("Your letter"), mine),
            (self.tr("The draft: tick what to add"), self.paragraphs),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title, self))
            column.addWidget(widget)
            columns.addLayout(column)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        role = QDialogButtonBox.ButtonRole.AcceptRole
        self.insert_button = self.buttons.addButton(self.tr("Add chosen paragraphs"), role)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self.resize(900, 520)

    def chosen(self) -> list[str]:
        items = [self.paragraphs.item(row) for row in range(self.paragraphs.count())]
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def _accept(self) -> None:
        if self.chosen():
            self._insert(self.chosen())
        self.accept()
