"""The example's customer letter as a PDF from a cold start: ours against pandoc + WeasyPrint, one run.

Run from the repository root (pandoc from Debian, for this benchmark only:
`apt-get install pandoc`):

    python benchmarks/letter_vs_pandoc.py             # 7 rounds
    python benchmarks/letter_vs_pandoc.py --rounds 3
    python benchmarks/letter_vs_pandoc.py --also ../main   # and ours from another source tree

Every figure is the wall-clock time of fresh processes, as a person running
the command waits for it, with rounds interleaved so that the load of a
shared machine falls on both alike; the table gives medians and minima, and
the CPU time of each command with everything it started (pandoc's WeasyPrint,
ldconfig), which a busy machine disturbs less. Both run from compiled bytecode,
as installed programs do: the untimed first round writes the caches into the
scratch folder (some shells here set PYTHONDONTWRITEBYTECODE).

- **ours**: `python -m postmortem export raid-outage.postmortem --format pdf
  --audience customer -o letter.pdf` (the letter's checks included: a customer
  export refuses a letter that would say something false);
- **pandoc + WeasyPrint**: `pandoc letter.md --pdf-engine=weasyprint -o letter.pdf`
  on the same letter as Markdown (our own Markdown export of it), with the
  WeasyPrint of this environment on the PATH;
- with `--also TREE`: the same export from another checkout (e.g. `main`
  beside a branch), interleaved in the same rounds.
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

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "raid-outage" / "raid-outage.postmortem"


def timed(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, cwd=cwd)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--also", type=Path, metavar="TREE",
                        help="also time the export from this source tree (a worktree of main, say)")
    args = parser.parse_args()
    if not shutil.which("pandoc"):
        print("error: pandoc is not installed (apt-get install pandoc)", file=sys.stderr)
        return 2
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join((str(Path(sys.executable).parent), env.get("PATH", "")))
    env["PYTHONPATH"] = str(REPO)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start_load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        for source in EXAMPLE.parent.iterdir():
            shutil.copy(source, folder / source.name)
        document = folder / EXAMPLE.name
        letter_md = folder / "letter.md"
        subprocess.run(
            [sys.executable, "-m", "postmortem", "export", str(document), "--format", "md",
             "--audience", "customer", "-o", str(letter_md)],
            check=True, capture_output=True, env=env, cwd=folder,
        )
        ours = [sys.executable, "-m", "postmortem", "export", str(document), "--format", "pdf",
                "--audience", "customer"]
        contenders = {
            "ours: postmortem export --format pdf": ([*ours, "-o", str(folder / "ours.pdf")], env),
            "pandoc letter.md --pdf-engine=weasyprint": (
                ["pandoc", str(letter_md), "--pdf-engine=weasyprint", "-o", str(folder / "pandoc.pdf")], env,
            ),
        }
        if args.also:
            tree = args.also.resolve()
            contenders[f"ours from {tree.name}"] = ([*ours, "-o", str(folder / "also.pdf")],
                                                    {**env, "PYTHONPATH": str(tree)})
        # Untimed: font caches and .pyc files as a user has them.
        for command, command_env in contenders.values():
            timed(command, command_env, folder)
        runs: dict[str, list[float]] = {label: [] for label in contenders}
        cpu: dict[str, list[float]] = {label: [] for label in contenders}
        for _ in range(args.rounds):
            for label, (command, command_env) in contenders.items():
                wall, used = timed(command, command_env, folder)
                runs[label].append(wall)
                cpu[label].append(used)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Cold customer letter of the example, {args.rounds} interleaved rounds "
          f"({os.cpu_count()} cores, load average {start_load:.1f} → {load:.1f}, "
          f"Python {sys.version.split()[0]})")
    print()
    print("| command | median | min | CPU (median) |")
    print("| --- | --- | --- | --- |")
    for label, times in runs.items():
        print(f"| {label} | {statistics.median(times):.2f} s | {min(times):.2f} s | "
              f"{statistics.median(cpu[label]):.2f} s |")
    ours, theirs = (statistics.median(times) for times in list(runs.values())[:2])
    ours_cpu, theirs_cpu = (statistics.median(times) for times in list(cpu.values())[:2])
    print(f"\nours ÷ pandoc + WeasyPrint: {ours / theirs:.2f} wall, {ours_cpu / theirs_cpu:.2f} CPU "
          "(below 1: ours is faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
