"""The start page: new from a template, open a file, a recent file, or the bundled example."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_documents_path
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from postmortem.assets import example_path
from postmortem.examples import copy_example
from postmortem.templates import TEMPLATES
from ui import style

if TYPE_CHECKING:
    from ui.session import DocumentSession

EXAMPLE = example_path()


def template_choices() -> dict[str, str]:
    """Template name -> description, in the core's order."""
    return dict(TEMPLATES)


class StartPage(QWidget):
    """Shown when no document is open."""

    new_requested = Signal(str)  # template name
    open_requested = Signal(str)  # a path, or "" to ask for one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start-page")
        title = QLabel(self.tr("Postmortem Studio"), self)
        style.set_role(title, "start-title")
        intro = QLabel(
            self.tr(
                "Write the incident once: a guided analysis for your team and an honest letter for your "
                "customers, exported as PDF, Markdown or HTML."
            ),
            self,
        )
        intro.setWordWrap(True)
        style.set_role(intro, "guide")

        self.templates = QListWidget(self)
        self.templates.setAccessibleName(self.tr("Templates"))
        self.templates.itemActivated.connect(
            lambda item: self.new_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        new_button = QPushButton(self.tr("Create"), self)
        new_button.setAccessibleName(self.tr("Create from template"))
        new_button.clicked.connect(self._create)

        open_button = QPushButton(self.tr("Open a file…"), self)
        open_button.clicked.connect(lambda: self.open_requested.emit(""))
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent files"))
        self.recent.itemActivated.connect(
            lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.example = QPushButton(self.tr("Open the example: storage outage letter and report"), self)
        self.example.setAccessibleName(self.tr("Open the example"))
        self.example.clicked.connect(self.open_example)
        self.example.setEnabled(EXAMPLE.exists())

        new_card = _card(self, self.tr("Start a new postmortem"), self.templates, new_button)
        open_card = _card(
            self, self.tr("Continue writing"), open_button, QLabel(self.tr("Recent files"), self), self.recent
        )
        example_card = _card(self, self.tr("See a finished one"), self.example)

        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(20)
        grid.addWidget(new_card, 0, 0, 2, 1)
        grid.addWidget(open_card, 0, 1)
        grid.addWidget(example_card, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        column = QWidget(self)
        column.setMaximumWidth(960)
        inner = QVBoxLayout(column)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(12)
        inner.addLayout(grid)
        inner.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 36, 40, 36)
        outer.addWidget(column, 1, Qt.AlignmentFlag.AlignHCenter)
        for listing in (self.templates, self.recent):
            # Names over descriptions, wrapped: no sideways scrolling to read an entry.
            listing.setWordWrap(True)
            listing.setSpacing(4)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fill_templates()

    def open_example(self) -> None:
        """Open a copy in the writer's documents: the installed example is read-only, and a lock
        file, autosaves or exports beside it would land inside the app's own folder."""
        try:
            copy = copy_example(user_documents_path() / "Postmortem Studio examples")
        except OSError:
            copy = copy_example(Path(tempfile.mkdtemp(prefix="postmortem-example-")))
        self.open_requested.emit(str(copy))

    def fill_templates(self) -> None:
        self.templates.clear()
        for name, description in template_choices().items():
            item = QListWidgetItem(f"{name.replace('-', ' ').capitalize()}\n{description}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(description)
            self.templates.addItem(item)
        if self.templates.count():
            self.templates.setCurrentRow(0)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}\n{Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        if not paths:
            item = QListWidgetItem(self.tr("No recent files yet"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)

    def _create(self) -> None:
        item = self.templates.currentItem()
        if item is not None:
            self.new_requested.emit(item.data(Qt.ItemDataRole.UserRole))


def start_page_in(stack: QStackedWidget, session: DocumentSession, recent: list[str]) -> StartPage:
    """A window's start page, first in its `stack`, creating and opening through `session`."""
    page = StartPage(stack)
    page.new_requested.connect(session.new_from_template)
    page.open_requested.connect(lambda path: session.open(path or None))
    page.set_recent(recent)
    stack.insertWidget(0, page)
    return page


def _card(parent: QWidget, heading: str, *widgets: QWidget) -> QFrame:
    card = QFrame(parent)
    card.setObjectName("card")
    style.decorate(card)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(18, 16, 18, 18)
    title = QLabel(heading, card)
    style.set_role(title, "section-title")
    layout.addWidget(title)
    for widget in widgets:
        layout.addWidget(widget)
    return card
