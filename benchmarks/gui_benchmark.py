"""GUI benchmark (not a test): start-up, event-loop stalls while the preview renders, freshness.

    .venv/bin/python benchmarks/gui_benchmark.py            # offscreen unless DISPLAY is set
    DISPLAY=:99 .venv/bin/python benchmarks/gui_benchmark.py

Reports, with the bundled example open:
- start-up: process start to the main window's first paint (median of 5), next to a bare
  PySide6 window painted the same way (target: under 0.8 s);
- the longest stall of the UI event loop while the writer types and the preview renders,
  measured by a 2 ms heartbeat timer (target: under 50 ms);
- preview freshness: last keystroke to the new pages on screen (target: under 1.5 s).
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "raid-outage" / "raid-outage.postmortem"


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


# ---------------------------------------------------------------- children (one start-up each)


def child_bare() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1360, 860)

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.Paint:
                print(f"PAINTED {time.time():.6f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    window.installEventFilter(Painted(window))
    window.show()
    app.exec()


def child_app(settings: str) -> None:
    from PySide6.QtCore import QSettings

    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.settings import Preferences, WindowState

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    app = create_application(["postmortem-studio"])
    window = MainWindow(Preferences(), WindowState())
    window.session.open(EXAMPLE)

    def painted() -> None:
        print(f"PAINTED {time.time():.6f}", flush=True)
        window.service.stop()
        app.quit()

    window.first_painted.connect(painted)
    window.show()
    app.exec()


def startup(kind: str, runs: int, settings: str) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.time()
        args = [sys.executable, __file__, "--child", kind, "--settings", settings]
        result = subprocess.run(
            args, capture_output=True, text=True, env=_environment(), timeout=60, check=True
        )
        line = next(x for x in result.stdout.splitlines() if x.startswith("PAINTED"))
        times.append(float(line.split()[1]) - start)
    return times


# ---------------------------------------------------------------- in-process: stalls and freshness


def typing_rounds(rounds: int, settings: str) -> tuple[list[float], list[float], list[float]]:
    """(worst stall per round, freshness per round, per-keystroke handling times)."""
    from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.settings import Preferences, WindowState

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    app = create_application(["postmortem-studio"])
    window = MainWindow(Preferences(), WindowState())
    window.resize(1360, 860)
    window.session.open(EXAMPLE)
    window.show()

    def wait_for(condition, timeout: float = 60.0) -> None:
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the preview did not appear")
            app.processEvents()
            time.sleep(0.002)

    wait_for(lambda: window.preview.shown_generation == window.preview.generation)
    wait_for(lambda: window.dictionary.is_ready or not window.spell_action.isChecked())
    window.steps.setCurrentRow(6)  # Customer letter
    app.processEvents()
    editor = window.current_page().forms[1].widgets[("customer_letter", "body")]
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)

    beats: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    heartbeat = QTimer(interval=2)
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(lambda: beats.append(clock.nsecsElapsed() / 1e9))
    heartbeat.start()

    stalls, freshness, keystrokes = [], [], []
    for _ in range(rounds):
        beats.clear()
        text = " and then the array rebuilt"
        for char in text:
            started = time.perf_counter()
            QTest.keyClicks(editor, char)
            keystrokes.append(time.perf_counter() - started)
            pause_until = time.perf_counter() + 0.09  # about 11 characters a second
            while time.perf_counter() < pause_until:
                app.processEvents()
                time.sleep(0.001)
        last_key = time.perf_counter()
        generation = window.preview.generation
        wait_for(
            lambda g=generation: (
                window.preview.shown_generation >= g and window.preview.pages.pending_pages() == 0
            )
        )
        freshness.append(time.perf_counter() - last_key)
        settle = time.perf_counter() + 0.2
        while time.perf_counter() < settle:
            app.processEvents()
            time.sleep(0.001)
        gaps = [b - a for a, b in itertools.pairwise(beats)]
        stalls.append(max(gaps) - 0.002 if gaps else 0.0)
    heartbeat.stop()
    window.controller.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    return stalls, freshness, keystrokes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=("bare", "app", "typing"))
    parser.add_argument("--settings", default="")
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    if options.child == "bare":
        child_bare()
        return
    if options.child == "app":
        child_app(options.settings)
        return
    if options.child == "typing":
        stalls, freshness, keystrokes = typing_rounds(options.runs, options.settings)
        print(f"STALLS {' '.join(f'{s:.4f}' for s in stalls)}")
        print(f"FRESH {' '.join(f'{s:.4f}' for s in freshness)}")
        print(f"KEYS {' '.join(f'{s:.4f}' for s in keystrokes)}")
        return

    import tempfile

    with tempfile.TemporaryDirectory() as settings:
        env = _environment()
        platform = env.get("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "?")
        python = sys.version.split()[0]
        print(f"Postmortem Studio GUI benchmark ({platform}, {os.cpu_count()} cores, Python {python})")
        bare = startup("bare", options.runs, settings)
        app = startup("app", options.runs, settings)
        print(f"start-up, bare PySide6 window:       median {median(bare):.3f} s  (min {min(bare):.3f})")
        print(
            f"start-up, app with the example open: median {median(app):.3f} s  "
            f"(min {min(app):.3f}; target < 0.8 s)"
        )
        args = [sys.executable, __file__, "--child", "typing", "--settings", settings]
        args += ["--runs", str(options.runs)]
        result = subprocess.run(args, capture_output=True, text=True, env=env, timeout=600, check=True)
        lines = [line.split() for line in result.stdout.splitlines() if line.strip()]
        values = {words[0]: [float(x) for x in words[1:]] for words in lines}
        stalls, fresh, keys = values["STALLS"], values["FRESH"], values["KEYS"]
        rounds = ", ".join(f"{s * 1000:.0f}" for s in stalls)
        print(
            f"longest event-loop stall while typing and rendering: {max(stalls) * 1000:.1f} ms "
            f"(per round: {rounds} ms; target < 50 ms)"
        )
        print(f"keystroke handling: median {median(keys) * 1000:.1f} ms, max {max(keys) * 1000:.1f} ms")
        print(
            f"preview freshness after a pause: median {median(fresh):.2f} s, max {max(fresh):.2f} s "
            "(target < 1.5 s; includes the 500 ms pause the preview waits for)"
        )


if __name__ == "__main__":
    main()
