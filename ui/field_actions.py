"""The letter's fields as menu entries: the editor's Insert field submenu and the window's Insert menu.

Its own module so that the letter step and the window's Insert menu, which
shows that step, can both use it without importing each other.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu

from postmortem.letterfields import VOCABULARY


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
