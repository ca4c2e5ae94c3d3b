"""Start-up of the frozen app against the app run from the virtualenv, on a real X display.

    python benchmarks/bundle_startup.py --display 71 [--runs 3] [--bundle dist/postmortem-studio]

Starts its own Xvfb on the given display number (and stops it), then for each
program measures, on the example (a fresh copy each run):
- window: from launch until the main window is mapped (`xdotool search --sync`);
- preview: from launch until `--self-test` reports the preview's first page.
Prints the median of each. Not a test: timings depend on the machine's load.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "raid-outage"


def fresh_example(folder: Path) -> Path:
    target = folder / f"example-{time.monotonic_ns()}"
    shutil.copytree(EXAMPLE, target)
    return target / "raid-outage.postmortem"


def window_time(command: list[str], env: dict[str, str], folder: Path) -> float:
    started = time.perf_counter()
    app = subprocess.Popen([*command, str(fresh_example(folder))], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Postmortem Studio"],
                       env=env, check=True, capture_output=True, timeout=180)  # fmt: skip
        return time.perf_counter() - started
    finally:
        app.terminate()
        app.wait(30)


def preview_time(command: list[str], env: dict[str, str], folder: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run([*command, "--self-test", str(fresh_example(folder))], env=env,
                            capture_output=True, text=True, timeout=300, check=False)  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"error: {command[0]} --self-test failed: {result.stdout}{result.stderr}")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", type=int, required=True, help="an X display number of your own")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "postmortem-studio")
    args = parser.parse_args()
    programs = {
        "venv": [sys.executable, "-m", "ui"],
        "bundle": [str(args.bundle / "postmortem-studio")],
    }
    xvfb = subprocess.Popen(["Xvfb", f":{args.display}", "-screen", "0", "1400x900x24"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        time.sleep(1.5)
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            env = {**os.environ, "DISPLAY": f":{args.display}", "QT_QPA_PLATFORM": "xcb",
                   "HOME": str(folder), "POSTMORTEM_STUDIO_DATA": str(folder / "data"),
                   "PYTHONPATH": str(REPO)}  # fmt: skip
            for name, command in programs.items():
                window_time(command, env, folder)  # warm the page cache and fontconfig's cache
                windows = [window_time(command, env, folder) for _ in range(args.runs)]
                previews = [preview_time(command, env, folder) for _ in range(args.runs)]
                print(f"{name:6}  window {statistics.median(windows):5.2f} s   "
                      f"preview {statistics.median(previews):5.2f} s  ({args.runs} runs, median)")
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
