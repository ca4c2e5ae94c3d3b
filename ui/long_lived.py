"""What start-up builds lives as long as the app: it is kept out of full garbage collections.

A full (generation 2) collection walks every container object Python tracks.
Once the window is up that is hundreds of thousands of them: Qt's wrappers,
pydantic's models and validators, the checks' rules and word lists, Babel's
data, the modules. One full collection took 80 to 380 ms on whichever thread
allocated at that moment, the UI thread or a worker holding the interpreter,
and the window stalled while the writer typed (`benchmarks/stall_profile.py`
reports each collection over 5 ms).

`gc.freeze()` moves everything alive now into a permanent generation that the
collector no longer walks; what is made later (edits, findings, pages) is
collected as before, and an object freed by its last reference is freed as
always. It is called when each part that loads after the first paint is ready
(the window painted, the spelling dictionary, the first check, the first
preview), once each; it walks nothing, so it costs nothing the writer sees.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, Qt, QTimer, SignalInstance


def freeze() -> None:
    """Keep everything alive now out of full collections from now on."""
    gc.freeze()


def freeze_after(*signals: SignalInstance) -> None:
    """Freeze once when each of `signals` is first emitted (something long-lived has loaded)."""
    for signal in signals:
        signal.connect(freeze, Qt.ConnectionType.SingleShotConnection)


class MainThreadCollector(QObject):
    """The collector runs on the UI thread only, from a timer, never on a worker.

    An automatic collection runs on whichever thread allocates when one is due, often the
    checks' worker. If the garbage holds a Qt object (a label of a page or window let go in a
    cycle), its destructor then runs on the worker: QObject's destructor takes Qt's lock on
    connections and waits for the interpreter, while the UI thread, holding the interpreter,
    waits for that lock to connect a signal. Both wait for ever (a full test run hung so in
    tests/ui/test_paste_times.py). Anki collects on its main thread for the same reason.

    Each tick does what the automatic collector would have done by now: nothing until
    enough has been allocated, then the youngest generation, and the older ones as often
    as their thresholds say; what `freeze` moved out is walked by none of them."""

    INTERVAL_MS = 250

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        gc.disable()
        self.timer.start()

    def stop(self) -> None:
        """Back to the automatic collector (the tests' session ends with it as it began)."""
        self.timer.stop()
        gc.enable()

    @staticmethod
    def collect_due() -> None:
        young, middle, old = gc.get_count()
        first, second, third = gc.get_threshold()
        if young < first:
            return
        gc.collect(2 if old >= third else 1 if middle >= second else 0)


def collect_on_this_thread(app: QObject) -> MainThreadCollector:
    """Start collecting garbage only on the thread that owns `app` (the UI thread).

    Called once per application (`ui.app.install_filters`); not found again with `findChild`,
    which would wrap the application's style and build QStyle's enums before the first paint."""
    collector = MainThreadCollector(app)
    collector.start()
    return collector
