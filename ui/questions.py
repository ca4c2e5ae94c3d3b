"""The questions the app asks the writer, as small functions returning plain words.

The window exposes each as an `ask_*` method so that tests replace the
method instead of clicking a native dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

APP_NAME = "Postmortem Studio"

Button = QMessageBox.StandardButton
Role = QMessageBox.ButtonRole


def _ask(
    parent: QWidget | None,
    text: str,
    detail: str,
    choices: list[tuple[str, str, Role]],
    *,
    default: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> str:
    """Show a message box whose buttons say what they do; return the chosen answer."""
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(detail)
    answers = {}
    for answer, caption, role in choices:
        button = box.addButton(caption, role)
        answers[button] = answer
        if answer == default:
            box.setDefaultButton(button)
    box.exec()
    return answers.get(box.clickedButton(), "cancel")


def open_path(parent: QWidget, folder: Path, file_filter: str) -> str:
    return QFileDialog.getOpenFileName(parent, "Open a postmortem", str(folder), file_filter)[0]


def save_path(parent: QWidget, suggestion: Path, file_filter: str) -> str:
    return QFileDialog.getSaveFileName(parent, "Save the postmortem", str(suggestion), file_filter)[0]


def unsaved(parent: QWidget, title: str) -> str:
    """'save', 'discard' or 'cancel'."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        f"Save the changes to “{title}” before closing?",
        Button.Save | Button.Discard | Button.Cancel,
        parent,
    )
    box.setInformativeText("Your changes are lost if you don't save them.")
    box.setDefaultButton(Button.Save)
    answer = Button(box.exec())
    return {Button.Save: "save", Button.Discard: "discard"}.get(answer, "cancel")


def locked(parent: QWidget, name: str, who: str) -> str:
    """'read-only' or 'cancel': the file is being edited by another instance."""
    return _ask(
        parent,
        f"“{name}” is already open by {who}.",
        "Two people saving the same file overwrite each other's work. You can open it read-only "
        "to read it; close it there first to edit it here.",
        [("read-only", "Open Read-Only", Role.AcceptRole), ("cancel", "Cancel", Role.RejectRole)],
        default="read-only",
    )


def open_elsewhere(parent: QWidget, name: str) -> str:
    """'show', 'read-only' or 'cancel': another window of this app edits the file."""
    return _ask(
        parent,
        f"“{name}” is already open in another Postmortem Studio window.",
        "Edit it there, or open a read-only copy here.",
        [
            ("show", "Show That Window", Role.AcceptRole),
            ("read-only", "Open Read-Only", Role.ActionRole),
            ("cancel", "Cancel", Role.RejectRole),
        ],
        default="show",
    )


def overwrite(parent: QWidget, name: str) -> str:
    """'overwrite', 'save-as' or 'cancel': the file changed on disk since it was opened."""
    return _ask(
        parent,
        f"“{name}” was changed by another program since you opened it.",
        "Saving replaces those changes with yours (the file as it is now is kept under "
        "File ▸ Versions). Save As keeps both.",
        [
            ("overwrite", "Overwrite the Other Change", Role.DestructiveRole),
            ("save-as", "Save As…", Role.AcceptRole),
            ("cancel", "Cancel", Role.RejectRole),
        ],
        default="save-as",
    )


def reload_over_changes(parent: QWidget, name: str) -> bool:
    """True to reload although the document has unsaved changes."""
    answer = _ask(
        parent,
        f"Reload “{name}” from disk?",
        "Your unsaved changes are replaced by what the file now says. Edit ▸ Undo brings them back.",
        [("reload", "Reload", Role.DestructiveRole), ("cancel", "Cancel", Role.RejectRole)],
        default="cancel",
    )
    return answer == "reload"


def discard_snapshot(parent: QWidget, title: str) -> bool:
    """True to delete an autosaved copy for good."""
    answer = _ask(
        parent,
        f"Discard the unsaved work in “{title}”?",
        "The autosaved copy is deleted. This cannot be undone.",
        [("discard", "Discard", Role.DestructiveRole), ("cancel", "Cancel", Role.RejectRole)],
        default="cancel",
    )
    return answer == "discard"
