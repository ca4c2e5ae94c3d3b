"""GUI benchmark (not a test): start-up, event-loop stalls while the preview renders, freshness.

    .venv/bin/python benchmarks/gui_benchmark.py                 # offscreen and xcb, side by side
    .venv/bin/python benchmarks/gui_benchmark.py --display :57   # the X display Xvfb is started on

The xcb column runs on a virtual X server (Xvfb) that the benchmark starts on
`--display` and stops at the end; a real display draws through the same Qt
path (the xcb platform plugin, X11 shared-memory images). Offscreen draws
into memory and never talks to a display server: it flatters start-up.

Reports, with the bundled example open, for each platform:
- start-up: process start until the main window with the example is painted on
  screen (on xcb: mapped and exposed), median of `--runs`, next to a bare PySide6
  window measured the same way in the same run, runs interleaved
  (targets: under 0.8 s, and under twice the bare window); beside them the floor: the
  same bare window shown only after importing the document model and validating the
  example, which any app that shows the example must do first; the app starts the way
  `postmortem-studio FILE` does (`ui.launcher.open_window`), and each child reports
  the CPU time it used until that paint, which a shared machine disturbs less than
  wall time;
- the longest stall of the UI event loop while the writer types and the preview renders,
  measured by a 2 ms heartbeat timer (target: under 50 ms), over all runs; beside it the
  99th percentile of every gap between heartbeats and how many gaps passed 50 ms, since the
  longest alone is one sample of a noisy machine (`stall_profile.py` says what they were);
- preview freshness: last keystroke to the new pages on screen (target: under 1.5 s).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from statistics import median
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "raid-outage" / "raid-outage.postmortem"


def _environment(platform: str, display: str, scratch: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform
    # An installed app starts from compiled bytecode (pip and the .deb compile it). Some
    # shells here set PYTHONDONTWRITEBYTECODE, which would make every start compile the
    # app's modules again; the untimed first start writes the caches into a scratch folder
    # instead, so the source tree is left alone.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache")
    # The children keep their settings (Qt reads $XDG_CONFIG_HOME) and their snapshots to
    # themselves: a snapshot another run left in the user's data folder would put a recovery
    # dialog into the measured start-up, and the app child imports nothing of Qt before
    # `open_window`, as the `postmortem-studio` command does not.
    env["XDG_CONFIG_HOME"] = str(Path(scratch) / "config")
    env["POSTMORTEM_STUDIO_DATA"] = str(Path(scratch) / "data")
    if platform == "xcb":
        env["DISPLAY"] = display
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


@contextlib.contextmanager
def virtual_display(display: str) -> Iterator[None]:
    """Xvfb on `display` for the duration of the block (24-bit, the size of a laptop screen)."""
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{display.lstrip(':')}")
        deadline = time.monotonic() + 10
        while not socket.exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Xvfb did not start on {display}")
            time.sleep(0.05)
        yield
    finally:
        server.terminate()
        server.wait(timeout=10)


# ---------------------------------------------------------------- children (one start-up each)


def _stamp() -> None:
    """The moment of the first paint (wall clock, for the parent) and the CPU time used until then."""
    print(f"PAINTED {time.time():.6f} {time.process_time():.6f}", flush=True)


def child_bare(floor: bool = False) -> None:
    title = "Hello"
    if floor:
        # The least any app that shows the example must do first: import the document model
        # (pydantic builds its validators as the classes are defined) and read and validate the
        # file, before Qt as the launcher does. None of the app's own services (lock, snapshots,
        # versions). Only then the same bare window, with the document's title.
        os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
        from postmortem import fileformat

        title = fileformat.load(EXAMPLE).meta.title
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel(title))
    window.resize(1360, 860)

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.Paint:
                # Stamped on the next turn, after the paint, as the app's first_painted is.
                QTimer.singleShot(0, lambda: (_stamp(), app.quit()))
            return False

    window.installEventFilter(Painted(window))
    window.show()
    app.exec()


def child_app() -> None:
    # The app's own start-up path, as `postmortem-studio FILE` runs it: the launcher imports the
    # core before Qt (PySide6's import hook reads the source of every module imported after it).
    from ui.launcher import open_window

    app, window = open_window(["postmortem-studio", str(EXAMPLE)])

    def painted() -> None:
        _stamp()
        window.service.stop()
        app.quit()

    window.first_painted.connect(painted)
    app.exec()


def startup_once(kind: str, settings: str, env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds from process start to the first paint, CPU seconds the child used until then)."""
    start = time.time()
    args = [sys.executable, __file__, "--child", kind, "--settings", settings]
    result = subprocess.run(args, capture_output=True, text=True, env=env, timeout=60, check=True)
    line = next(x for x in result.stdout.splitlines() if x.startswith("PAINTED"))
    _, painted, cpu = line.split()
    return float(painted) - start, float(cpu)


def startups(runs: int, settings: str, env: dict[str, str]) -> dict[str, list[float]]:
    """Bare window and app start-up, wall and CPU, interleaved so that a busy moment hits both alike."""
    kinds = ("bare", "floor", "app")
    times: dict[str, list[float]] = {f"{kind}{cpu}": [] for kind in kinds for cpu in ("", "_cpu")}
    for kind in kinds:  # untimed: first-run caches (fontconfig, .pyc) as a user has them
        startup_once(kind, settings, env)
    for _ in range(runs):
        for kind in kinds:
            wall, cpu = startup_once(kind, settings, env)
            times[kind].append(wall)
            times[f"{kind}_cpu"].append(cpu)
    return times


