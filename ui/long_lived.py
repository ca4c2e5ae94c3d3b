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

from PySide6.QtCore import Qt, SignalInstance


def freeze() -> None:
    """Keep everything alive now out of full collections from now on."""
    gc.freeze()


def freeze_after(*signals: SignalInstance) -> None:
    """Freeze once when each of `signals` is first emitted (something long-lived has loaded)."""
    for signal in signals:
        signal.connect(freeze, Qt.ConnectionType.SingleShotConnection)
