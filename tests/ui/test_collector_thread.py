"""Garbage holding Qt objects is collected on the UI thread, never on a worker.

A collection runs on whichever thread allocates when one is due. A Qt object destroyed on a
worker takes Qt's lock on connections there, and the UI thread, holding the interpreter while
it connects a signal, waits for that lock: a full test run hung so.
"""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication


def test_a_qt_object_in_a_cycle_is_collected_on_the_ui_thread_not_on_the_worker_that_allocates(
    qapp: QApplication, qtbot
) -> None:
    threads: list[str] = []
    gc.collect()  # nothing older pending

    holder = QObject()
    holder.itself = holder  # a cycle: only the collector frees it
    weakref.finalize(holder, lambda: threads.append(threading.current_thread().name))
    del holder

    def allocate() -> None:  # as the checks do on every keystroke
        kept = [(i, [i]) for i in range(200_000)]
        del kept

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert threads == [], f"collected on {threads}"
    qtbot.waitUntil(lambda: threads == ["MainThread"], timeout=3000)
