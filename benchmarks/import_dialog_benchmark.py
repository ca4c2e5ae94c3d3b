"""Does the window stay responsive while File ▸ Import… reads a 20,000-message Slack channel?

    .venv/bin/python benchmarks/import_dialog_benchmark.py [--messages N]   # offscreen unless DISPLAY is set

Opens the main window on a blank document, imports a freshly written Slack
export through the Import dialog (reading and merging on its worker thread),
and measures, with a 5 ms heartbeat timer on the UI thread:
- the longest stall of the event loop while the dialog reads the export,
- the longest stall while it merges and applies the result (one undo step,
  the timeline table and the checks refreshing),
- the time from opening the dialog to the rows being shown, and to the import applied.
For comparison, the same read done on the UI thread stalls the loop for its whole duration.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _maker():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make", ROOT / "tests/data/imports/make_slack_export.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=20_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["POSTMORTEM_STUDIO_DATA"] = str(Path(scratch) / "data")
        export = _maker().write_export(Path(scratch) / "export", options.messages, 2)
        from PySide6.QtCore import QCoreApplication, QSettings
        from PySide6.QtWidgets import QApplication

        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        from postmortem.importers import Options, read_sources
        from ui.app import create_application
        from ui.main_window import MainWindow
        from ui.settings import Preferences, WindowState

        app = create_application(["import-benchmark"])
        preferences = Preferences()
        preferences.set(Preferences.PREVIEW_VISIBLE, False)  # the preview's own cost is gui_benchmark's
        preferences.set(Preferences.SPELL_CHECK, False)
        window = MainWindow(preferences, WindowState())
        window.show()
        window.session.new_from_template("blank")
        beat = Heartbeat()

        def pump_until(condition, limit: float = 120.0) -> float:  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            while not condition() and time.perf_counter() - start < limit:
                app.processEvents()
                time.sleep(0.001)
            return time.perf_counter() - start

        beat.reset()
        start = time.perf_counter()
        dialog = window.import_files([str(export)])
        assert dialog is not None
        pump_until(dialog.import_button.isEnabled)
        read_seconds, read_stall = time.perf_counter() - start, beat.worst
        rows = dialog.model.rowCount()
        beat.reset()
        start = time.perf_counter()
        dialog.import_button.click()
        pump_until(lambda: not dialog.isVisible())
        apply_seconds, apply_stall = time.perf_counter() - start, beat.worst
        events = len(window.controller.document.timeline.events)
        beat.reset()
        start = time.perf_counter()
        read_sources([export], "slack", Options())
        app.processEvents()
        inline_seconds, inline_stall = time.perf_counter() - start, beat.worst
        platform = QApplication.platformName()
        window.controller.undo_stack.setClean()
        window.close()
        QCoreApplication.processEvents()
    print(f"{options.messages:,} messages -> {rows:,} rows -> {events:,} events; Qt platform {platform}; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print(f"{'phase':44} {'seconds':>8} {'longest UI stall ms':>20}")
    print(f"{'dialog reads the export (worker thread)':44} {read_seconds:8.2f} {read_stall * 1000:20.0f}")
    print(f"{'merge (worker) and apply (one undo step)':44} {apply_seconds:8.2f} {apply_stall * 1000:20.0f}")
    contrast = "the same read on the UI thread, for contrast"
    print(f"{contrast:44} {inline_seconds:8.2f} {inline_stall * 1000:20.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
