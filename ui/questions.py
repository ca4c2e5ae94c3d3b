"""The questions the app asks the writer, each a method returning plain words.

A `DocumentSession` is given one `Questions` object and asks through it
only; tests give it one that answers as the test says, instead of clicking
native dialogs. The dialogs sit over the active window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from ui.i18n.languages import translate
from ui.i18n.marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton

# QMessageBox and QFileDialog are imported when a question is first asked: a PySide6 class
# builds all its enums when first touched, which the window need not pay before it is on screen.

APP_NAME = "Postmortem Studio"
FILE_FILTER = QT_TRANSLATE_NOOP("Questions", "Postmortems (*.postmortem);;All files (*)")


def _ask(
    parent: QWidget | None,
    text: str,
    detail: str,
    choices: list[tuple[str, str, str]],
    *,
    default: str,
) -> str:
    """Show a message box whose buttons say what they do (each with the name of its
    `QMessageBox.ButtonRole`); return the chosen answer."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(detail)
    answers: dict[QAbstractButton, str] = {}
    for answer, caption, role in choices:
        button = box.addButton(caption, getattr(QMessageBox.ButtonRole, role))
        answers[button] = answer
        if answer == default:
            box.setDefaultButton(button)
    box.exec()
    clicked = box.clickedButton()
    return answers.get(clicked, "cancel") if clicked is not None else "cancel"


def _parent() -> QWidget | None:
    return QApplication.activeWindow()


class Questions:
    """Asks the writer with message boxes and file dialogs."""

    def open_path(self, folder: Path) -> str:
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getOpenFileName(
            _parent(), translate("Questions", "Open a postmortem"), str(folder),
            translate("Questions", FILE_FILTER),
        )[0]

    def import_paths(self, folder: Path, file_filter: str) -> list[str]:
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getOpenFileNames(
            _parent(), translate("Questions", "Import"), str(folder), file_filter
        )[0]

    def save_path(self, suggestion: Path) -> str:
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getSaveFileName(
            _parent(), translate("Questions", "Save the postmortem"), str(suggestion),
            translate("Questions", FILE_FILTER),
        )[0]

    def unsaved(self, title: str) -> str:
        """'save', 'discard' or 'cancel'."""
        from PySide6.QtWidgets import QMessageBox

        Button = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            translate("Questions", "Save the changes to “%1” before closing?").replace("%1", title),
            Button.Save | Button.Discard | Button.Cancel,
            _parent(),
        )
        box.setInformativeText(translate("Questions", "Your changes are lost if you don't save them."))
        box.setDefaultButton(Button.Save)
        answer = Button(box.exec())
        return {Button.Save: "save", Button.Discard: "discard"}.get(answer, "cancel")

    def locked(self, name: str, who: str) -> str:
        """'read-only' or 'cancel': the file is being edited by another instance."""
        return _ask(
            _parent(),
            translate("Questions", "“%1” is already open by %2.").replace("%1", name).replace("%2", who),
            translate(
                "Questions",
                "Two people saving the same file overwrite each other's work. You can open it read-only "
                "to read it; close it there first to edit it here.",
            ),
            [
                ("read-only", translate("Questions", "Open Read-Only"), "AcceptRole"),
                ("cancel", translate("Questions", "Cancel"), "RejectRole"),
            ],
            default="read-only",
        )

    def open_elsewhere(self, name: str) -> str:
        """'show', 'read-only' or 'cancel': another window of this app edits the file."""
        return _ask(
            _parent(),
            translate("Questions", "“%1” is already open in another Postmortem Studio window.").replace(
                "%1", name
            ),
            translate("Questions", "Edit it there, or open a read-only copy here."),
            [
                ("show", translate("Questions", "Show That Window"), "AcceptRole"),
                ("read-only", translate("Questions", "Open Read-Only"), "ActionRole"),
                ("cancel", translate("Questions", "Cancel"), "RejectRole"),
            ],
            default="show",
        )

    def overwrite(self, name: str) -> str:
        """'overwrite', 'save-as' or 'cancel': the file changed on disk since it was opened."""
        return _ask(
            _parent(),
            translate("Questions", "“%1” was changed by another program since you opened it.").replace(
                "%1", name
            ),
            translate(
                "Questions",
                "Saving replaces those changes with yours (the file as it is now is kept under "
                "File ▸ Versions). Save As keeps both.",
            ),
            [
                ("overwrite", translate("Questions", "Overwrite the Other Change"), "DestructiveRole"),
                ("save-as", translate("Questions", "Save As…"), "AcceptRole"),
                ("cancel", translate("Questions", "Cancel"), "RejectRole"),
            ],
            default="save-as",
        )

    def reload(self, name: str) -> bool:
        """True to reload although the document has unsaved changes."""
        answer = _ask(
            _parent(),
            translate("Questions", "Reload “%1” from disk?").replace("%1", name),
            translate(
                "Questions",
                "Your unsaved changes are replaced by what the file now says. Edit ▸ Undo brings them back.",
            ),
            [
                ("reload", translate("Questions", "Reload"), "DestructiveRole"),
                ("cancel", translate("Questions", "Cancel"), "RejectRole"),
            ],
            default="cancel",
        )
        return answer == "reload"

    def discard_snapshot(self, title: str) -> bool:
        """True to delete an autosaved copy for good."""
        answer = _ask(
            _parent(),
            translate("Questions", "Discard the unsaved work in “%1”?").replace("%1", title),
            translate("Questions", "The autosaved copy is deleted. This cannot be undone."),
            [
                ("discard", translate("Questions", "Discard"), "DestructiveRole"),
                ("cancel", translate("Questions", "Cancel"), "RejectRole"),
            ],
            default="cancel",
        )
        return answer == "discard"
