"""What keeps one window's work safe: its lock, its autosave, its watch on the file, its versions.

The window tells `Safekeeping` when a document starts being shown (`begin`),
when it was saved (`saved`) and when it goes away (`end`); the questions to
the writer stay with the window. Where snapshots and versions live comes
from `Stores` (the user data folder, never QSettings), so tests and a
portable install can point it elsewhere.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from postmortem.errors import DocumentError
from postmortem.workspace.locking import DocumentLock, FileStamp
from postmortem.workspace.recovery import RecoveryStore, snapshot_key, spare_key
from postmortem.workspace.userdirs import recovery_dir, versions_dir
from postmortem.workspace.versions import VersionStore
from ui.autosave import Autosave
from ui.document_controller import DocumentController
from ui.file_watch import FileWatch


@dataclass(frozen=True)
class Stores:
    """Where the app keeps recovery snapshots and earlier versions."""

    recovery: RecoveryStore
    versions: VersionStore

    @classmethod
    def default(cls) -> Stores:
        """The user data folder (`POSTMORTEM_STUDIO_DATA` overrides it)."""
        return cls(RecoveryStore(recovery_dir()), VersionStore(versions_dir()))


class Safekeeping(QObject):
    """The guards around the document one window shows."""

    def __init__(self, controller: DocumentController, stores: Stores, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.stores = stores
        self.autosave = Autosave(controller, stores.recovery, self)
        self.watch = FileWatch(self)
        self.lock: DocumentLock | None = None
        self.active = False  # a document is shown and guarded
        self.read_only = False

    # ------------------------------------------------------------ a document comes and goes

    def claim(self, path: Path) -> DocumentLock:
        """Lock `path` for editing; raises DocumentLocked when a live process holds it.
        (On media that take no lock file, the lock is simply not held.)"""
        lock = DocumentLock(path)
        lock.acquire()
        return lock

    def begin(
        self,
        path: Path | None,
        *,
        lock: DocumentLock | None = None,
        stamp: FileStamp | None = None,
        read_only: bool = False,
        key: str | None = None,
    ) -> None:
        """The window now shows a document read from `path` as it was at `stamp`
        (taken before reading); untitled when `path` is None."""
        self.lock = lock
        self.read_only = read_only
        self.active = True
        if path is not None:
            self.watch.watch(path, stamp)
        else:
            self.watch.stop()
        self.autosave.start(None if read_only else key or self.key_for(path))

    def end(self, *, keep_snapshot: bool = False) -> None:
        """The document goes away (closed, or replaced by another one)."""
        self.autosave.stop(keep=keep_snapshot)
        self.watch.stop()
        if self.lock is not None:
            self.lock.release()
        self.lock = None
        self.active = False
        self.read_only = False

    def key_for(self, path: Path | None) -> str:
        """The file's own snapshot key, unless a snapshot left by a crash holds it:
        then a spare one, so autosaving never overwrites work not yet recovered."""
        if path is None:
            return snapshot_key(None)
        key = snapshot_key(path)
        return spare_key(path) if self.stores.recovery.path_for(key).exists() else key

    # ------------------------------------------------------------ saving

    def record_version(self, target: Path) -> str:
        """Keep what `target` holds before it is replaced; the problem in words, or ''."""
        try:
            self.stores.versions.record(target)
        except DocumentError as error:
            return error.reason
        return ""

    def saved(self, path: Path, lock: DocumentLock | None) -> None:
        """The document was saved to `path` (under `lock` when that is a new file)."""
        if lock is not None and lock is not self.lock:
            if self.lock is not None:
                self.lock.release()
            self.lock = lock
        if self.watch.path != path:
            self.watch.watch(path, FileStamp.of(path))
            self.autosave.start(self.key_for(path))
        else:
            self.watch.accept()

    def release_unused(self, lock: DocumentLock | None) -> None:
        if lock is not None and lock is not self.lock:
            with contextlib.suppress(OSError):
                lock.release()
