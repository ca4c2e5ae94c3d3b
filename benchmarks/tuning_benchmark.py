"""What each WeasyPrint tuning buys: a cold PDF export with each one turned off in turn.

    python benchmarks/tuning_benchmark.py              # 3 interleaved rounds
    python benchmarks/tuning_benchmark.py --rounds 5
    python benchmarks/tuning_benchmark.py --case letter   # the example's letter only (a minute)

For the large generated document's internal report (the case the tunings
were made for) and the example's customer letter, a fresh process exports a
PDF with all of `postmortem/render/weasyprint_tuning.py` on, and again with
one tuning off. Reported: median and best wall-clock seconds, median CPU
seconds of the process (steadier than wall time on a shared machine) and
peak memory. Every process runs from compiled bytecode, as an installed
program does: an untimed first round writes the caches into the scratch
folder (some shells here set PYTHONDONTWRITEBYTECODE).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from export_benchmark import EXAMPLE, large_document

from postmortem.fileformat import save

REPO = Path(__file__).resolve().parent.parent

VARIANTS = {
    "all kept tunings on": "",
    "without: no full GC while laying out": (
        "import contextlib; tuning.full_collections_paused = contextlib.nullcontext"
    ),
    "without: narrowed user-agent stylesheet": (
        "import weasyprint; tuning.html_class = lambda elements: weasyprint.HTML"
    ),
    "without: roomy data stack (3.11/3.12)": "tuning.call_with_stack_room = lambda fn, *args: fn(*args)",
    "without: libraries known to WeasyPrint's import": (
        "import contextlib; tuning.libraries_known = contextlib.nullcontext"
    ),
}

CHILD = """
import sys
from postmortem.render import weasyprint_tuning as tuning
{patch}
from postmortem.export import export
from postmortem.fileformat import load
export(load(sys.argv[1]), "pdf", sys.argv[2])
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM")).split()[1]
print(int(peak) // 1024)
"""


def run(patch: str, document: Path, audience: str, env: dict[str, str]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, peak MB) of one cold export."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", CHILD.format(patch=patch), str(document), audience],
        check=True, capture_output=True, text=True, cwd=REPO, env=env,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, int(out.stdout.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--case", choices=("all", "large", "letter"), default="all",
                        help="only the large report or only the example's letter")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONPYCACHEPREFIX": str(folder / "pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for source in EXAMPLE.parent.iterdir():
            shutil.copy(source, folder / source.name)
        large = folder / "large.postmortem"
        save(large_document(), large)
        cases = {"large document, internal report": (large, "internal"),
                 "example, customer letter": (folder / EXAMPLE.name, "customer")}
        if args.case != "all":
            cases = {k: v for k, v in cases.items() if ("large" in k) == (args.case == "large")}
        load = os.getloadavg()[0]
        print(f"Cold PDF exports, {args.rounds} interleaved rounds ({os.cpu_count()} cores, "
              f"load {load:.1f}, Python {sys.version.split()[0]})")
        for case, (document, audience) in cases.items():
            results: dict[str, list[tuple[float, float, int]]] = {v: [] for v in VARIANTS}
            for patch in VARIANTS.values():  # untimed: bytecode and font caches as a user has them
                run(patch, document, audience, env)
            for _ in range(args.rounds):
                for variant, patch in VARIANTS.items():
                    results[variant].append(run(patch, document, audience, env))
            print(f"\n{case}\n")
            print("| variant | wall s (median) | wall s (best) | CPU s (median) | peak MB |")
            print("| --- | --- | --- | --- | --- |")
            for variant, rows in results.items():
                wall = statistics.median(r[0] for r in rows)
                best = min(r[0] for r in rows)
                cpu = statistics.median(r[1] for r in rows)
                peak = max(r[2] for r in rows)
                print(f"| {variant} | {wall:.2f} | {best:.2f} | {cpu:.2f} | {peak} |", flush=True)
        print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
