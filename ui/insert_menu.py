"""Insert ▸ a letter field: every field of the vocabulary, at the letter body's cursor.

The same entries fill the letter editor's context menu (Insert field) and
the window's Insert menu; both insert through `LetterStep.insert_text`, so
a field is one undo step wherever it was chosen. The entries are made after
the window's first paint (or when the menu opens before that): the vocabulary
loads the letter's wording and the Markdown parser, which the first window does
not need to be on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu

from ui.session import DocumentSession
from ui.step_pages import StepPages
from ui.step_state import step_row


def fill_insert_menu(menu: QMenu, session: DocumentSession, pages: StepPages) -> Callable[[], None]:
    """The window's Insert menu: shows the Customer letter step, then inserts there.
    Returns what makes its entries (the window calls it after its first paint; opening
    the menu before that makes them too)."""

    def insert(text: str) -> None:
        from ui.steps.letter import LetterStep  # the step loads when first used, not at start-up

        row = step_row("customer_letter")
        pages.steps.setCurrentRow(row)
        page = pages.page(row)
        if isinstance(page, LetterStep):
            page.insert_text(text)

    def update() -> None:
        menu.menuAction().setEnabled(session.active and not session.read_only)

    def fill() -> None:
        if not menu.actions():
            from ui.field_actions import add_field_actions

            add_field_actions(menu, insert)

    menu.aboutToShow.connect(fill)
    for signal in (session.shown, session.closed, session.changed, session.read_only_changed):
        signal.connect(update)
    update()
    return fill
