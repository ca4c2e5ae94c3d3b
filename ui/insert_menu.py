"""Insert ▸ a letter field: every field of the vocabulary, at the letter body's cursor.

The same entries fill the letter editor's context menu (Insert field) and
the window's Insert menu; both insert through `LetterStep.insert_text`, so
a field is one undo step wherever it was chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu

from postmortem.letterfields import VOCABULARY
from ui.session import DocumentSession
from ui.step_pages import StepPages
from ui.step_state import step_row


def field_text(name: str) -> str:
    return "{{ " + name + " }}"


def add_field_actions(menu: QMenu, insert: Callable[[str], None]) -> None:
    """One entry per field, in the vocabulary's order; choosing one calls `insert` with its text."""
    menu.setToolTipsVisible(True)
    for letter_field in VOCABULARY:
        action = menu.addAction(field_text(letter_field.name))
        action.setStatusTip(letter_field.description)
        action.setToolTip(letter_field.description)
        action.triggered.connect(lambda _=False, n=letter_field.name: insert(field_text(n)))


def fill_insert_menu(menu: QMenu, session: DocumentSession, pages: StepPages) -> None:
    """The window's Insert menu: shows the Customer letter step, then inserts there."""

    def insert(text: str) -> None:
        from ui.steps.letter import LetterStep  # the step loads when first used, not at start-up

        row = step_row("customer_letter")
        pages.steps.setCurrentRow(row)
        page = pages.page(row)
        if isinstance(page, LetterStep):
            page.insert_text(text)

    def update() -> None:
        menu.menuAction().setEnabled(session.active and not session.read_only)

    add_field_actions(menu, insert)
    for signal in (session.shown, session.closed, session.changed, session.read_only_changed):
        signal.connect(update)
    update()
