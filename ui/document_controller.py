"""The open document: its path, its undo stack and the signals views follow.

Every edit, from forms and tables alike, goes through `DocumentController`,
which pushes an undo command; the command's `redo()` is what changes the
document. The controller checks a new value first (`editing.checked_value`
raises `EditError` without touching the document), so nothing invalid
reaches the stack.

The checks run on a worker (`ui.background`), on a copy of the document, once
the writer pauses (`CHECK_PAUSE_MS` after the last edit; a burst of edits, a
paste or an undo macro, is checked once); their findings come back on the UI
thread. A check costs about 40 ms of Python on the worker, and the UI thread
shares the interpreter with it: checked after every keystroke, typing stalled.
An answer about an older document than the one shown (the writer typed on while
it ran: its underlines would land on the wrong words) is dropped and the checks
run again.
The check modules (rules, word lists) and the organisation's settings file load
on that worker too, never before the window's first paint.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from postmortem import editing, fileformat
from postmortem.checks.findings import Finding
from postmortem.editing import EditError, Path
from postmortem.model import Document
from ui import background
from ui.notifier import DocumentSignals
from ui.undo_commands import TYPING_ID, InsertItem, MoveItem, RemoveItem, ReplaceDocument, SetValue

if TYPE_CHECKING:
    from postmortem.checks import Settings

READ_ONLY = "This is a read-only copy: nothing in it can be changed."
CHECK_PAUSE_MS = 300


@dataclass(frozen=True)
class _Answer:
    """What one run of the checks found, and the settings it used."""

    findings: list[Finding]
    settings: Settings
    settings_problem: str


def _settings_for(path: FilePath | None) -> tuple[Settings, str]:
    """The organisation's settings beside `path` (or the built-in ones), and why a file was not usable."""
    from postmortem.checks import Settings, SettingsError, find_settings

    if path is None:
        return Settings(), ""
    try:
        return find_settings(path), ""
    except SettingsError as error:  # a broken file is reported, not fatal
        return Settings(), str(error)


def _run_checks(document: Document, today: dt.date | None, path: FilePath | None,
                known: tuple[Settings, str] | None) -> _Answer:
    """On the worker: the settings (looked up again when the path changed), then the checks."""
    from postmortem.checks import check

    settings, problem = known if known is not None else _settings_for(path)
    return _Answer(check(document, today=today, settings=settings), settings, problem)


class DocumentController(QObject):
    """Owns the Document, where it is saved, and the one QUndoStack for it.

    A read-only controller (a version, or a file another window edits)
    refuses every edit, whatever widget asks.
    """

    path_changed = Signal()
    left_copies_removed = Signal(list)  # the hidden merge copies an earlier version left beside the file
    findings_changed = Signal()

    def __init__(self, parent: QObject | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.document = Document()
        self.path: FilePath | None = None
        self.today = today
        self.notifier = DocumentSignals(self)
        self.undo_stack = QUndoStack(self)
        self.findings: list[Finding] = []
        # The organisation's settings (postmortem-settings.yaml beside the file) and why that
        # file could not be used, in words; None until looked up for the current path.
        self._settings: tuple[Settings, str] | None = None
        self.read_only = False
        # Restarted by every edit: fires once the writer pauses.
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_PAUSE_MS)
        self._check_timer.timeout.connect(self.recheck)
        self._held = False
        self._pending = False
        self._tidy_pending = False  # the folder's left copies, once the hold ends
        self._edits = 0  # changes so far: an answer about fewer is not shown
        self._job: background.Job[_Answer] | None = None
        self._stopped = False
        self.notifier.changed.connect(self._changed)
        self.notifier.value_changed.connect(lambda _path: self.notifier.changed.emit())
        self.path_changed.connect(self._path_changed)

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

    @property
    def settings(self) -> Settings:
        """The organisation's settings for this document (built-in ones when there is no file)."""
        if self._settings is None:
            self._settings = _settings_for(self.path)
        return self._settings[0]

    @property
    def settings_problem(self) -> str:
        """Why the settings file beside the document was not used, in words ("" when it was)."""
        return self._settings[1] if self._settings is not None else ""

    def refresh_findings(self) -> None:
        """Run the checks now, on this thread, and show their findings (for callers that need
        the answer at once; edits are checked on a worker)."""
        self._check_timer.stop()
        if self._held:
            self._pending = True
            return
        self._show(_run_checks(self.document, self.today, self.path, self._settings))

    def recheck(self) -> None:
        """Check the document as it is now, on a worker. One check runs at a time; edits made
        meanwhile are checked when it ends, and only the newest answer is shown."""
        self._check_timer.stop()
        if self._held:
            self._pending = True
            return
        if self._stopped:
            return
        if self._job is None:
            self._start_check()

    def _changed(self) -> None:
        self._edits += 1
        self._check_timer.start()

    def _start_check(self) -> None:
        generation, copy = self._edits, self.document.model_copy(deep=True)
        today, path, known = self.today, self.path, self._settings
        self._job = background.run(
            lambda: _run_checks(copy, today, path, known),
            owner=self,
            done=lambda answer: self._checked(generation, path, answer),
            name="checks",
        )

    def _checked(self, generation: int, path: FilePath | None, answer: _Answer) -> None:
        self._job = None
        if self._stopped:
            return
        if generation == self._edits and path == self.path:
            self._show(answer)
        elif not self._check_timer.isActive():  # it changed while this ran: check it as it is now
            self._start_check()

    def _show(self, answer: _Answer) -> None:
        self._settings = (answer.settings, answer.settings_problem)
        self.findings = answer.findings
        self.findings_changed.emit()

    def hold_checks(self) -> None:
        """No checks, and no looking for the folder's left copies, until `release_checks` (the
        window is not on screen yet: the first check loads the rules and word lists, which must
        not delay the first paint)."""
        self._held = True

    def release_checks(self) -> None:
        self._held = False
        if self._tidy_pending:
            self._tidy_pending = False
            self._remove_left_copies()
        if self._pending:
            self._pending = False
            self.recheck()

    def stop(self) -> None:
        """No more checks: wait for the one running (the window is closing)."""
        self._stopped = True
        self._check_timer.stop()
        if self._job is not None:
            self._job.wait()

    def wait_for_checks(self) -> None:
        """Until the findings describe the document as it is now (a test, or a step that needs them)."""
        while self._check_timer.isActive() or self._job is not None:
            if self._check_timer.isActive():
                self.recheck()
            if self._job is not None:
                self._job.wait()

    def _path_changed(self) -> None:
        """Another path may have another settings file beside it: looked up with the next check."""
        self._settings = None
        self._check_timer.start()
        if self._held:
            self._tidy_pending = True
        else:
            self._remove_left_copies()

    def _remove_left_copies(self) -> None:
        folder = self.folder
        if folder is not None and not self.read_only:
            # Imported here: nothing of the mail merge loads before the first paint.
            from postmortem.mail.left_copies import remove_left_copies

            background.run(lambda: remove_left_copies(folder), owner=self, done=self.left_copies_removed.emit,
                           name="left-copies")

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
        self.recheck()

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
