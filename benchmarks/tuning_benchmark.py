"""What each WeasyPrint tuning buys: a cold PDF export with each one turned off in turn.

    python benchmarks/tuning_benchmark.py              # 3 interleaved rounds
    python benchmarks/tuning_benchmark.py --rounds 5
    python benchmarks/tuning_benchmark.py --case letter   # the example's letter only (a minute)
    python benchmarks/tuning_benchmark.py --warm --case report   # renders alternated in one process

For the large generated document's internal report (the case the tunings
were made for) and the example's customer letter, a fresh process exports a
PDF with all of `postmortem/render/weasyprint_tuning.py` on, and again with
one tuning off. Reported: median and best wall-clock seconds, median CPU
seconds of the process (steadier than wall time on a shared machine) and
peak memory. Every process runs from compiled bytecode, as an installed
program does: an untimed first round writes the caches into the scratch
folder (some shells here set PYTHONDONTWRITEBYTECODE).

`--warm` measures the tunings that act on each render (not the import's
`libraries_known`) inside one process instead: the page is written once,
then rendered with each variant in turn, the order reversed every round,
and the CPU seconds of each render compared. On a busy shared machine this
tells a gain of a few percent from the noise that a cold process adds;
`--case report` is the example's internal report (405 elements).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
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


WARM_VARIANTS = {
    "all kept tunings on": {},
    "without: no full GC while laying out": {"full_collections_paused": contextlib.nullcontext},
    "without: narrowed user-agent stylesheet": {"html_class": lambda elements: _stock_html()},
    "without: roomy data stack (3.11/3.12)": {"call_with_stack_room": lambda fn, *args: fn(*args)},
}


def _stock_html() -> object:
    import weasyprint

    return weasyprint.HTML


def warm(case: str, rounds: int) -> None:
    """Each per-render tuning off in turn, in this process, renders alternated."""
    from postmortem.assets import AssetFolder
    from postmortem.fileformat import load
    from postmortem.render import pdf
    from postmortem.render import weasyprint_tuning as tuning
    from postmortem.render.html import letter_html, report_html
    from postmortem.views import customer_view, internal_view

    document = large_document() if case == "large" else load(EXAMPLE)
    assets = AssetFolder(document.folder)
    today = dt.date(2026, 11, 6)
    html = (letter_html(customer_view(document), assets) if case == "letter"
            else report_html(internal_view(document, today=today), assets))
    stock = {name: getattr(tuning, name) for patch in WARM_VARIANTS.values() for name in patch}
    pdf.html_to_pdf(html, assets, identifier=b"0" * 32)  # untimed: imports, fonts, stylesheets
    cpu: dict[str, list[float]] = {variant: [] for variant in WARM_VARIANTS}
    for round_ in range(rounds):
        order = list(WARM_VARIANTS.items())
        for variant, patch in order if round_ % 2 == 0 else reversed(order):
            for name, value in {**stock, **patch}.items():
                setattr(tuning, name, value)
            started = time.process_time()
            pdf.html_to_pdf(html, assets, identifier=b"0" * 32)
            cpu[variant].append(time.process_time() - started)
    for name, value in stock.items():
        setattr(tuning, name, value)
    print(f"Warm renders of {case} in one process, {rounds} rounds ({os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f}, Python {sys.version.split()[0]})\n")
    print("| variant | CPU s (median) | CPU s (best) |")
    print("| --- | --- | --- |")
    for variant, times in cpu.items():
        print(f"| {variant} | {statistics.median(times):.3f} | {min(times):.3f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--case", choices=("all", "large", "letter", "report"), default="all",
                        help="only the large report or only the example's letter (or, --warm, its report)")
    parser.add_argument("--warm", action="store_true", help="renders alternated in one process")
    args = parser.parse_args()
    if args.warm:
        warm("large" if args.case == "all" else args.case, args.rounds)
        return 0
    if args.case == "report":
        parser.error("--case report is for --warm; cold runs time the large report and the letter")
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
