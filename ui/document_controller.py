"""The open document: its path, its undo stack and the signals views follow.

Every edit, from forms and tables alike, goes through `DocumentController`,
which pushes an undo command; the command's `redo()` is what changes the
document. The controller checks a new value first (`editing.checked_value`
raises `EditError` without touching the document), so nothing invalid
reaches the stack.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path as FilePath
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from postmortem import editing, fileformat
from postmortem.checks import Finding, Settings, SettingsError, check, find_settings
from postmortem.editing import EditError, Path
from postmortem.model import Document
from ui.notifier import DocumentSignals
from ui.undo_commands import TYPING_ID, InsertItem, MoveItem, RemoveItem, ReplaceDocument, SetValue

READ_ONLY = "This is a read-only copy: nothing in it can be changed."


class DocumentController(QObject):
    """Owns the Document, where it is saved, and the one QUndoStack for it.

    A read-only controller (a version, or a file another window edits)
    refuses every edit, whatever widget asks.
    """

    path_changed = Signal()
    findings_changed = Signal()

    def __init__(self, parent: QObject | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.document = Document()
        self.path: FilePath | None = None
        self.today = today
        self.notifier = DocumentSignals(self)
        self.undo_stack = QUndoStack(self)
        self.findings: list[Finding] = []
        self.settings = Settings()  # the organisation's, from postmortem-settings.yaml
        self.settings_problem = ""  # why that file could not be used, in words
        self.read_only = False
        # Checks are cheap, but a burst of edits (a paste, an undo macro)
        # should run them once.
        self._check_timer = QTimer(self, singleShot=True, interval=30)
        self._check_timer.timeout.connect(self.refresh_findings)
        self._held = False
        self._pending = False
        self.notifier.changed.connect(self._check_timer.start)
        self.notifier.value_changed.connect(lambda _path: self.notifier.changed.emit())
        self.path_changed.connect(self._find_settings)

    # ------------------------------------------------------------ reading

    def get(self, path: Path) -> Any:
        return editing.get(self.document, path)

    @property
    def folder(self) -> FilePath | None:
        """The document's folder, where its logo and images must live; None until saved."""
        return self.path.parent if self.path is not None else self.document.folder

    @property
    def title(self) -> str:
        return self.document.meta.title or (self.path.stem if self.path else "Untitled")

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def refresh_findings(self) -> None:
        """Run the checks now. They run on the UI thread, 30 ms after a burst of edits: findings
        that arrive at an unforeseen moment from a worker reset table cells being edited."""
        self._check_timer.stop()
        if self._held:
            self._pending = True
            return
        self.findings = check(self.document, today=self.today, settings=self.settings)
        self.findings_changed.emit()

    def hold_checks(self) -> None:
        """No checks until `release_checks` (the window is not on screen yet: the first check
        loads the rules and word lists, which must not delay the first paint)."""
        self._held = True

    def release_checks(self) -> None:
        self._held = False
        if self._pending:
            self._pending = False
            self.refresh_findings()

    def _find_settings(self) -> None:
        """A new path may have another settings file beside it; a broken one is reported, not fatal."""
        try:
            settings, self.settings_problem = (find_settings(self.path) if self.path else Settings()), ""
        except SettingsError as error:
            settings, self.settings_problem = Settings(), str(error)
        if settings != self.settings:
            self.settings = settings
            self._check_timer.start()

    # ------------------------------------------------------------ editing

    def set_value(self, path: Path, value: Any, *, text: str = "", mergeable: bool = True) -> str | None:
        """Change one field through the undo stack; returns the problem, in words, if refused."""
        if self.read_only:
            return READ_ONLY
        old = self.get(path)
        try:
            stored = editing.checked_value(self.document, path, value)
        except EditError as error:
            return error.message
        if stored == old:
            return None
        self.undo_stack.push(SetValue(self, path, old, stored, text=text, mergeable=mergeable))
        return None

    def seal_typing(self) -> None:
        """The writer left a field: the next keystroke starts a new undo step."""
        index = self.undo_stack.index()
        command = self.undo_stack.command(index - 1) if index else None
        if isinstance(command, SetValue) and command.id() == TYPING_ID:
            command.sealed = True

    def insert_item(self, list_path: Path, index: int, item: Any, *, text: str = "") -> None:
        if not self.read_only:
            self.undo_stack.push(InsertItem(self, list_path, index, item, text=text))

    def remove_item(self, list_path: Path, index: int, *, text: str = "") -> None:
        if not self.read_only:
            self.undo_stack.push(RemoveItem(self, list_path, index, text=text))

    def move_item(self, list_path: Path, source: int, target: int, *, text: str = "") -> None:
        if source != target and not self.read_only:
            self.undo_stack.push(MoveItem(self, list_path, source, target, text=text))

    def replace_content(self, document: Document, *, text: str) -> bool:
        """Make the document say what `document` says, as one undo step; False if nothing changed."""
        if self.read_only or document == self.document:
            return False
        self.undo_stack.push(ReplaceDocument(self, document, text=text))
        return True

    @contextlib.contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group the edits made inside into one undo step called `text`."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    # ------------------------------------------------------------ files

    def replace(self, document: Document, path: FilePath | None, *, saved: bool = True) -> None:
        """Show another document; its history starts clean, or, when it is not
        what the file holds (`saved=False`: recovered work), modified."""
        self.notifier.about_to_reset.emit()
        self.undo_stack.clear()
        self.document = document
        self.path = path
        if not saved:
            self.undo_stack.resetClean()
        self.notifier.reset.emit()
        self.path_changed.emit()
        self.notifier.changed.emit()
        self.refresh_findings()

    def saved_to(self, target: FilePath) -> None:
        """The document was just written to `target`: that file is where it lives now."""
        self.document.folder = target.parent
        self.undo_stack.setClean()
        if target != self.path:
            self.path = target
            self.path_changed.emit()

    def text(self) -> str:
        """The file text, as it would be saved; the preview renders from this."""
        return fileformat.dumps(self.document)
