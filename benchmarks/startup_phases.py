"""Start-up benchmark (not a test): CPU of each launch step until the window's first paint.

    DISPLAY=:57 .venv/bin/python benchmarks/startup_phases.py --runs 10              # xcb on your X display
    DISPLAY=:57 .venv/bin/python benchmarks/startup_phases.py --against ../main-copy # two trees, interleaved
    DISPLAY=:57 .venv/bin/python benchmarks/startup_phases.py --runs 1 --instructions --against ../main-copy

Each run is a new process that takes the steps `ui.launcher.open_window` and `ui.app.launch`
take with the bundled example (imports, the application, the window, opening the file, show, the first paint)
and reports the CPU time each step used (the process's own time, which a shared
machine disturbs less than wall time) and how many widgets exist at the first paint.
With `--against DIR`, runs of this tree and of the source tree in DIR alternate, so a
busy moment hits both alike. With `--instructions` (needs valgrind) each run counts the
instructions until the first paint instead: repeatable where CPU time is not, so a change
of 1 % shows in one run. Settings and recovery data go to a scratch folder.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import median

from postmortem.workspace.locking import lock_path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import gc, json, os, sys, time
marks = [("start", time.process_time())]
def mark(name): marks.append((name, time.process_time()))
# As `ui.launcher.open_window` does: no pydantic plugin scan, the collector paused until shown.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
gc.disable()
import ui.launcher
if hasattr(ui.launcher, "import_core"):
    ui.launcher.import_core()
else:  # a tree from before the launcher named what it imports before Qt
    import postmortem.fileformat
from ui.launcher import check_platform_plugin, platform_plugin
check_platform_plugin(platform_plugin())
mark("imports: the core, Qt")
import ui.app as app_module
mark("import ui.app")
from pathlib import Path
app = app_module.create_application(["postmortem-studio"], filters=False)
preferences = app_module.Preferences()
app_module.languages.install(app, app_module.languages.chosen_language(preferences))
mark("the application, its look, translators")
window = app_module.MainWindow(preferences, app_module.WindowState())
window.controller.hold_checks()
mark("the window")
window.session.open(Path(sys.argv[1]).resolve(), offer=False)
mark("opening the file (the first step built)")
window.show()
gc.freeze()
gc.enable()
mark("show()")
def painted():
    mark("until the first paint")
    from PySide6.QtWidgets import QWidget
    steps = {name: 1000 * (cpu - marks[i][1]) for i, (name, cpu) in enumerate(marks[1:])}
    steps["in all"] = 1000 * marks[-1][1]
    steps["widgets at the first paint"] = len(window.findChildren(QWidget))
    print(json.dumps(steps), flush=True)
    window.service.stop()  # a render worker the preview may have started goes with the run
    os._exit(0)
window.first_painted.connect(painted)
app.exec()
"""


def run_once(root: Path, scratch: str, *, instructions: bool = False) -> dict[str, float]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app starts from compiled bytecode
    env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache" / root.name)
    env["XDG_CONFIG_HOME"] = str(Path(scratch) / "config")
    env["POSTMORTEM_STUDIO_DATA"] = str(Path(scratch) / "data")
    env["PYTHONPATH"] = str(root)
    # A copy, whose lock file each run removes: the run ends without closing the document,
    # and a lock left behind would make the next run take it over, as after a crash.
    folder = Path(scratch) / "examples" / root.name
    if not folder.exists():
        shutil.copytree(root / "examples" / "raid-outage", folder)
    example = folder / "raid-outage.postmortem"
    lock_path(example).unlink(missing_ok=True)
    # Under callgrind the child's instructions until it exits at the first paint are counted:
    # the same work gives the same count to about 0.01 %, where CPU time on a shared machine
    # moves by 20 ms. Qt forks once to look for a D-Bus session (none under Xvfb); the forked
    # child's count is left out.
    grind = [
        "valgrind",
        "--tool=callgrind",
        "--child-silent-after-fork=yes",
        "--callgrind-out-file=/dev/null",
    ]
    result = subprocess.run(
        [*(grind if instructions else []), sys.executable, "-c", CHILD, str(example)],
        capture_output=True, text=True, env=env, cwd=root, timeout=1200 if instructions else 120, check=True,
    )  # fmt: skip
    line = result.stdout.strip().splitlines()[-1]
    steps: dict[str, float] = json.loads(line)
    if instructions:
        collected = re.search(r"Collected : (\d+)", result.stderr)
        if collected is None:
            raise SystemExit(f"valgrind reported no instruction count:\n{result.stderr[-2000:]}")
        return {"instructions until the first paint (millions)": int(collected.group(1)) / 1e6}
    return steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--against", type=Path, help="another source tree, measured interleaved")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="count instructions under valgrind's callgrind instead (about 50 times slower)",
    )
    options = parser.parse_args()
    roots = [ROOT] + ([options.against.resolve()] if options.against else [])
    results: dict[Path, list[dict[str, float]]] = {root: [] for root in roots}
    load = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as scratch:
        for root in roots:  # untimed: bytecode and font caches, as a user has them
            run_once(root, scratch)
        for _ in range(options.runs):
            for root in roots:
                results[root].append(run_once(root, scratch, instructions=options.instructions))
    load.append(os.getloadavg()[0])
    platform = os.environ.get("QT_QPA_PLATFORM", "the default platform")
    what = "Instructions" if options.instructions else "CPU per launch step in ms"
    print(f"{what}, medians of {options.runs} runs ({platform}, {os.cpu_count()} cores, "
          f"load average {load[0]:.1f} → {load[1]:.1f})")  # fmt: skip
    print()
    print("| step | " + " | ".join(str(root) for root in roots) + " |")
    print("| --- |" + " --- |" * len(roots))
    for name in results[ROOT][0]:
        cells = [f"{median(run[name] for run in results[root]):.1f}" if options.instructions else
                 f"{median(run[name] for run in results[root]):.0f}" for root in roots]  # fmt: skip
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
