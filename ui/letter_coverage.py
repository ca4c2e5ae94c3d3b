"""What the letter covers, beside the letter: seven topics, ticked or open, from the checks.

Clicking an open topic explains it and offers its field (`{{ impact_window }}`)
or a sentence starter, inserted at the letter's cursor as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postmortem.checks import Finding
from postmortem.checks.coverage import TOPICS, Topic, open_topics
from ui import style

TICKED, OPEN = "✓", "○"


class CoverageList(QWidget):
    """The topics a reader needs, and which of them the letter leaves open."""

    def __init__(self, insert: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._insert = insert
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("What the letter covers"))
        self.list.setMaximumHeight(7 * 22 + 8)
        for topic in TOPICS:
            item = QListWidgetItem(f"{OPEN}  {topic.label}")
            item.setData(Qt.ItemDataRole.UserRole, topic.key)
            self.list.addItem(item)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        style.set_role(self.explain, "hint")
        self.field_button = QPushButton(self)
        self.starter_button = QPushButton(self.tr("Insert a sentence starter"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.field_button)
        buttons.addWidget(self.starter_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.explain)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.field_button.clicked.connect(lambda: self._insert_chosen(field=True))
        self.starter_button.clicked.connect(lambda: self._insert_chosen(field=False))
        self.open: set[str] = {topic.key for topic in TOPICS}
        self._show(None)

    def topic(self) -> Topic | None:
        item = self.list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((t for t in TOPICS if t.key == key), None)

    def show_findings(self, findings: list[Finding], has_letter: bool) -> None:
        self.open = open_topics(findings) if has_letter else {topic.key for topic in TOPICS}
        for row, topic in enumerate(TOPICS):
            item = self.list.item(row)
            state = "open" if topic.key in self.open else "covered"
            item.setText(f"{OPEN if state == 'open' else TICKED}  {topic.label}")
            item.setToolTip(f"{topic.label}: {state}")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state)
        self._show(self.list.currentItem())

    def _show(self, item: QListWidgetItem | None) -> None:
        topic = self.topic() if item is not None else None
        if topic is None or topic.key not in self.open:
            self.explain.setText(
                self.tr("Covered.") if topic else self.tr("Click an open topic to see what it needs.")
            )
            self.field_button.setVisible(False)
            self.starter_button.setVisible(False)
            return
        self.explain.setText(topic.explanation)
        self.field_button.setVisible(bool(topic.field))
        self.field_button.setText(self.tr("Insert %1").replace("%1", f"{{{{ {topic.field} }}}}"))
        self.starter_button.setVisible(True)

    def _insert_chosen(self, *, field: bool) -> None:
        topic = self.topic()
        if topic is not None:
            self._insert("{{ " + topic.field + " }}" if field else topic.starter)
