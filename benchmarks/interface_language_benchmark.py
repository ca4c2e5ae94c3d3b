"""What the interface's language costs at start-up (not a test).

    .venv/bin/python benchmarks/interface_language_benchmark.py              # offscreen and xcb
    .venv/bin/python benchmarks/interface_language_benchmark.py --display :73

Two figures. First, the app itself: process start until the main window (start
page, no document) is painted, with the interface in each language (the setting
written to a fresh settings folder), runs interleaved. Second, the translators
alone: a fresh process creates the QApplication and then times
`ui.i18n.languages.install` (loading Qt's qtbase_<lang>.qm and ours, installing
both, setting the direction) the way `ui.app.launch` calls it, once, cold. The
languages are interleaved run by run; English (Qt's small qtbase_en.qm, no
catalogue of ours) is the baseline the others are compared with. The xcb column
runs on an Xvfb the benchmark starts on `--display` and stops at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "de", "ar", "ja")

CHILD = """
import time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.i18n import languages
language = languages.language_named({code!r})
start = time.perf_counter()
loaded = languages.install(app, language)
print(f"{{(time.perf_counter() - start) * 1000:.3f}} {{','.join(loaded)}}")
"""


APP = """
import sys
from PySide6.QtCore import QTimer
from ui.app import launch
app, window = launch(["postmortem-studio"])
window.first_painted.connect(lambda: (print("painted", flush=True), QTimer.singleShot(0, app.quit)))
sys.exit(app.exec())
"""


def app_run(code: str, platform: str, display: str, folder: Path) -> float:
    config = folder / code / "Postmortem Studio"
    config.mkdir(parents=True, exist_ok=True)
    (config / "preferences.ini").write_text(f"[interface]\nlanguage={code}\n")
    env = {
        **os.environ, "QT_QPA_PLATFORM": platform, "DISPLAY": display, "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(folder / code), "POSTMORTEM_STUDIO_DATA": str(folder / "data"),
    }  # fmt: skip
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", APP], env=env, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=60)
    assert line.strip() == "painted", line
    return elapsed


def one_run(code: str, platform: str, display: str) -> tuple[float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "DISPLAY": display, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD.format(code=code)], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), out[1] if len(out) > 1 else ""


@contextlib.contextmanager
def xvfb(display: str) -> Iterator[None]:
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1440x900x24", "-nolisten", "tcp"])
    time.sleep(1.0)
    try:
        yield
    finally:
        server.terminate()
        server.wait()


def measure(platform: str, display: str, runs: int) -> dict[str, tuple[float, str]]:
    times: dict[str, list[float]] = {code: [] for code in LANGUAGES}
    loaded: dict[str, str] = {}
    for _ in range(runs):
        for code in LANGUAGES:
            ms, names = one_run(code, platform, display)
            times[code].append(ms)
            loaded[code] = names
    return {code: (median(values), loaded[code]) for code, values in times.items()}


def measure_app(platform: str, display: str, runs: int) -> dict[str, float]:
    times: dict[str, list[float]] = {code: [] for code in LANGUAGES}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):
            for code in LANGUAGES:
                times[code].append(app_run(code, platform, display, Path(folder)))
    return {code: median(values) for code, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--display", default=":73")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--app-runs", type=int, default=5)
    options = parser.parse_args()
    results = {"offscreen": measure("offscreen", options.display, options.runs)}
    with xvfb(options.display):
        results["xcb"] = measure("xcb", options.display, options.runs)
        painted = measure_app("xcb", options.display, options.app_runs)
    print(f"start page painted on xcb (Xvfb), median of {options.app_runs} interleaved runs, s")
    print("| language | " + " | ".join(LANGUAGES) + " |")
    print("| --- |" + " --- |" * len(LANGUAGES))
    print("| painted | " + " | ".join(f"{painted[code]:.2f}" for code in LANGUAGES) + " |")
    print(f"install() of the interface's translators, median of {options.runs} cold runs, ms")
    print("| language | catalogues | offscreen | xcb |")
    print("| --- | --- | --- | --- |")
    for code in LANGUAGES:
        off, names = results["offscreen"][code]
        print(f"| {code} | {names or '-'} | {off:.2f} | {results['xcb'][code][0]:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
