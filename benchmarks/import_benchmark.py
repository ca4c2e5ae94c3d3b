"""How long `postmortem import` of a 20,000-message Slack export takes, and its peak memory.

    .venv/bin/python benchmarks/import_benchmark.py [--messages N]

Writes a channel export with tests/data/imports/make_slack_export.py (the
layout Slack's export uses; 20,000 messages over two days, threads, edits
and joins), then runs, each in a fresh process so the figures are what a
user pays, interpreter start-up included:

- `import EXPORT -o NEW.postmortem` (read, merge, save), and the same
  with the export zipped;
- `import EXPORT --into` the result again (every message a duplicate);
- for comparison, `postmortem check` of the document it made (the obvious
  other cost a writer pays on that file).

Targets (issue 13): under 5 s and under 300 MB for the first.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS, TARGET_MB = 5.0, 300.0

# Peak resident memory of the child, read from /proc just before it exits
# (ru_maxrss of a child reports what fork inherited from a large parent).
_RUN = """
import sys, atexit
def _peak():
    try:
        for line in open('/proc/self/status'):
            if line.startswith('VmHWM:'):
                sys.stderr.write('PEAK_KB ' + line.split()[1] + '\\n')
    except OSError:
        import resource
        sys.stderr.write('PEAK_KB %d\\n' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
atexit.register(_peak)
from postmortem.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
sys.exit(code)
"""


def _maker():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make", ROOT / "tests/data/imports/make_slack_export.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(args: list[str], data_dir: Path) -> tuple[float, float, float, int, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POSTMORTEM_STUDIO_DATA": str(data_dir)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _RUN, *args], capture_output=True, text=True, env=env,
                          check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak = next((int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("PEAK_KB")), 0)
    first = (done.stdout.splitlines() or [""])[0]
    return seconds, cpu, peak / 1024, done.returncode, first


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=20_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        print(f"writing a {options.messages:,}-message Slack export ...", file=sys.stderr)
        export = _maker().write_export(folder / "export", options.messages, 2)
        archive = folder / "export.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
            for path in sorted(export.rglob("*.json")):
                out.write(path, path.relative_to(export).as_posix())
        size = sum(p.stat().st_size for p in export.rglob("*.json")) / 2**20
        made = folder / "new.postmortem"
        rows = [
            ("import folder -o new", ["import", str(export), "-o", str(made)], True),
            ("import zip -o new", ["import", str(archive), "-o", str(folder / "zip.postmortem")], True),
            ("import folder --into (all duplicates)", ["import", str(export), "--into", str(made)], False),
            ("check the new document", ["check", str(made)], False),
        ]
        print(f"{options.messages:,} messages, {size:.1f} MB of JSON; python {sys.version.split()[0]}, "
              f"{os.cpu_count()} cores")
        print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} "
              "(a shared machine: wall time includes waiting for a core; CPU is the work itself)")
        print(f"{'run':40} {'wall s':>7} {'CPU s':>6} {'peak MB':>8}  exit  target  first line of output")
        for name, args, targeted in rows:
            seconds, cpu, peak, code, first = run(args, folder / "user-data")
            verdict = ""
            if targeted:
                verdict = "ok" if seconds < TARGET_SECONDS and peak < TARGET_MB else "MISSED"
                if verdict == "MISSED" and cpu < TARGET_SECONDS and peak < TARGET_MB:
                    verdict = "busy"  # the work fits; the machine's other load made the wall time
            print(f"{name:40} {seconds:7.2f} {cpu:6.2f} {peak:8.0f}  {code:4}  {verdict:6}  {first[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
