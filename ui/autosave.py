"""Autosave: a recovery snapshot of the open document, never the writer's file.

Keyed to the undo stack: every change restarts a short debounce (the writer
paused), and the first change after a snapshot starts a "max wait" timer
that typing does not restart, so a writer who never pauses still gets a
snapshot every `max_wait_ms`. Back at the clean state (saved, or undone to
it) the snapshot is removed: the file itself holds that content.

Writing happens on the UI thread: the example's snapshot takes about 2 ms
(serialising about 1 ms, atomic write with fsync about 1 ms on ext4).
"""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import QObject, QTimer, Signal

from postmortem.errors import DocumentError
from postmortem.workspace.recovery import RecoveryStore
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
        self.last_write_ms = 0.0
        self.debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self.max_wait = QTimer(self, singleShot=True, interval=max_wait_ms)
        self.debounce.timeout.connect(self.write_now)
        self.max_wait.timeout.connect(self.write_now)
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
        """True while a change waits for its snapshot."""
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

    def write_now(self) -> bool:
        """Write the snapshot now if there is unsaved work; False if that failed."""
        self._stop()
        if self.key is None or self.controller.undo_stack.isClean():
            return True
        started = time.perf_counter()
        try:
            path = self.store.write(self.key, self.controller.document, self.controller.path)
        except DocumentError as error:
            if not self.failing:
                self.failing = True
                self.failed.emit(error.reason)
            self.debounce.start()  # try again after the next pause, even without more typing
            return False
        self.last_write_ms = (time.perf_counter() - started) * 1000
        if self.failing:
            self.failing = False
            self.recovered.emit()
        self.written.emit(path)
        return True

    def flush(self) -> bool:
        """Write a waiting snapshot at once (before a risky step, or a deliberate crash)."""
        return self.write_now() if self.pending() else True

    def remove(self) -> None:
        """Drop the snapshot: the file holds this content, or the writer discarded it."""
        self._stop()
        if self.key is not None:
            with contextlib.suppress(OSError):
                self.store.remove(self.key)

    def stop(self, *, keep: bool) -> None:
        """The document goes away: keep its snapshot (a crash-like exit) or remove it."""
        if not keep:
            self.remove()
        self._stop()
        self.key = None

    def _stop(self) -> None:
        self.debounce.stop()
        self.max_wait.stop()
