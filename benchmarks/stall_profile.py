"""Where the event-loop stalls come from while the writer types (not a test; a diagnostic).

    QT_QPA_PLATFORM=xcb DISPLAY=:57 .venv/bin/python benchmarks/stall_profile.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/stall_profile.py --rounds 3

Types into the Markdown editors of the Impact and Root cause steps and into the
customer letter's body (a round each, a character every 90 ms, then a pause until
the preview is up to date), with the same 2 ms heartbeat timer as
`gui_benchmark.py`. Meanwhile a watchdog thread samples every thread's Python
stack every 2 ms (`sys._current_frames`) and an application event filter logs
each event as it is delivered. For every gap between heartbeats over
`--threshold` in the typing rounds (not the step changes between them) it
prints what the UI thread was doing (its innermost frames of our code, or "in
Qt" when it was inside the event loop with no Python of ours running), which
other threads held Python meanwhile, and the events delivered in the gap. At
the end, the causes ranked by the stall time they account for, and every
garbage collection over 5 ms with the thread it ran on. Its figures are
inflated by its own sampling: it says what, `gui_benchmark.py` says how long.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FIELDS = (
    ("impact", "description"),
    ("root_cause", "trigger"),
    ("customer_letter", "body"),
)
TEXT = " and then the array rebuilt"
_OURS = (str(ROOT / "ui"), str(ROOT / "postmortem"))


def _where(frame: FrameType) -> str:
    code = frame.f_code
    name = code.co_filename.rsplit("/", 2)
    return f"{'/'.join(name[-2:])}:{frame.f_lineno} {code.co_name}"


def _stack(frame: FrameType | None) -> tuple[str, ...]:
    """The innermost frames: up to 3 of our code and the very innermost one, innermost first."""
    if frame is None:
        return ()
    innermost = _where(frame)
    ours: list[str] = []
    while frame is not None and len(ours) < 3:
        if frame.f_code.co_filename.startswith(_OURS):
            ours.append(_where(frame))
        frame = frame.f_back
    return (innermost, *ours)


class Sampler(threading.Thread):
    def __init__(self, interval: float = 0.002) -> None:
        super().__init__(name="stall-sampler", daemon=True)
        self.interval = interval
        self.samples: list[tuple[float, tuple[str, ...], dict[str, tuple[str, ...]]]] = []
        self.stopped = threading.Event()
        self.main = threading.main_thread().ident

    def run(self) -> None:
        me = threading.get_ident()
        names = {}
        while not self.stopped.is_set():
            now = time.perf_counter()
            frames = sys._current_frames()
            if len(names) != len(frames):
                names = {t.ident: t.name for t in threading.enumerate()}
            main = _stack(frames[self.main]) if self.main in frames else ()
            others = {
                names.get(ident, str(ident)): _stack(frame)
                for ident, frame in frames.items()
                if ident not in (self.main, me)
            }
            self.samples.append((now, main, others))
            time.sleep(self.interval)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2, help="rounds per field")
    parser.add_argument("--threshold", type=float, default=0.020, help="gaps longer than this, seconds")
    parser.add_argument("--quiet", action="store_true", help="only the ranking")
    options = parser.parse_args()

    from gui_benchmark import example_window  # this folder is on the path when run as a script
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtTest import QTest

    from ui.step_state import step_row

    app, window = example_window(tempfile.mkdtemp())

    def spin(seconds: float) -> None:
        until = time.perf_counter() + seconds
        while time.perf_counter() < until:
            app.processEvents()
            time.sleep(0.001)

    def wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> None:
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the preview did not appear")
            spin(0.002)

    wait_for(lambda: window.preview.shown_generation == window.preview.generation)
    wait_for(lambda: window.dictionary.is_ready or not window.spell_action.isChecked())

    events: list[tuple[float, str]] = []

    class Log(QObject):
        """Logs events as delivered. Installed only once the pages are built: a Python filter
        meeting a widget mid-construction gives it a wrapper of its base class (QWidget) for good."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            kind = event.type()
            if kind not in (QEvent.Type.Timer,):
                events.append((time.perf_counter(), f"{kind.name} → {type(watched).__name__}"))
            return False

    log = Log()
    beats: list[float] = []
    heartbeat = QTimer(interval=2)
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))

    def editor_for(path: tuple[str, str]) -> Any:
        window.steps.setCurrentRow(step_row(path[0]))
        spin(0.3)
        page = window.current_page()
        assert page is not None
        for form in page.forms:
            if path in form.widgets:
                widget = form.widgets[path]
                page.ensureWidgetVisible(widget)
                return widget
        raise LookupError(path)

    editors = [editor_for(path) for path in FIELDS]  # built before the event log: see `Log`
    collections: list[tuple[float, float, int, str]] = []  # start, end, generation, thread
    started: dict[str, float] = {}

    def on_gc(phase: str, info: dict[str, int]) -> None:
        now, thread = time.perf_counter(), threading.current_thread().name
        if phase == "start":
            started[thread] = now
        elif thread in started:
            collections.append((started.pop(thread), now, info["generation"], thread))

    import gc

    gc.callbacks.append(on_gc)
    sampler = Sampler()
    sampler.start()
    app.installEventFilter(log)
    heartbeat.start()
    worst: list[tuple[float, str]] = []
    rounds: list[tuple[int, int]] = []  # the beats of each typing round (not the step changes)
    for path, editor in zip(FIELDS, editors, strict=True):
        editor_for(path)
        editor.setFocus()
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        editor.setTextCursor(cursor)
        wait_for(lambda: window.preview.shown_generation == window.preview.generation)
        spin(0.5)
        for _ in range(options.rounds):
            first = len(beats)
            for char in TEXT:
                QTest.keyClicks(editor, char)
                spin(0.09)
            generation = window.preview.generation
            wait_for(
                lambda g=generation: (
                    window.preview.shown_generation >= g and window.preview.pages.pending_pages() == 0
                )
            )
            spin(0.3)
            gaps = [b - a for a, b in itertools.pairwise(beats[first:])]
            worst.append((max(gaps), ".".join(path)))
            rounds.append((first, len(beats)))
    heartbeat.stop()
    gc.callbacks.remove(on_gc)
    app.removeEventFilter(log)
    sampler.stopped.set()
    sampler.join()
    window.controller.undo_stack.setClean()
    window.close()
    app.processEvents()
    report(beats, rounds, sampler.samples, events, threshold=options.threshold, quiet=options.quiet)
    slow = [c for c in collections if c[1] - c[0] > 0.005]
    print(f"garbage collections: {len(collections)}, {len(slow)} over 5 ms: "
          + ", ".join(f"gen {g} {(b - a) * 1000:.0f} ms on {t}" for a, b, g, t in slow[:12]))
    print("worst gap per round:", ", ".join(f"{w * 1000:.0f} ms ({p})" for w, p in worst))


