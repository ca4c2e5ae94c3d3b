"""The window's file commands, each with the checks that keep the writer's work safe.

- Open: another window or instance editing the file is a question, not a
  surprise (read-only is offered); a pending snapshot of the file is offered.
- Save: a file changed on disk since it was read is a question; the version
  being replaced is kept; a failed save says why, keeps the document open
  and modified, and offers Save As.
- A file changed on disk while open: Reload (undoable) or Keep Mine.
- Recovery after a crash, and versions (open read-only, restore undoably).

The questions themselves are the window's `ask_*` methods (tests replace
them); the guards (lock, autosave, watch) are the window's `Safekeeping`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from postmortem import fileformat
from postmortem.errors import DocumentError
from postmortem.model import Document
from postmortem.templates import new_document
from postmortem.workspace.locking import DocumentLock, DocumentLocked, FileStamp
from postmortem.workspace.recovery import RecoveryOffer
from postmortem.workspace.versions import Version
from ui.recovery_dialog import RecoveryDialog
from ui.versions_dialog import VersionsDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def app_windows() -> list[MainWindow]:
    """This process's main windows that show a document."""
    found = []
    for widget in QApplication.topLevelWidgets():
        files = getattr(widget, "files", None)
        if isinstance(files, WindowFiles) and files.keep.active:
            found.append(files.window)
    return found


def editing_window(path: Path, *, besides: MainWindow | None = None) -> MainWindow | None:
    """The window of this process that edits `path`, if any (read-only windows do not count)."""
    for window in app_windows():
        keep = window.keep
        if window is not besides and not keep.read_only and window.controller.path == path:
            return window
    return None


def clock(moment: dt.datetime) -> str:
    local = moment.astimezone()
    today = dt.datetime.now().astimezone().date()
    return f"{local:%H:%M}" if local.date() == today else f"{local:%Y-%m-%d %H:%M}"


