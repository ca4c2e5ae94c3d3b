"""Autosave: a recovery snapshot of the open document, never the writer's file.

Keyed to the undo stack: every change restarts a short debounce (the writer
paused), and the first change after a snapshot starts a "max wait" timer
that typing does not restart, so a writer who never pauses still gets a
snapshot every `max_wait_ms`. Back at the clean state (saved, or undone to
it) the snapshot is removed: the file itself holds that content.

A copy of the document is taken on the UI thread when the timer fires (the
document as it is at that moment, under a millisecond for the example); its
text is made and written on a worker (`ui.background`): the text takes 3 to
10 ms, the atomic write's fsync can take tens of milliseconds on a busy disk,
and typing must not wait for either. Writes happen
one at a time and in order: a new write, a removal or a write the caller
must see done (`write_now`: before a risky step, on recovery) first waits for
the one in flight, so an older snapshot never lands over a newer one or over
a removal.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from postmortem.errors import DocumentError
from postmortem.workspace.recovery import RecoveryStore
from ui import background
from ui.document_controller import DocumentController

DEBOUNCE_MS = 2_000
MAX_WAIT_MS = 30_000


class Autosave(QObject):
    """Keeps one window's unsaved work in `store` under `key`."""

    written = Signal(object)  # the snapshot's path
    failed = Signal(str)  # why the snapshot could not be written, in one line
    recovered = Signal()  # a write succeeded after a failure

    def __init__(
        self,
        controller: DocumentController,
        store: RecoveryStore,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.store = store
        self.key: str | None = None  # None: nothing to keep (no document, or read-only)
        self.failing = False
        self._job: background.Job[Path] | None = None  # the write in flight, if any
        self.debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self.max_wait = QTimer(self, singleShot=True, interval=max_wait_ms)
        self.debounce.timeout.connect(self.write_soon)
        self.max_wait.timeout.connect(self.write_soon)
        # Every change, not every undo step: typing into one field merges into one
        # step, and each keystroke must still restart the pause.
        controller.notifier.changed.connect(self._changed)
        controller.undo_stack.indexChanged.connect(self._changed)
        controller.undo_stack.cleanChanged.connect(self._changed)

    def set_intervals(self, debounce_ms: int, max_wait_ms: int) -> None:
        self.debounce.setInterval(debounce_ms)
        self.max_wait.setInterval(max_wait_ms)

    def start(self, key: str | None) -> None:
        """Keep the current document under `key` from now on (None: keep nothing)."""
        self._stop()
        self.key = key
        self._changed()

    def pending(self) -> bool:
        """True while a change waits for its snapshot to be made."""
        return self.debounce.isActive() or self.max_wait.isActive()

    def _changed(self, *_args: object) -> None:
        if self.key is None:
            return
        if self.controller.undo_stack.isClean():
            self._stop()
            self.remove()
            return
        self.debounce.start()  # restarted by every change: fires once the writer pauses
        if not self.max_wait.isActive():
            self.max_wait.start()  # not restarted: fires even if the writer never pauses

    def write_soon(self) -> None:
        """Snapshot the document as it is now; the file is written on a worker."""
        self._stop()
        if self.key is None or self.controller.undo_stack.isClean():
            return
        self.wait()
        # A copy of the document as it is now (under a millisecond); its text is made on the
        # worker, with the write (3 to 10 ms for the example, more for a long timeline).
        key, path, store = self.key, self.controller.path, self.store
        document = self.controller.document.model_copy(deep=True)
        self._job = background.run(
            lambda: store.write(key, document, path),
            owner=self,
            done=self._written,
            failed=self._failed,
            name="autosave",
        )

    def write_now(self) -> bool:
        """Write the snapshot now, on this thread, if there is unsaved work; False if that failed."""
        self._stop()
        if self.key is None or self.controller.undo_stack.isClean():
            return True
        self.wait()
        try:
            path = self.store.write(self.key, self.controller.document, self.controller.path)
        except DocumentError as error:
            self._failed(error)
            return False
        self._written(path)
        return True

    def wait(self) -> None:
        """Until the write in flight (if any) has ended and been reported."""
        if self._job is not None:
            self._job.wait()

    def _written(self, path: Path) -> None:
        self._job = None
        if self.failing:
            self.failing = False
            self.recovered.emit()
        self.written.emit(path)

    def _failed(self, error: Exception) -> None:
        self._job = None
        if not isinstance(error, DocumentError):
            raise error
        if not self.failing:
            self.failing = True
            self.failed.emit(error.reason)
        self.debounce.start()  # try again after the next pause, even without more typing

    def flush(self) -> bool:
        """Write a waiting snapshot at once (before a risky step, or a deliberate crash)."""
        if self.pending():
            return self.write_now()
        self.wait()  # a snapshot being written is on disk when this returns
        return not self.failing

    def remove(self) -> None:
        """Drop the snapshot: the file holds this content, or the writer discarded it."""
        self._stop()
        self.wait()
        if self.key is not None:
            with contextlib.suppress(OSError):
                self.store.remove(self.key)

    def stop(self, *, keep: bool) -> None:
        """The document goes away: keep its snapshot (a crash-like exit) or remove it."""
        if not keep:
            self.remove()
        self._stop()
        self.wait()
        self.key = None

    def _stop(self) -> None:
        self.debounce.stop()
        self.max_wait.stop()