def _cause(main: tuple[str, ...]) -> str:
    if not main:
        return "?"
    innermost, *ours = main
    if not ours:
        return "in Qt (no Python of ours): " + innermost
    return " < ".join(ours[:2]) + ("" if innermost == ours[0] else f"  [in {innermost}]")


def report(
    beats: list[float],
    rounds: list[tuple[int, int]],
    samples: list[tuple[float, tuple[str, ...], dict[str, tuple[str, ...]]]],
    events: list[tuple[float, str]],
    *,
    threshold: float,
    quiet: bool,
) -> None:
    by_cause: dict[str, float] = defaultdict(float)
    pairs = [pair for first, end in rounds for pair in itertools.pairwise(beats[first:end])]
    gaps = [(a, b) for a, b in pairs if b - a > threshold]
    import bisect

    sample_times = [s[0] for s in samples]
    event_times = [e[0] for e in events]
    all_gaps = sorted(b - a for a, b in pairs)
    print(f"{len(all_gaps)} heartbeat gaps; longest {all_gaps[-1] * 1000:.0f} ms, "
          f"99th percentile {all_gaps[int(len(all_gaps) * 0.99)] * 1000:.1f} ms, "
          f"{sum(g > 0.05 for g in all_gaps)} over 50 ms, {len(gaps)} over {threshold * 1000:.0f} ms")
    for a, b in gaps:
        inside = samples[bisect.bisect_right(sample_times, a) : bisect.bisect_left(sample_times, b)]
        causes = Counter(_cause(main) for _t, main, _o in inside)
        others = Counter(
            f"{name}: {_cause(stack)}" for _t, _m, o in inside for name, stack in o.items()
            if not name.startswith(("Dummy", "QDBus"))
        )
        # The sampler itself needs Python: a hole in its samples means someone held it.
        holes = [y - x for x, y in itertools.pairwise([a, *(s[0] for s in inside), b])]
        delivered = events[bisect.bisect_right(event_times, a - 0.001) : bisect.bisect_left(event_times, b)]
        share = (b - a) / max(1, sum(causes.values()))
        for cause, count in causes.items():
            by_cause[cause] += count * share
        if not causes:
            by_cause["no sample (Python held elsewhere)"] += b - a
        if quiet:
            continue
        print(f"\n== gap {(b - a) * 1000:.0f} ms at {a - beats[0]:.2f} s; "
              f"{len(inside)} samples, longest sampler hole {max(holes) * 1000:.0f} ms")
        for cause, count in causes.most_common(5):
            print(f"   UI   {count:3d}× {cause}")
        for cause, count in others.most_common(4):
            print(f"   other {count:3d}× {cause}")
        kinds = Counter(text for _t, text in delivered)
        print("   events:", ", ".join(f"{n}× {k}" for k, n in kinds.most_common(8)))
    print("\nstall time over the threshold, by what the UI thread was doing:")
    for cause, seconds in sorted(by_cause.items(), key=lambda x: -x[1])[:15]:
        print(f"  {seconds * 1000:7.0f} ms  {cause}")


if __name__ == "__main__":
    main()
