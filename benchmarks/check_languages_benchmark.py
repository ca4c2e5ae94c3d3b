"""`postmortem check` on the example in English and in German, two source trees side by side.

Run from the repository root (or any tree), naming the trees to compare:

    .venv/bin/python benchmarks/check_languages_benchmark.py --tree before=/path/to/main --tree after=.

For each tree and document it reports:

- cold: wall time of `python -m postmortem check FILE --audience customer`, a fresh process
  as the CLI runs it (median and best of N runs, the trees interleaved run by run so that
  load from other users of a shared machine falls on both alike);
- warm: `check()` in one process after one untimed run, best and median of N runs, wall
  time and the checking thread's CPU time (which other users of a shared machine move
  less), as the app's background re-check after a keystroke pays it.

The German document is the example read in German (`translations.reading.in_language`,
`meta.language = "de"`), saved next to a copy of the logo, as the bug report made it.
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

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "raid-outage" / "raid-outage.postmortem"

_WARM = """
import statistics, sys, time
from postmortem.checks import check, find_settings
from postmortem.fileformat import load
path, runs = sys.argv[1], int(sys.argv[2])
document = load(path)
settings = find_settings(path)
check(document, "customer", settings=settings)
times, cpu = [], []
for _ in range(runs):
    start, start_cpu = time.perf_counter(), time.thread_time()
    check(document, "customer", settings=settings)
    times.append((time.perf_counter() - start) * 1000)
    cpu.append((time.thread_time() - start_cpu) * 1000)
print(min(times), statistics.median(times), min(cpu), statistics.median(cpu))
"""


def german_copy(folder: Path) -> Path:
    script = (
        "import shutil, sys\n"
        "from pathlib import Path\n"
        "from postmortem.fileformat import load, save\n"
        "from postmortem.translations.reading import in_language\n"
        "source, target = Path(sys.argv[1]), Path(sys.argv[2])\n"
        "german = in_language(load(source), 'de')\n"
        "german.meta.language = 'de'\n"
        "shutil.copy(source.parent / 'logo.svg', target.parent / 'logo.svg')\n"
        "save(german, target)\n"
    )
    target = folder / "raid-de.postmortem"
    subprocess.run([sys.executable, "-c", script, str(EXAMPLE), str(target)], check=True,
                   env={**os.environ, "PYTHONPATH": str(EXAMPLE.parents[2])})
    return target


def cold(tree: Path, path: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "postmortem", "check", str(path), "--audience", "customer"],
                   capture_output=True, check=False, env={**os.environ, "PYTHONPATH": str(tree)}, cwd=tree)
    return (time.perf_counter() - start) * 1000


def warm(tree: Path, path: Path, runs: int) -> tuple[float, float, float, float]:
    """Best and median wall time, best and median CPU time of the checking thread (ms)."""
    out = subprocess.run([sys.executable, "-c", _WARM, str(path), str(runs)], capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHONPATH": str(tree)}, cwd=tree).stdout.split()
    return float(out[0]), float(out[1]), float(out[2]), float(out[3])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", action="append", required=True, help="NAME=PATH of a source tree")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    trees = {name: Path(path).resolve() for name, path in (t.split("=", 1) for t in args.tree)}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        english = folder / "en" / EXAMPLE.name
        english.parent.mkdir()
        for source in EXAMPLE.parent.iterdir():
            shutil.copy(source, english.parent / source.name)
        shutil.copy(EXAMPLE.parents[1] / "postmortem-settings.yaml", folder / "postmortem-settings.yaml")
        (folder / "de").mkdir()
        documents = {"English example": english, "German copy": german_copy(folder / "de")}
        print(f"load average before: {os.getloadavg()[0]:.2f}, {os.cpu_count()} cores", file=sys.stderr)
        colds: dict[tuple[str, str], list[float]] = {}
        for _ in range(args.runs):
            for name, tree in trees.items():
                for label, path in documents.items():
                    colds.setdefault((name, label), []).append(cold(tree, path))
        print("| tree | document | cold median ms | cold best ms | warm best ms | warm median ms "
              "| warm CPU best ms | warm CPU median ms |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        for (name, label), times in colds.items():
            best, median, cpu_best, cpu_median = warm(trees[name], documents[label], args.runs)
            print(f"| {name} | {label} | {statistics.median(times):.0f} | {min(times):.0f} "
                  f"| {best:.1f} | {median:.1f} | {cpu_best:.1f} | {cpu_median:.1f} |")
        print(f"load average after: {os.getloadavg()[0]:.2f}", file=sys.stderr)


if __name__ == "__main__":
    main()
