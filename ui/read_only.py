"""Turn a step page into a read-only view: everything can be read, selected and copied; nothing edited.

Used for versions and for files another window or instance is editing. The
controller refuses edits in read-only windows too; this only makes the
widgets say so, instead of accepting keys that lead nowhere.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui import style
from ui.steps.base import StepPage
from ui.widgets.table_editor import TableEditor


def freeze_page(page: StepPage) -> None:
    """Make every field and table of `page` read-only, and its edit buttons unavailable."""
    for form in page.forms:
        for widget in form.widgets.values():
            if not isinstance(widget, TableEditor):
                freeze_field(widget)
    for editor in page.findChildren(TableEditor):
        editor.set_read_only(True)
    draft = getattr(page, "draft_button", None)  # the letter's "Draft from analysis"
    if isinstance(draft, QAbstractButton):
        draft.setEnabled(False)


def freeze_field(widget: QWidget) -> None:
    for part in (widget, *widget.findChildren(QWidget)):
        if isinstance(part, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            part.setReadOnly(True)
            style.set_read_only_look(part)
            for action in part.actions():  # formatting shortcuts (Ctrl+B) write through the cursor
                action.setEnabled(False)
        elif isinstance(part, QAbstractButton | QComboBox):
            part.setEnabled(False)
