"""Undo commands: the only code in the app that changes a document.

Each command makes exactly one call into `postmortem.editing` in `redo()`
and one in `undo()`; compound edits (pasting events, drafting the letter)
are undo macros made of these. Commands report what changed through the
target's notifier so that views and models can follow. They know the
document only as an `EditTarget` (the controller is one), so this module
imports nothing else of the app.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from postmortem import editing
from postmortem.editing import Path
from postmortem.model import Document
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.notifier import DocumentSignals


class EditTarget(Protocol):
    """What a command changes (the document) and whom it tells (the notifier)."""

    document: Document
    notifier: DocumentSignals


# Commands with the same id may merge; only typing into one field does.
TYPING_ID = 1001


def field_label(path: Path) -> str:
    """'owner' for ('action_items', 'items', 2, 'owner'); the words undo menus show."""
    names = [part for part in path if isinstance(part, str)]
    name = names[-1] if names else "document"
    if isinstance(path[-1], int) and names:
        name = names[-1].removesuffix("s") if names[-1] not in ("five_whys",) else "why"
    return _LABELS.get(name, name.replace("_", " "))


_LABELS = {
    "text": "summary",
    "customer_promised": "customer-promised",
    "customer_visible": "customer-visible",
    "incident_id": "incident id",
    "internal_notes": "internal notes",
    "went_well": "went well",
    "went_wrong": "went wrong",
    "got_lucky": "got lucky",
    "root_cause": "root cause",
    "due": "due date",
    "tracker": "tracker link",
}

# The labels the undo menu shows in the interface's language; the others stay English.
_SHOWN = (
    QT_TRANSLATE_NOOP("FieldLabel", "title"),
    QT_TRANSLATE_NOOP("FieldLabel", "severity"),
    QT_TRANSLATE_NOOP("FieldLabel", "status"),
    QT_TRANSLATE_NOOP("FieldLabel", "summary"),
    QT_TRANSLATE_NOOP("FieldLabel", "incident id"),
    QT_TRANSLATE_NOOP("FieldLabel", "time zone"),
    QT_TRANSLATE_NOOP("FieldLabel", "author"),
    QT_TRANSLATE_NOOP("FieldLabel", "reviewer"),
    QT_TRANSLATE_NOOP("FieldLabel", "tag"),
    QT_TRANSLATE_NOOP("FieldLabel", "event"),
    QT_TRANSLATE_NOOP("FieldLabel", "time"),
    QT_TRANSLATE_NOOP("FieldLabel", "description"),
    QT_TRANSLATE_NOOP("FieldLabel", "kind"),
    QT_TRANSLATE_NOOP("FieldLabel", "customer-visible"),
    QT_TRANSLATE_NOOP("FieldLabel", "start"),
    QT_TRANSLATE_NOOP("FieldLabel", "end"),
    QT_TRANSLATE_NOOP("FieldLabel", "service"),
    QT_TRANSLATE_NOOP("FieldLabel", "customers affected"),
    QT_TRANSLATE_NOOP("FieldLabel", "data loss"),
    QT_TRANSLATE_NOOP("FieldLabel", "root cause"),
    QT_TRANSLATE_NOOP("FieldLabel", "trigger"),
    QT_TRANSLATE_NOOP("FieldLabel", "contributing factor"),
    QT_TRANSLATE_NOOP("FieldLabel", "why"),
    QT_TRANSLATE_NOOP("FieldLabel", "question"),
    QT_TRANSLATE_NOOP("FieldLabel", "answer"),
    QT_TRANSLATE_NOOP("FieldLabel", "detection analysis"),
    QT_TRANSLATE_NOOP("FieldLabel", "response analysis"),
    QT_TRANSLATE_NOOP("FieldLabel", "action item"),
    QT_TRANSLATE_NOOP("FieldLabel", "owner"),
    QT_TRANSLATE_NOOP("FieldLabel", "due date"),
    QT_TRANSLATE_NOOP("FieldLabel", "priority"),
    QT_TRANSLATE_NOOP("FieldLabel", "tracker link"),
    QT_TRANSLATE_NOOP("FieldLabel", "customer-promised"),
    QT_TRANSLATE_NOOP("FieldLabel", "went well"),
    QT_TRANSLATE_NOOP("FieldLabel", "went wrong"),
    QT_TRANSLATE_NOOP("FieldLabel", "got lucky"),
    QT_TRANSLATE_NOOP("FieldLabel", "internal notes"),
    QT_TRANSLATE_NOOP("FieldLabel", "customer action"),
    QT_TRANSLATE_NOOP("FieldLabel", "greeting"),
    QT_TRANSLATE_NOOP("FieldLabel", "closing"),
    QT_TRANSLATE_NOOP("FieldLabel", "body"),
    QT_TRANSLATE_NOOP("FieldLabel", "reference"),
    QT_TRANSLATE_NOOP("FieldLabel", "signer"),
    QT_TRANSLATE_NOOP("FieldLabel", "name"),
    QT_TRANSLATE_NOOP("FieldLabel", "email"),
    QT_TRANSLATE_NOOP("FieldLabel", "phone"),
    QT_TRANSLATE_NOOP("FieldLabel", "recipients file"),
)


def step_name(template: str, path: Path) -> str:
    """'Edit %1' with the field's label, in the interface's language: the undo menu's words."""
    label = QCoreApplication.translate("FieldLabel", field_label(path))
    return QCoreApplication.translate("UndoCommands", template).replace("%1", label)


