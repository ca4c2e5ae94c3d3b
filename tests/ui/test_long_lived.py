"""Once the window is up, what start-up built is out of the way of full garbage collections,
which otherwise walked it all and stalled the window for 80 to 380 ms while the writer typed."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

from gui_helpers import make_window


def test_start_up_objects_are_frozen_once_the_window_is_painted_and_the_first_check_is_in(
    qtbot, today: dt.date, example_copy: Path
) -> None:
    gc.unfreeze()  # as a new process starts: nothing frozen yet
    window = make_window(qtbot, today)
    with qtbot.waitSignal(window.first_painted, timeout=10_000):
        window.show()
    painted = gc.get_freeze_count()
    assert painted > 0
    # The tracked objects a full collection walks are few beside the frozen ones.
    assert sum(len(gc.get_objects(generation)) for generation in range(3)) < painted

    with qtbot.waitSignal(window.controller.findings_changed, timeout=60_000):
        window.session.open(example_copy)
    assert gc.get_freeze_count() > painted  # the document, the rules: frozen with the first answer
    window.close()
