"""Autosave benchmark (not a test): what a snapshot costs the UI thread, and a crash's round trip.

    .venv/bin/python benchmarks/autosave_benchmark.py              # 20 snapshots, 3 crash trials
    .venv/bin/python benchmarks/autosave_benchmark.py --trials 0   # snapshots only

Reports, on this machine (quote the load average printed with it):
- per snapshot of the example and of a large document (2,000 events), the time the UI
  thread spends making the snapshot's text (`RecoveryStore.prepare`), against the whole
  write as it used to happen on the UI thread (text, then the atomic write with fsync),
  which the app now does on a worker (`ui.autosave`);
- the crash round trip of tests/ui/test_crash_recovery.py, timed here instead of there:
  the app started on a copy of the example, the text typed, until its snapshot is on
  disk; then, after SIGKILL, a new start until the recovered window shows the text.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EXAMPLE = ROOT / "examples" / "raid-outage"

from postmortem import fileformat  # noqa: E402
from postmortem.workspace.recovery import RecoveryStore  # noqa: E402


def large_document(events: int) -> object:
    document = fileformat.load(EXAMPLE / "raid-outage.postmortem")
    first = document.timeline.events[0]
    document.timeline.events = [
        first.model_copy(update={"description": f"Event {n}: the array rebuilt another disk"})
        for n in range(events)
    ]
    return document


def snapshot_costs(rounds: int) -> list[tuple[str, float, float, float]]:
    """(document, UI-thread ms now, whole write ms as before, CPU ms of the whole write), medians."""
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        store = RecoveryStore(Path(folder))
        source = EXAMPLE / "raid-outage.postmortem"
        for name, document in (("example", fileformat.load(source)), ("2,000 events", large_document(2000))):
            prepare, whole, cpu = [], [], []
            for _ in range(rounds):
                started = time.perf_counter()
                store.prepare(document, source)  # type: ignore[arg-type]
                prepare.append(time.perf_counter() - started)
                started, clock = time.perf_counter(), time.process_time()
                store.write("bench", document, source)  # type: ignore[arg-type]
                whole.append(time.perf_counter() - started)
                cpu.append(time.process_time() - clock)
            rows.append((name, *(statistics.median(x) * 1000 for x in (prepare, whole, cpu))))
    return rows


def crash_trial(folder: Path, text: str) -> tuple[float, float]:
    """(start until the typed text is in a snapshot, restart after SIGKILL until it is recovered), s."""
    doc = folder / "doc"
    doc.mkdir(parents=True)
    for source in EXAMPLE.iterdir():
        (doc / source.name).write_bytes(source.read_bytes())
    document = doc / "raid-outage.postmortem"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", POSTMORTEM_STUDIO_DATA=str(folder / "data"),
               XDG_CONFIG_HOME=str(folder / "config"), PYTHONPATH=str(ROOT))
    driver = [sys.executable, "-m", "ui.testing.driver"]
    started = time.perf_counter()
    app = subprocess.Popen([*driver, "type", str(document), "--text", text], env=env, cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not _snapshot_holds(folder / "data", text):
            if app.poll() is not None:
                raise RuntimeError("the app ended before its snapshot was written")
            time.sleep(0.01)
        saved = time.perf_counter() - started
        os.kill(app.pid, signal.SIGKILL)
    finally:
        app.kill()
        app.wait()
    started = time.perf_counter()
    again = subprocess.run([*driver, "offer", str(document)], env=env, cwd=ROOT,
                           capture_output=True, text=True, check=True)
    recovered = time.perf_counter() - started
    if f'"field_text": {json.dumps(text)}' not in again.stdout:
        raise RuntimeError(f"not recovered: {again.stdout[-500:]}")
    return saved, recovered


def _snapshot_holds(data: Path, text: str) -> bool:
    for path in (data / "recovery").glob("*.recovery.json"):
        try:
            envelope = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if fileformat.loads(envelope["document"]).summary.text == text:
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--trials", type=int, default=3)
    options = parser.parse_args()
    load = os.getloadavg()[0]
    print(f"Autosave ({os.cpu_count()} cores, load average {load:.1f} at the start, medians)")
    print()
    print("| document | UI thread now (snapshot text) | whole write, as on the UI thread before | its CPU |")
    print("| --- | --- | --- | --- |")
    for name, prepare, whole, cpu in snapshot_costs(options.rounds):
        print(f"| {name} | {prepare:.1f} ms | {whole:.1f} ms | {cpu:.1f} ms |")
    if options.trials:
        saved, recovered = [], []
        with tempfile.TemporaryDirectory() as folder:
            for n in range(options.trials):
                a, b = crash_trial(Path(folder) / f"trial-{n}", f"Typed before the crash, trial {n}.")
                saved.append(a)
                recovered.append(b)
        print()
        print(f"Crash round trip, {options.trials} trials (offscreen; includes the app's start-up and "
              f"the 2 s autosave pause): typed text on disk after {statistics.median(saved):.1f} s; "
              f"recovered in a new start after {statistics.median(recovered):.1f} s "
              f"(load average {os.getloadavg()[0]:.1f} at the end)")


if __name__ == "__main__":
    main()