class SetValue(QUndoCommand):
    """Set one field. Consecutive typing into the same field merges into one step.

    `new` must already be valid (the controller checks it before pushing).
    """

    def __init__(
        self,
        controller: EditTarget,
        path: Path,
        old: Any,
        new: Any,
        *,
        text: str = "",
        mergeable: bool = True,
    ) -> None:
        super().__init__(text or step_name(QT_TRANSLATE_NOOP("UndoCommands", "Edit %1"), path))
        self.controller = controller
        self.path = path
        self.old = editing.copy_item(old)
        self.new = editing.copy_item(new)
        self.mergeable = mergeable
        self.sealed = False

    def id(self) -> int:
        return TYPING_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or self.sealed or other.path != self.path:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        editing.set_value(self.controller.document, self.path, editing.copy_item(self.new))
        self.controller.notifier.value_changed.emit(self.path)

    def undo(self) -> None:
        editing.set_value(self.controller.document, self.path, editing.copy_item(self.old))
        self.controller.notifier.value_changed.emit(self.path)


class InsertItem(QUndoCommand):
    """Insert one item (a validated model instance or a plain value) into a list."""

    def __init__(
        self, controller: EditTarget, list_path: Path, index: int, item: Any, *, text: str = ""
    ) -> None:
        super().__init__(text or step_name(QT_TRANSLATE_NOOP("UndoCommands", "Add %1"), (*list_path, 0)))
        self.controller = controller
        self.list_path = list_path
        self.index = index
        self.item = editing.copy_item(item)

    def redo(self) -> None:
        notifier = self.controller.notifier
        notifier.before_insert(self.list_path, self.index)
        editing.insert(self.controller.document, self.list_path, self.index, editing.copy_item(self.item))
        notifier.after_insert(self.list_path, self.index)

    def undo(self) -> None:
        notifier = self.controller.notifier
        notifier.before_remove(self.list_path, self.index)
        editing.remove(self.controller.document, self.list_path, self.index)
        notifier.after_remove(self.list_path, self.index)


class RemoveItem(QUndoCommand):
    """Remove one item; undo puts an intact copy back at the same index."""

    def __init__(
        self, controller: EditTarget, list_path: Path, index: int, *, text: str = ""
    ) -> None:
        super().__init__(text or step_name(QT_TRANSLATE_NOOP("UndoCommands", "Delete %1"), (*list_path, 0)))
        self.controller = controller
        self.list_path = list_path
        self.index = index
        self.item = editing.copy_item(editing.get(controller.document, (*list_path, index)))

    def redo(self) -> None:
        notifier = self.controller.notifier
        notifier.before_remove(self.list_path, self.index)
        editing.remove(self.controller.document, self.list_path, self.index)
        notifier.after_remove(self.list_path, self.index)

    def undo(self) -> None:
        notifier = self.controller.notifier
        notifier.before_insert(self.list_path, self.index)
        editing.insert(self.controller.document, self.list_path, self.index, editing.copy_item(self.item))
        notifier.after_insert(self.list_path, self.index)


class MoveItem(QUndoCommand):
    """Move one item so that it ends up at index `target`."""

    def __init__(
        self, controller: EditTarget, list_path: Path, source: int, target: int, *, text: str = ""
    ) -> None:
        super().__init__(text or step_name(QT_TRANSLATE_NOOP("UndoCommands", "Move %1"), (*list_path, 0)))
        self.controller = controller
        self.list_path = list_path
        self.source = source
        self.target = target

    def _move(self, source: int, target: int) -> None:
        notifier = self.controller.notifier
        notifier.before_move(self.list_path, source, target)
        editing.move(self.controller.document, self.list_path, source, target)
        notifier.after_move(self.list_path, source, target)

    def redo(self) -> None:
        self._move(self.source, self.target)

    def undo(self) -> None:
        self._move(self.target, self.source)


class ReplaceDocument(QUndoCommand):
    """Replace everything the document says (restoring a version, recovering a
    snapshot, reloading the file): one step, and undo brings back what was there."""

    def __init__(self, controller: EditTarget, new: Document, *, text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self.old = controller.document.model_copy(deep=True)
        self.new = new.model_copy(deep=True)

    def _show(self, content: Document) -> None:
        notifier = self.controller.notifier
        notifier.about_to_reset.emit()
        editing.replace_content(self.controller.document, content)
        notifier.reset.emit()
        notifier.changed.emit()

    def redo(self) -> None:
        self._show(self.new)

    def undo(self) -> None:
        self._show(self.old)
