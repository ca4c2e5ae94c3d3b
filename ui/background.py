"""Slow work off the UI thread: one job on a worker thread, its result back on the UI thread.

Used for the checks (on a copy of the document), autosave's snapshots and the
preview's file text (each made from a copy), the spelling dictionary, and saves
with their version copies. Results land
whenever the work ends, also while the writer types in a table cell: the
cell editors' delegate (`ui.widgets.delegates`) refills an open editor only
when its value changed, never because the row's problem marks did.

`run(work, done=..., failed=..., owner=...)` starts `work()` on a short-lived
worker thread and calls `done(result)` (or `failed(error)`) on the thread
that `owner` lives in, the UI thread, through a queued signal. The worker
never touches widgets; it gets plain data (a copy of the document, file text)
and returns plain data. If `owner` is gone by then, nothing is called.

`run_and_wait(work)` is for the few steps the writer must wait for (a save):
the work runs on a worker while the window keeps painting; keys and clicks
wait until it is done, so the document cannot change under it.

Each job has its own thread, which ends with the job: nothing idles in the
background, and closing the app never waits on a pool.

While a job runs, the interpreter switches threads every `SWITCH_INTERVAL`
(0.5 ms) instead of Python's default 5 ms, and goes back to what it was when
the last job ends. The UI thread needs Python for every event filter, slot
and overridden paint of ours; with a worker busy in Python (the checks take
about 40 ms), each of those waited for the worker's whole switch interval,
and an event-loop turn with a dozen of them stalled typing for 50 to 100 ms
(`benchmarks/stall_profile.py`).
"""

from __future__ import annotations

import functools
import itertools
import sys
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Signal

T = TypeVar("T")

SWITCH_INTERVAL = 0.0005  # seconds; see the module's docstring


class _Switching:
    """Counts running jobs; the short switch interval holds while any runs."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._before = sys.getswitchinterval()

    def enter(self) -> None:
        with self._lock:
            if self._running == 0:
                self._before = sys.getswitchinterval()
                sys.setswitchinterval(min(self._before, SWITCH_INTERVAL))
            self._running += 1

    def leave(self) -> None:
        with self._lock:
            self._running -= 1
            if self._running == 0:
                sys.setswitchinterval(self._before)


_switching = _Switching()


class _Relay(QObject):
    """A child of the job's owner: gone with it, and then nothing is called."""


class _Dispatcher(QObject):
    """Lives on the UI thread for the app's life; a worker's signal reaches it there.

    Workers emit on this object, never on a relay: an owner (and its relay) deleted on the
    UI thread while a worker emitted on the relay crashed the app (a segmentation fault in
    the emit, seen twice in about ten runs of the GUI tests). The signal carries the job's
    number only: Python objects sent through a queued signal from another thread crash
    PySide6 6.12 (a reference count goes wrong on None).
    """

    finished = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.jobs: dict[int, tuple[_Relay, Callable[[object, Exception | None], None]]] = {}
        self.outcomes: dict[int, tuple[object, Exception | None]] = {}  # filled by the workers
        self.finished.connect(self._deliver)

    def _deliver(self, number: int) -> None:
        relay, deliver = self.jobs.pop(number)
        result, error = self.outcomes.pop(number)
        if shiboken6.isValid(relay):  # the owner is still there
            relay.deleteLater()
            deliver(result, error)


@functools.cache
def _dispatcher() -> _Dispatcher:
    return _Dispatcher()  # made by the first job, on the UI thread


_numbers = itertools.count()


class Job(Generic[T]):
    """A job started by `run`; `wait()` blocks until its worker has ended."""

    def __init__(self, thread: threading.Thread) -> None:
        self.thread = thread

    def wait(self) -> None:
        """Until the job has ended and its callback has run (it is on this thread's queue)."""
        self.thread.join()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall.value)

    def running(self) -> bool:
        return self.thread.is_alive()


def run(
    work: Callable[[], T],
    *,
    owner: QObject,
    done: Callable[[T], object],
    failed: Callable[[Exception], object] | None = None,
    name: str = "background",
) -> Job[T]:
    """Run `work()` on a worker thread; `done(result)` or `failed(error)` on `owner`'s thread."""
    dispatcher = _dispatcher()
    relay = _Relay(owner)
    number = next(_numbers)

    def deliver(result: object, error: Exception | None) -> None:
        if error is not None:
            if failed is None:
                raise error
            failed(error)
        else:
            done(result)  # type: ignore[arg-type]  # the worker's own result, as `work` typed it

    dispatcher.jobs[number] = (relay, deliver)

    def worker() -> None:
        result: object = None
        error: Exception | None = None
        try:
            result = work()
        except Exception as problem:  # handed to `failed` on the UI thread
            error = problem
        finally:
            _switching.leave()
        # Nothing here touches the relay: its owner may be deleted on the UI thread meanwhile.
        dispatcher.outcomes[number] = (result, error)
        dispatcher.finished.emit(number)

    thread = threading.Thread(target=worker, name=name, daemon=True)
    _switching.enter()  # before the start: the UI thread waits for the new thread to run
    try:
        thread.start()
    except BaseException:
        _switching.leave()
        raise
    return Job(thread)


def run_and_wait(work: Callable[[], T], *, owner: QObject, name: str = "background") -> T:
    """`work()` on a worker while the UI keeps painting; returns its result or raises its error.

    User input is held back meanwhile (it arrives once the work is done), so
    nothing the work depends on can change under it.
    """
    loop = QEventLoop()
    outcome: list[tuple[bool, object]] = []

    def finish(ok: bool, value: object) -> None:
        outcome.append((ok, value))
        loop.quit()

    run(work, owner=owner, done=lambda v: finish(True, v), failed=lambda e: finish(False, e), name=name)
    if not outcome:
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    ok, value = outcome[0]
    if not ok:
        assert isinstance(value, Exception)
        raise value
    return value  # type: ignore[return-value]  # what `work` returned