def typing(runs: int, settings: str, env: dict[str, str]) -> dict[str, list[float]]:
    args = [sys.executable, __file__, "--child", "typing", "--settings", settings, "--runs", str(runs)]
    result = subprocess.run(args, capture_output=True, text=True, env=env, timeout=600, check=True)
    lines = [line.split() for line in result.stdout.splitlines() if line.strip()]
    return {words[0]: [float(x) for x in words[1:]] for words in lines if words[0].isupper()}


# ---------------------------------------------------------------- in-process: stalls and freshness


def example_window(settings: str) -> tuple[Any, Any]:
    """(the application, a shown window with the example open), settings kept in `settings`:
    the window the typing rounds (and `stall_profile.py`) type into."""
    from PySide6.QtCore import QSettings

    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.settings import Preferences, WindowState

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    app = create_application(["postmortem-studio"])
    window = MainWindow(Preferences(), WindowState())
    window.resize(1360, 860)
    window.session.open(EXAMPLE)
    window.show()
    return app, window


def typing_rounds(rounds: int, settings: str) -> tuple[list[float], list[float], list[float], list[float]]:
    """(worst stall per round, every gap between heartbeats beyond the 2 ms interval,
    freshness per round, per-keystroke handling times)."""
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app, window = example_window(settings)

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

    stalls: list[float] = []
    every_gap: list[float] = []
    freshness: list[float] = []
    keystrokes: list[float] = []
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
        gaps = [max(0.0, b - a - 0.002) for a, b in itertools.pairwise(beats)]
        stalls.append(max(gaps, default=0.0))
        every_gap.extend(gaps)
    heartbeat.stop()
    window.controller.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    return stalls, every_gap, freshness, keystrokes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=("bare", "floor", "app", "typing"))
    parser.add_argument("--settings", default="")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platforms", default="offscreen,xcb", help="comma-separated Qt platforms")
    parser.add_argument("--display", default=":57", help="where Xvfb runs for the xcb column")
    options = parser.parse_args()
    if options.child in ("bare", "floor"):
        child_bare(floor=options.child == "floor")
        return
    if options.child == "app":
        child_app()
        return
    if options.child == "typing":
        stalls, gaps, freshness, keystrokes = typing_rounds(options.runs, options.settings)
        print(f"STALLS {' '.join(f'{s:.4f}' for s in stalls)}")
        print(f"GAPS {' '.join(f'{s:.4f}' for s in gaps)}")
        print(f"FRESH {' '.join(f'{s:.4f}' for s in freshness)}")
        print(f"KEYS {' '.join(f'{s:.4f}' for s in keystrokes)}")
        return

    import tempfile

    results: dict[str, dict[str, list[float]]] = {}
    loads = [_load()]
    with tempfile.TemporaryDirectory() as settings:
        for platform in options.platforms.split(","):
            env = _environment(platform, options.display, settings)
            with virtual_display(options.display) if platform == "xcb" else contextlib.nullcontext():
                print(f"measuring {platform}...", file=sys.stderr, flush=True)
                startup = startups(options.runs, settings, env)
                results[platform] = {**startup, **typing(options.runs, settings, env)}
            loads.append(_load())
    report(results, options.runs, loads)


def _percentile(values: list[float], percent: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * percent / 100))] if ordered else 0.0


def _load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def report(results: dict[str, dict[str, list[float]]], runs: int, loads: list[float]) -> None:
    platforms = list(results)
    python = sys.version.split()[0]
    load = " → ".join(f"{x:.1f}" for x in loads)
    print(f"Postmortem Studio GUI benchmark ({os.cpu_count()} cores, load average {load} over the run, "
          f"Python {python}, medians of {runs} runs; CPU is the child's own time until its first paint)")
    print()
    print("| measure | " + " | ".join(platforms) + " | target |")
    print("| --- | " + " | ".join("---" for _ in platforms) + " | --- |")

    def row(name: str, cells: list[str], target: str) -> None:
        print(f"| {name} | " + " | ".join(cells) + f" | {target} |")

    row("bare PySide6 window painted", [f"{median(r['bare']):.2f} s" for r in results.values()], "")
    row("app with the example painted", [f"{median(r['app']):.2f} s" for r in results.values()], "≤ 0.8 s")
    row("bare window after validating the example (the floor)",
        [f"{median(r['floor']):.2f} s" for r in results.values()], "")  # fmt: skip
    row("bare window, CPU", [f"{median(r['bare_cpu']):.2f} s" for r in results.values()], "")
    row("the floor, CPU", [f"{median(r['floor_cpu']):.2f} s" for r in results.values()], "")
    row("app, CPU", [f"{median(r['app_cpu']):.2f} s" for r in results.values()], "")
    row(
        "app ÷ bare window",
        [f"{median(r['app']) / median(r['bare']):.1f}×" for r in results.values()],
        "≤ 2×",
    )
    row(
        "the floor ÷ bare window",
        [f"{median(r['floor']) / median(r['bare']):.1f}×" for r in results.values()],
        "",
    )
    row(
        "longest event-loop stall while typing and rendering",
        [f"{max(r['STALLS']) * 1000:.0f} ms" for r in results.values()],
        "≤ 50 ms",
    )
    row("stall, 99th percentile of all heartbeat gaps", [f"{_percentile(r['GAPS'], 99) * 1000:.1f} ms"
                                                          for r in results.values()], "")
    row(
        "stalls over 50 ms (of all gaps)",
        [f"{sum(g > 0.05 for g in r['GAPS'])} of {len(r['GAPS'])}" for r in results.values()],
        "0",
    )
    row("keystroke handling (median)", [f"{median(r['KEYS']) * 1000:.1f} ms" for r in results.values()], "")
    row(
        "preview freshness after a pause (median)",
        [f"{median(r['FRESH']):.2f} s" for r in results.values()],
        "≤ 1.5 s",
    )


if __name__ == "__main__":
    main()
