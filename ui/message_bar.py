"""A dismissable message line at the top of the window, instead of a blocking dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ui import style

Action = tuple[str, Callable[[], object]]


class MessageBar(QFrame):
    """Shows one message (an error, or a note) until it is closed or replaced.

    A message may offer actions ("Save As…", "Reload"); a button hides the
    message, then does what it says.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message-bar")
        self.kind = ""  # what the message is about, so that it can be withdrawn when that is over
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        self.buttons: list[QPushButton] = []
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(12, 6, 6, 6)
        self.row.addWidget(self.label, 1)
        self.row.addWidget(self.close_button)
        self.hide()

    def show_message(
        self, text: str, *, error: bool = True, actions: Sequence[Action] = (), kind: str = ""
    ) -> None:
        self.label.setText(text)
        style.set_level(self.label, "error" if error else "")
        self.label.setAccessibleName(text)
        self.kind = kind
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for caption, slot in actions:
            button = QPushButton(caption, self)
            button.clicked.connect(lambda _checked=False, s=slot: self._act(s))
            self.row.insertWidget(self.row.count() - 1, button)
            self.buttons.append(button)
        self.show()

    def _act(self, slot: Callable[[], object]) -> None:
        self.hide()
        slot()

    def withdraw(self, kind: str) -> None:
        """Hide the message if it is still the one about `kind`."""
        if self.kind == kind and kind:
            self.hide()

    def button(self, caption: str) -> QPushButton:
        """The action button showing `caption` (tests and accessibility tools find it by its words)."""
        for button in self.buttons:
            if button.text() == caption:
                return button
        raise LookupError(caption)
