"""Mail merge against one `postmortem export` per recipient, side by side.

Run from the repository root:

    python benchmarks/merge_benchmark.py                 # 500 recipients, 500 single exports
    python benchmarks/merge_benchmark.py --single 25     # time 25 single exports, scale to 500

Both sides write the same thing for each recipient: the letter as a PDF
inside an e-mail (`merge --format pdf,eml` writes the PDF beside it too).
The merge is one `postmortem merge` process with --jobs 2 (these machines
have 2 cores); the alternative is a fresh `postmortem export --format eml`
process per recipient, run one after another, as a shell loop would.
Times are wall-clock, measured from outside. The load average before and
after is printed: on a shared machine it moves both figures.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "raid-outage" / "raid-outage.postmortem"


def recipients(path: Path, count: int) -> None:
    edt = dt.timezone(dt.timedelta(hours=-4))
    with path.open("w", newline="", encoding="utf-8") as stream:
        table = csv.writer(stream)
        table.writerow(["email", "name", "impact_start", "impact_end", "lost_items"])
        for n in range(1, count + 1):
            start = dt.datetime(2026, 10, 28, tzinfo=edt) + dt.timedelta(minutes=7 * n)
            end = start + dt.timedelta(hours=2 + n % 7)
            lost = f"{n % 9} support requests" if n % 4 == 0 else ""
            table.writerow([f"customer{n}@example.org", f"Customer {n}", start.isoformat(),
                            end.isoformat(), lost])


def run(command: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.perf_counter()
    subprocess.run(command, check=False, env=env, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--single", type=int, default=0, help="single exports to time (default: --count)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    single = args.single or args.count
    print(f"{os.cpu_count()} cores; load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        for source in EXAMPLE.parent.iterdir():
            shutil.copy(source, folder / source.name)
        document = folder / EXAMPLE.name
        recipients(folder / "recipients.csv", args.count)
        merge = run([sys.executable, "-m", "postmortem", "merge", str(document), "--recipients",
                     str(folder / "recipients.csv"), "--out", str(folder / "out"), "--jobs", str(args.jobs)])
        written = len(list((folder / "out").glob("*.eml")))
        print(f"merge: {written} recipients (PDF + e-mail each) in {merge:.1f} s "
              f"({merge / max(written, 1):.2f} s each); load now {os.getloadavg()[0]:.1f}")
        resume = run([sys.executable, "-m", "postmortem", "merge", str(document), "--recipients",
                      str(folder / "recipients.csv"), "--out", str(folder / "out"), "--jobs", str(args.jobs)])
        print(f"merge again, everything up to date: {resume:.1f} s")
        times = []
        for n in range(single):
            times.append(run([sys.executable, "-m", "postmortem", "export", str(document), "--format", "eml",
                              "--audience", "customer", "-o", str(folder / f"single-{n}.eml")]))
        each = sum(times) / len(times)
        total = each * args.count
        scaled = "" if single == args.count else f" (timed {single}, scaled to {args.count})"
        print(f"single exports: {each:.2f} s each, {total:.0f} s for {args.count}{scaled}; "
              f"load now {os.getloadavg()[0]:.1f}")
        print(f"merge is {total / merge:.1f}x faster")


if __name__ == "__main__":
    main()