class WindowFiles(QObject):
    """New, open, save, close, reload, recover and versions for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.keep = window.keep
        self.keep.watch.changed.connect(self.disk_changed)
        self.keep.autosave.failed.connect(self._autosave_failed)
        self.keep.autosave.recovered.connect(lambda: window.message_bar.withdraw("autosave"))

    @property
    def name(self) -> str:
        path = self.controller.path
        return path.name if path is not None else self.controller.title

    def say(self, text: str, *, error: bool = True, kind: str = "", save_as: bool = False) -> None:
        actions = [("Save As…", self.window.save_as)] if save_as else []
        self.window.message_bar.show_message(text, error=error, actions=actions, kind=kind)

    # ------------------------------------------------------------ showing a document

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
        """Show `document` in this window, guarded from now on (read-only: `note` in the
        title, `why` in the message bar). The document shown before is gone: saved,
        discarded or unchanged (the caller asked)."""
        self.keep.end()
        self.window.set_read_only(read_only, note or ("read-only" if read_only else ""))
        self.controller.replace(document, path, saved=saved)
        self.keep.begin(path, lock=lock, stamp=stamp, read_only=read_only, key=key)
        self.window.show_editor()
        if read_only:
            self.say(f"Read-only: {why or 'this copy cannot be changed'}.", error=False, kind="read-only")

    def new_from_template(self, name: str) -> None:
        if self.window.has_document() and not self.window.maybe_save():
            return
        self.show(new_document(name, today=self.controller.today), None)

    def open(self, path: str | Path, *, read_only: bool = False, offer: bool = True) -> bool:
        window = self.window
        target = Path(path).resolve()
        if window.has_document() and target == self.controller.path and not self.keep.read_only:
            return True  # already open here
        lock = None
        why = "opened read-only; Save As makes an editable copy"
        if not read_only:
            other = editing_window(target, besides=window)
            if other is not None:
                answer = window.ask_open_elsewhere(target.name)
                if answer == "show":
                    other.raise_()
                    other.activateWindow()
                if answer != "read-only":
                    return False
                read_only, why = True, "another window of Postmortem Studio is editing this file"
            else:
                try:
                    lock = self.keep.claim(target)
                except DocumentLocked as locked:
                    who = locked.owner.describe()
                    if window.ask_locked(target.name, who) != "read-only":
                        return False
                    read_only, why = (
                        True,
                        f"{who} is editing this file; changes they save show here on Reload",
                    )
        if window.has_document() and not window.maybe_save():
            self.keep.release_unused(lock)
            return False
        stamp = FileStamp.of(target)  # before reading: a change while we read is noticed later
        try:
            document = fileformat.load(target)
        except DocumentError as error:
            self.keep.release_unused(lock)
            self.say(str(error))
            if not target.exists():
                window.state.remove_recent(str(path))
            return False
        self.show(document, target, lock=lock, stamp=stamp, read_only=read_only, why=why)
        window.state.add_recent(str(target))
        if offer and not read_only:
            # A snapshot left by a crash while this file was open: offer it now.
            QTimer.singleShot(0, lambda: window.offer_recovery(only=target))
        return True

    # ------------------------------------------------------------ saving

    def save(self) -> bool:
        if self.controller.path is None or self.keep.read_only:
            return self.window.save_as()
        return self.save_to(self.controller.path)

    def save_to(self, path: Path) -> bool:
        window = self.window
        target = path.resolve()
        same = target == self.controller.path and not self.keep.read_only
        if same and self.keep.watch.exists() and self.keep.watch.disk_changed():
            answer = window.ask_overwrite(target.name)
            if answer == "save-as":
                return window.save_as()
            if answer != "overwrite":
                return False
        lock = None
        if not same:
            if editing_window(target, besides=window) is not None:
                self.say(f"“{target.name}” is open in another window; save under another name.")
                return False
            try:
                lock = self.keep.claim(target)
            except DocumentLocked as locked:
                self.say(f"“{target.name}” is open by {locked.owner.describe()}; save under another name.")
                return False
        kept = self.keep.record_version(target)
        try:
            self.controller.save(target)
        except DocumentError as error:
            self.keep.release_unused(lock)
            self.keep.autosave.flush()  # the unsaved work is safe even if the app dies next
            reason = error.reason.removeprefix("cannot save: ")
            self.say(
                f"“{target.name}” was not saved: {reason}. Your changes are still here, unsaved; "
                "Save As can put them somewhere else.",
                kind="save",
                save_as=True,
            )
            return False
        if self.keep.read_only:  # a read-only copy saved under a new name: edit that file now
            self.show(self.controller.document, target, lock=lock, stamp=FileStamp.of(target))
        else:
            self.keep.saved(target, lock)
        for kind in ("save", "disk", "autosave"):
            window.message_bar.withdraw(kind)
        window.state.add_recent(str(target))
        window.statusBar().showMessage(f"Saved {target.name}", 4000)
        if kept:
            self.say(f"Saved. The version it replaced could not be kept: {kept}", error=False)
        return True

    # ------------------------------------------------------------ closing

    def close_document(self) -> bool:
        if not self.window.has_document() or not self.window.maybe_save():
            return False
        self.drop()
        return True

    def drop(self) -> None:
        """Back to the start page; the document was saved, discarded or unchanged."""
        self.keep.end()
        self.window.set_read_only(False, "")
        self.controller.replace(Document(), None)
        self.window.show_start()

    def closing(self) -> bool:
        """The window closes: True when its document may go (saved, discarded or unchanged)."""
        if not self.window.maybe_save():
            return False
        self.keep.end()  # a discarded document's snapshot goes too: the writer chose to drop it
        return True

    # ------------------------------------------------------------ the file changed on disk

    def disk_changed(self) -> None:
        if self.controller.path is None:
            return
        if not self.keep.watch.exists():
            self.say(
                f"“{self.name}” was deleted or moved by another program. It is still open here; "
                "save it to write it back.",
                kind="disk",
            )
            return
        actions = [("Reload", self.reload)]
        text = f"“{self.name}” was changed by another program."
        if not self.keep.read_only:
            actions.append(("Keep Mine", self.keep_mine))
            if self.controller.is_modified():
                text += " You have unsaved changes here; reloading replaces them (Undo brings them back)."
        self.window.message_bar.show_message(text, error=False, actions=actions, kind="disk")

    def reload(self) -> bool:
        path = self.controller.path
        if path is None:
            return False
        if self.controller.is_modified() and not self.window.ask_reload(self.name):
            self.disk_changed()  # the question stays open
            return False
        stamp = FileStamp.of(path)
        try:
            document = fileformat.load(path)
        except DocumentError as error:
            self.say(f"The file on disk cannot be read, so yours is kept: {error}", kind="disk")
            return False
        if self.keep.read_only:
            self.controller.replace(document, path)
        else:
            self.controller.replace_content(document, text="Reload from disk")
            self.controller.undo_stack.setClean()
        self.keep.watch.accept(stamp)
        self.window.message_bar.withdraw("disk")
        return True

    def keep_mine(self) -> None:
        """The writer keeps their version: it differs from the file now, so it counts as unsaved
        (autosaved, asked about on close, and saving asks before overwriting the other change)."""
        if self.controller.undo_stack.isClean():
            self.controller.undo_stack.resetClean()
        self.window.message_bar.withdraw("disk")

    def _autosave_failed(self, reason: str) -> None:
        self.say(f"Autosave is not working ({reason}). Save your work to keep it safe.", kind="autosave")

    # ------------------------------------------------------------ recovery

    def offer_recovery(self, *, only: Path | None = None, first: Path | None = None) -> RecoveryDialog | None:
        """Offer the snapshots no running window holds (those of `only`, or all with `first`'s first)."""
        store = self.keep.stores.recovery
        busy = {w.keep.autosave.key for w in app_windows()}
        snapshots = [s for s in store.pending() if s.key not in busy]
        if only is not None:
            snapshots = [s for s in snapshots if s.source == only]
        elif first is not None:
            target = Path(first).resolve()
            snapshots.sort(key=lambda s: s.source != target)
        offers = []
        for snapshot in snapshots:
            try:
                offers.append(store.offer(snapshot))
            except DocumentError:
                continue  # unreadable (a newer app's format?): left where it is, never deleted
        if not offers:
            return None
        dialog = RecoveryDialog(offers, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recover_requested.connect(lambda offer: self.recover(offer) and dialog.settled(offer))
        dialog.discard_requested.connect(lambda offer: self.discard(offer) and dialog.settled(offer))
        dialog.open()
        return dialog

    def spawn(self) -> MainWindow:
        """Another window, sharing settings and stores; it answers questions as this one does."""
        window = self.window
        other = type(window)(
            window.preferences, window.state, today=self.controller.today, stores=self.keep.stores
        )
        for name, value in vars(window).items():
            if name.startswith("ask_"):  # tests answer questions by replacing these methods
                setattr(other, name, value)
        other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        other.show()
        return other

    def _target_window(self) -> MainWindow:
        return self.window if not self.window.has_document() else self.window.spawn()

    def recover(self, offer: RecoveryOffer) -> bool:
        """Open the snapshot's work, marked unsaved; True when it is open (the snapshot then moves
        to the window's own autosave)."""
        snapshot = offer.snapshot
        source = snapshot.source
        if source is not None and source.exists():
            target = editing_window(source)
            if target is None:
                target = self._target_window()
                if not target.files.open(source, offer=False) or target.keep.read_only:
                    if target is not self.window:
                        target.close()
                    self.say(f"“{source.name}” could not be opened for editing, so its work stays kept.")
                    return False
            # Undo goes back to the saved file; the document is modified until saved.
            target.controller.replace_content(offer.document, text="Recover unsaved changes")
        else:
            lock = None
            if source is not None:  # the file is gone: the work goes back where it was
                try:
                    lock = self.keep.claim(source)
                except DocumentLocked as locked:
                    self.say(f"“{source.name}” is open by {locked.owner.describe()}; its work stays kept.")
                    return False
            target = self._target_window()
            key = snapshot.key if source is None else None
            target.files.show(offer.document, source, lock=lock, saved=False, key=key)
        autosave = target.keep.autosave
        if autosave.write_now() and autosave.key != snapshot.key:
            self.keep.stores.recovery.remove(snapshot.key)
        target.raise_()
        target.activateWindow()
        return True

    def discard(self, offer: RecoveryOffer) -> bool:
        if not self.window.ask_discard_snapshot(offer.snapshot.title or "Untitled postmortem"):
            return False
        self.keep.stores.recovery.remove(offer.snapshot.key)
        return True

    # ------------------------------------------------------------ versions

    def show_versions(self) -> VersionsDialog | None:
        path = self.controller.path
        if path is None:
            return None
        versions = self.keep.stores.versions.list(path)
        dialog = VersionsDialog(self.controller.title, versions, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.open_version)
        dialog.restore_requested.connect(lambda version: self.restore_version(version) and dialog.accept())
        dialog.open()
        return dialog

    def _load_version(self, version: Version) -> Document | None:
        try:
            return version.load()
        except DocumentError as error:
            self.say(f"That version cannot be read: {error}")
            return None

    def open_version(self, version: Version) -> MainWindow | None:
        document = self._load_version(version)
        if document is None:
            return None
        window = self.window.spawn()
        when = clock(version.shown_time)
        why = (
            f"the version of “{self.name}” saved at {when}. To bring it back, use Restore in File ▸ Versions"
        )
        window.files.show(document, None, read_only=True, note=f"read-only, version of {when}", why=why)
        return window

    def restore_version(self, version: Version) -> bool:
        document = self._load_version(version)
        if document is None or self.keep.read_only:
            return False
        text = f"Restore version of {clock(version.shown_time)}"
        if not self.controller.replace_content(document, text=text):
            self.window.statusBar().showMessage("That version says the same as the document.", 4000)
        return True
