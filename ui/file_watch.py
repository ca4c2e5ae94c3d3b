"""Notice when another program (a `git pull`, another editor) changes the open file.

QFileSystemWatcher alone misses changes: an editor that saves by renaming a
new file over the old one leaves the watcher on a file that no longer
exists. So the folder is watched too, the path is re-added after each
event, and every event (and every window activation, and every save) ends
in the same comparison with the `FileStamp` of what the window holds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from postmortem.workspace.locking import FileStamp

SETTLE_MS = 150  # editors and `git` write in several steps; look once they are done


class FileWatch(QObject):
    """Watches one file; `changed` fires once per new state on disk that the window does not hold."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, *, settle_ms: int = SETTLE_MS) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.stamp: FileStamp | None = None
        self._reported: str | None = None  # the disk state last reported, so it is reported once
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._event)
        self.watcher.directoryChanged.connect(self._event)
        self.settle = QTimer(self, singleShot=True, interval=settle_ms)
        self.settle.timeout.connect(self.check)

    def watch(self, path: Path, stamp: FileStamp | None) -> None:
        """Follow `path`, whose content the window holds as `stamp` (taken before reading it)."""
        self.stop()
        self.path = Path(path)
        self.stamp = stamp
        self._rewatch()

    def stop(self) -> None:
        self.settle.stop()
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        self.path = None
        self.stamp = None
        self._reported = None

    def accept(self, stamp: FileStamp | None = None) -> None:
        """The window now holds what is on disk (it just saved it, or reloaded it as `stamp`)."""
        if self.path is not None:
            self.stamp = stamp or FileStamp.of(self.path)
            self._reported = None
            self._rewatch()

    def disk_changed(self) -> bool:
        """True when the file on disk is not what the window holds (changed, or gone)."""
        if self.path is None:
            return False
        if self.stamp is None:
            return self.path.exists()  # it was not there (or unreadable) when opened
        return self.stamp.changed_on_disk(self.path)

    def exists(self) -> bool:
        return self.path is not None and self.path.exists()

    def check(self) -> bool:
        """Compare now; emit `changed` if the disk holds something new since the last report."""
        self.settle.stop()
        if self.path is None:
            return False
        self._rewatch()
        if not self.disk_changed():
            self._reported = None
            return False
        current = FileStamp.of(self.path)
        state = current.digest if current is not None else "missing"
        if state != self._reported:
            self._reported = state
            self.changed.emit()
        return True

    def _event(self, _path: str) -> None:
        self.settle.start()

    def _rewatch(self) -> None:
        if self.path is None:
            return
        if self.path.exists() and str(self.path) not in self.watcher.files():
            self.watcher.addPath(str(self.path))
        folder = self.path.parent
        if folder.is_dir() and str(folder) not in self.watcher.directories():
            self.watcher.addPath(str(folder))
