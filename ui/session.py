"""One document's life in the app, with the checks that keep the writer's work safe.

`DocumentSession` is not a widget. It owns the `DocumentController` (the
document, its undo stack, its findings) and `Safekeeping` (the lock, the
autosave, the watch on the file), and it does the file commands: new, open,
save, save as, close, reload, recover, versions. It talks to its window only
through signals, and to the writer only through the `Questions` object it is
given (tests give it one that answers as the test says).

- Open: another window or instance editing the file is a question, not a
  surprise (read-only is offered); a pending snapshot of the file is offered.
- Save: a file changed on disk since it was read is a question; the version
  being replaced is kept; a failed save says why, keeps the document open
  and modified, and offers Save As.
- A file changed on disk while open: Reload (undoable) or Keep Mine; a version
  is restored as one undoable step. Work that opens in another window (a
  recovered snapshot, a version read-only) is `recovery_actions`.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from postmortem import fileformat
from postmortem.atomic import atomic_write
from postmortem.errors import DocumentError
from postmortem.model import Document
from postmortem.workspace.locking import DocumentLock, DocumentLocked, FileStamp
from postmortem.workspace.versions import Version
from ui import background
from ui.document_controller import DocumentController
from ui.questions import Questions
from ui.safekeeping import Safekeeping, Stores
from ui.session_text import Message, clock, said, slug
from ui.settings import WindowState

EXTENSION = fileformat.EXTENSION


class DocumentSession(QObject):
    """The document one window shows, from opening to closing."""

    # Every session of this process, so that a file another window edits is noticed
    # and recovery skips snapshots a running window still writes; no widgets are walked.
    _all: ClassVar[weakref.WeakSet[DocumentSession]] = weakref.WeakSet()

    shown = Signal()  # a document is shown: the window shows the editor
    closed = Signal()  # no document any more: the window shows the start page
    changed = Signal()  # the title, path, read-only note or modified state changed
    read_only_changed = Signal(bool)
    message = Signal(object)  # a `Message` for the window's message line
    withdrawn = Signal(str)  # a message kind that is no longer true
    status = Signal(str)  # a passing note ("Saved raid-outage.postmortem")
    raise_requested = Signal()  # another window sent the writer here
    close_requested = Signal()  # a window opened for work that could not be shown
    recovery_wanted = Signal(object)  # a file just opened may have crashed work to offer

    def __init__(
        self,
        questions: Questions,
        state: WindowState,
        stores: Stores,
        *,
        today: dt.date | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.questions = questions
        self.state = state
        self.controller = DocumentController(self, today=today)
        self.keep = Safekeeping(self.controller, stores, self)
        self.read_only_note = ""  # "read-only", or "read-only, version of 14:02"
        # Another window's session, for work that opens beside this one (the window wires it).
        self.open_window: Callable[[], DocumentSession] | None = None
        self.keep.watch.changed.connect(self.disk_changed)
        self.keep.autosave.failed.connect(self._autosave_failed)
        self.keep.autosave.recovered.connect(self._autosave_works)
        # Bound methods, not lambdas: Qt drops these connections when the session goes.
        self.controller.undo_stack.cleanChanged.connect(self._announce)
        self.controller.notifier.changed.connect(self._announce)
        self.controller.path_changed.connect(self._announce)
        DocumentSession._all.add(self)

    @classmethod
    def live(cls) -> list[DocumentSession]:
        """The sessions of this process that show a document."""
        return [session for session in list(cls._all) if session.active]

    @classmethod
    def editing(cls, path: Path, *, besides: DocumentSession | None = None) -> DocumentSession | None:
        """The session of this process that edits `path`, if any (read-only ones do not count)."""
        for session in cls.live():
            if session is not besides and not session.read_only and session.controller.path == path:
                return session
        return None

    # ------------------------------------------------------------ what the window shows

    @property
    def active(self) -> bool:
        """A document is shown (not the start page)."""
        return self.keep.active

    @property
    def read_only(self) -> bool:
        return self.controller.read_only

    @property
    def name(self) -> str:
        path = self.controller.path
        return path.name if path is not None else self.controller.title

    def is_modified(self) -> bool:
        return self.active and self.controller.is_modified()

    def say(self, text: str, *, error: bool = True, kind: str = "", save_as: bool = False) -> None:
        actions = ((self.tr("Save As…"), self.save_as),) if save_as else ()
        self.message.emit(Message(text, error=error, kind=kind, actions=actions))

    def set_read_only(self, read_only: bool, note: str) -> None:
        self.read_only_note = note
        if read_only != self.controller.read_only:
            self.controller.read_only = read_only
            self.read_only_changed.emit(read_only)

    def show(
        self,
        document: Document,
        path: Path | None,
        *,
        lock: DocumentLock | None = None,
        stamp: FileStamp | None = None,
        read_only: bool = False,
        note: str = "",
        why: str = "",
        saved: bool = True,
        key: str | None = None,
    ) -> None:
        """Show `document`, guarded from now on (read-only: `note` in the title, `why` in
        the message line). The document shown before is gone: saved, discarded or unchanged."""
        self.keep.end()
        self.set_read_only(read_only, note or ("read-only" if read_only else ""))
        self.controller.replace(document, path, saved=saved)
        self.keep.begin(path, lock=lock, stamp=stamp, read_only=read_only, key=key)
        self.shown.emit()
        self.changed.emit()
        if read_only:
            self.say(said("read-only", why, QCoreApplication.translate), error=False, kind="read-only")

    # ------------------------------------------------------------ new and open

    def new_document(self) -> None:
        """Ctrl+N: back to the start page, where a template is chosen."""
        if self.maybe_save():
            self.drop()

    def new_from_template(self, name: str) -> None:
        if self.maybe_save():
            from postmortem.templates import new_document  # a file opened at start-up needs no template
            self.show(new_document(name, today=self.controller.today), None)

    def open(self, path: str | Path | None = None, *, read_only: bool = False, offer: bool = True) -> bool:
        """Open a file (asking which when `path` is None); `offer` its autosaved work, if any."""
        if path is None:
            path = self.questions.open_path(self.controller.folder or Path.home())
            if not path:
                return False
        target = Path(path).resolve()
        if self.active and target == self.controller.path and not self.read_only:
            return True  # already open here
        lock = None
        why = self.tr("opened read-only; Save As makes an editable copy")
        if not read_only:
            other = DocumentSession.editing(target, besides=self)
            if other is not None:
                answer = self.questions.open_elsewhere(target.name)
                if answer == "show":
                    other.raise_requested.emit()
                if answer != "read-only":
                    return False
                read_only, why = True, self.tr("another window of Postmortem Studio is editing this file")
            else:
                try:
                    lock = self.keep.claim(target)
                except DocumentLocked as locked:
                    who = locked.owner.describe()
                    if self.questions.locked(target.name, who) != "read-only":
                        return False
                    read_only = True
                    why = f"{who} is editing this file; changes they save show here on Reload"
        if not self.maybe_save():
            self.keep.release_unused(lock)
            return False
        stamp = FileStamp.of(target)  # before reading: a change while we read is noticed later
        try:
            document = fileformat.load(target)
        except DocumentError as error:
            self.keep.release_unused(lock)
            self.say(str(error))
            if not target.exists():
                self.state.remove_recent(str(path))
            return False
        self.show(document, target, lock=lock, stamp=stamp, read_only=read_only, why=why)
        self.state.add_recent(str(target))
        if offer and not read_only:
            # A snapshot left by a crash while this file was open: offer it once the window is up.
            QTimer.singleShot(0, lambda: self.recovery_wanted.emit(target))
        return True

    # ------------------------------------------------------------ saving

    def save(self) -> bool:
        if self.controller.path is None or self.read_only:
            return self.save_as()
        return self.save_to(self.controller.path)

    def save_as(self) -> bool:
        folder = self.controller.folder or Path.home()
        path = self.questions.save_path(folder / f"{slug(self.controller.title)}{EXTENSION}")
        if not path:
            return False
        if not path.endswith(EXTENSION):
            path += EXTENSION
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        target = path.resolve()
        same = target == self.controller.path and not self.read_only
        if same and self.keep.watch.exists() and self.keep.watch.disk_changed():
            answer = self.questions.overwrite(target.name)
            if answer == "save-as":
                return self.save_as()
            if answer != "overwrite":
                return False
        lock = None
        if not same:
            if DocumentSession.editing(target, besides=self) is not None:
                self.say(f"“{target.name}” is open in another window; save under another name.")
                return False
            try:
                lock = self.keep.claim(target)
            except DocumentLocked as locked:
                self.say(f"“{target.name}” is open by {locked.owner.describe()}; save under another name.")
                return False
        text = fileformat.dumps(self.controller.document).encode("utf-8")

        def write() -> str:
            kept = self.keep.record_version(target)
            atomic_write(target, text)
            return kept

        try:
            kept = background.run_and_wait(write, owner=self, name="save")
        except DocumentError as error:
            self.keep.release_unused(lock)
            self.keep.autosave.flush()  # the unsaved work is safe even if the app dies next
            reason = error.reason.removeprefix("cannot save: ")
            self.say(
                self.tr("“%1” was not saved: %2. Your changes are still here, unsaved; "
                "Save As can put them somewhere else.").replace("%1", target.name).replace("%2", reason),
                kind="save",
                save_as=True,
            )
            return False
        self.controller.saved_to(target)
        if self.read_only:  # a read-only copy saved under a new name: edit that file now
            self.show(self.controller.document, target, lock=lock, stamp=FileStamp.of(target))
        else:
            self.keep.saved(target, lock)
        for kind in ("save", "disk", "autosave"):
            self.withdrawn.emit(kind)
        self.state.add_recent(str(target))
        self.status.emit(self.tr("Saved %1").replace("%1", target.name))
        self.changed.emit()
        if kept:
            self.say(said("not kept", kept, QCoreApplication.translate), error=False)
        return True

    # ------------------------------------------------------------ closing

    def maybe_save(self) -> bool:
        """True when it is fine to drop the document: saved, discarded, or unchanged."""
        if not self.is_modified():
            return True
        answer = self.questions.unsaved(self.controller.title)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def close_document(self) -> bool:
        if not self.active or not self.maybe_save():
            return False
        self.drop()
        return True

    def drop(self) -> None:
        """Back to the start page; the document was saved, discarded or unchanged."""
        self.keep.end()
        self.set_read_only(False, "")
        self.controller.replace(Document(), None)
        self.closed.emit()
        self.changed.emit()

    def closing(self) -> bool:
        """The window closes: True when its document may go (saved, discarded or unchanged)."""
        if not self.maybe_save():
            return False
        self.keep.end()  # a discarded document's snapshot goes too: the writer chose to drop it
        return True

    # ------------------------------------------------------------ the file changed on disk

    def check_disk(self) -> None:
        """The writer is back from another program: did it change the file?"""
        self.keep.watch.check()

    def disk_changed(self) -> None:
        if self.controller.path is None:
            return
        if not self.keep.watch.exists():
            self.say(
                self.tr("“%1” was deleted or moved by another program. It is still open here; "
                "save it to write it back.").replace("%1", self.name),
                kind="disk",
            )
            return
        actions: list[tuple[str, Callable[[], object]]] = [(self.tr("Reload"), self.reload)]
        text = self.tr("“%1” was changed by another program.").replace("%1", self.name)
        if not self.read_only:
            actions.append((self.tr("Keep Mine"), self.keep_mine))
            if self.controller.is_modified():
                text += " You have unsaved changes here; reloading replaces them (Undo brings them back)."
        self.message.emit(Message(text, error=False, kind="disk", actions=tuple(actions)))

    def reload(self) -> bool:
        path = self.controller.path
        if path is None:
            return False
        if self.controller.is_modified() and not self.questions.reload(self.name):
            self.disk_changed()  # the question stays open
            return False
        stamp = FileStamp.of(path)
        try:
            document = fileformat.load(path)
        except DocumentError as error:
            self.say(said("disk", str(error), QCoreApplication.translate), kind="disk")
            return False
        if self.read_only:
            self.controller.replace(document, path)
        else:
            self.controller.replace_content(document, text="Reload from disk")
            self.controller.undo_stack.setClean()
        self.keep.watch.accept(stamp)
        self.withdrawn.emit("disk")
        return True

    def keep_mine(self) -> None:
        """The writer keeps their version: it differs from the file now, so it counts as unsaved
        (autosaved, asked about on close, and saving asks before overwriting the other change)."""
        if self.controller.undo_stack.isClean():
            self.controller.undo_stack.resetClean()
        self.withdrawn.emit("disk")

    def _announce(self, *_args: object) -> None:
        self.changed.emit()

    def _autosave_works(self) -> None:
        self.withdrawn.emit("autosave")

    def _autosave_failed(self, reason: str) -> None:
        self.say(said("autosave", reason, QCoreApplication.translate), kind="autosave")

    # ------------------------------------------------------------ versions

    def versions(self) -> list[Version]:
        """What earlier saves of this file replaced, newest first."""
        path = self.controller.path
        return self.keep.stores.versions.list(path) if path is not None else []

    def load_version(self, version: Version) -> Document | None:
        try:
            return version.load()
        except DocumentError as error:
            self.say(self.tr("That version cannot be read: %1").replace("%1", str(error)))
            return None

    def restore_version(self, version: Version) -> bool:
        document = self.load_version(version)
        if document is None or self.read_only:
            return False
        text = said("restore", clock(version.shown_time), QCoreApplication.translate)
        if not self.controller.replace_content(document, text=text):
            self.status.emit(self.tr("That version says the same as the document."))
        return True
