"""The one helper for background work: results come back on the UI thread, and the
interpreter is left as it was found once the work is done."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject

from ui import background


def test_overlapping_jobs_hand_back_their_results_and_leave_the_switch_interval_as_found(qtbot) -> None:
    before = sys.getswitchinterval()
    owner = QObject()
    release = threading.Event()
    results: list[tuple[str, float]] = []

    def job(name: str) -> Callable[[], tuple[str, float]]:
        def work() -> tuple[str, float]:
            release.wait(10)
            return name, sys.getswitchinterval()

        return work

    first = background.run(job("first"), owner=owner, done=results.append)
    second = background.run(job("second"), owner=owner, done=results.append)
    release.set()
    first.wait()
    second.wait()

    assert sorted(name for name, _ in results) == ["first", "second"]
    # While work ran, the UI thread got Python back after half a millisecond at most, not 5 ms.
    assert all(interval <= background.SWITCH_INTERVAL for _, interval in results)
    assert sys.getswitchinterval() == before


def test_a_failing_job_reports_its_error_and_leaves_the_switch_interval_as_found(qtbot) -> None:
    before = sys.getswitchinterval()
    owner = QObject()
    errors: list[Exception] = []

    def work() -> None:
        raise ValueError("the file is gone")

    background.run(work, owner=owner, done=lambda _r: None, failed=errors.append).wait()

    assert [str(e) for e in errors] == ["the file is gone"]
    assert sys.getswitchinterval() == before


def test_a_job_whose_owner_is_deleted_meanwhile_calls_nothing(qtbot) -> None:
    import shiboken6

    owner = QObject()
    release = threading.Event()
    called: list[object] = []
    job = background.run(lambda: release.wait(10), owner=owner, done=called.append, failed=called.append)
    shiboken6.delete(owner)  # the window closed while the job ran
    release.set()
    job.wait()
    qtbot.wait(50)
    assert called == []
    kept = QObject()
    background.run(lambda: "still working", owner=kept, done=called.append).wait()
    assert called == ["still working"]
