"""Recipient preview benchmark (not a test): selecting a recipient on the Recipients step.

    DISPLAY=:72 QT_QPA_PLATFORM=xcb .venv/bin/python benchmarks/recipient_preview_benchmark.py

Run it on an X display (Xvfb with QT_QPA_PLATFORM=xcb) or offscreen. With the
bundled example open and a 20-row recipients file imported, it selects rows
one after another, as a writer clicking down the table would, and reports:

- the real letter (what the step shows): the selection until that recipient's
  PDF pages are on screen, rendered by the window's warm render worker and
  drawn by QtPdf, and the longest stall of the UI event loop meanwhile
  (a 2 ms heartbeat timer);
- the obvious alternative, the simplified HTML view the File-menu dialog had:
  the recipient's HTML letter made and set on a QTextBrowser on the UI
  thread, timed the same way (there the whole time is a stall).

Each figure is the median over the rows, after one warm-up selection.
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "raid-outage"
ROWS = 20


def write_recipients(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as stream:
        table = csv.writer(stream)
        table.writerow(["email", "name", "impact_start", "impact_end", "lost_items"])
        for n in range(ROWS):
            table.writerow([f"c{n:02}@example.org", f"Customer {n}", f"2026-10-28T{n % 10:02}:05:00-04:00",
                            f"2026-10-29T{n % 10 + 10:02}:40:00-04:00", f"{n} support requests"])


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="recipient-preview-"))
    os.environ["POSTMORTEM_STUDIO_DATA"] = str(work / "data")
    shutil.copytree(EXAMPLE, work / "doc")
    write_recipients(work / "doc" / "customers.csv")

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QTextBrowser

    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(work / "settings"))
    from postmortem.assets import AssetFolder
    from postmortem.mail.personal import recipient_view
    from postmortem.render.html import letter_html
    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.settings import Preferences, WindowState

    app = create_application(["benchmark"])
    preferences = Preferences()
    preferences.set(Preferences.PREVIEW_VISIBLE, False)
    preferences.set(Preferences.SPELL_CHECK, False)
    window = MainWindow(preferences, WindowState())
    window.resize(1400, 900)
    window.show()
    window.session.open(work / "doc" / "raid-outage.postmortem")
    row = next(i for i in range(window.steps.count()) if window.steps.item(i).text() == "Recipients")
    window.steps.setCurrentRow(row)
    page = window.current_page()
    page.import_file(work / "doc" / "customers.csv")
    while page.model.rowCount() < ROWS:
        app.processEvents()
        time.sleep(0.01)

    last_beat = [0.0]
    stalls: list[float] = []

    def beat() -> None:
        now = time.perf_counter()
        if last_beat[0]:
            stalls.append((now - last_beat[0]) * 1000)
        last_beat[0] = now

    timer = QTimer(interval=2)
    timer.timeout.connect(beat)
    timer.start()
    shown_rows: list[int] = []

    def shown(row: int) -> None:
        shown_rows.append(row)

    page.letter.shown.connect(shown)

    def select(index: int) -> tuple[float, float]:
        stalls.clear()
        last_beat[0] = 0.0
        start = time.perf_counter()
        page.table.selectRow(index)
        recipient = page.model.recipient(index)
        # An event loop, not a processEvents() busy loop: PySide6 6.12 drops a reference
        # to None on each processEvents() call and aborts after some ten thousand of them.
        loop = QEventLoop()
        poll = QTimer(interval=1)

        def check() -> None:
            if shown_rows and shown_rows[-1] == recipient.row and not page.letter.pages.pending_pages():
                loop.quit()

        poll.timeout.connect(check)
        poll.start()
        loop.exec()
        poll.stop()
        return time.perf_counter() - start, max(stalls, default=0.0)

    select(0)
    real = [select(i) for i in range(1, ROWS)]

    browser = QTextBrowser()
    browser.resize(880, 600)
    browser.show()
    document = window.controller.document
    assets = AssetFolder(work / "doc")
    simplified = []
    for i in range(ROWS):
        start = time.perf_counter()
        browser.setHtml(letter_html(recipient_view(document, page.model.recipient(i)), assets))
        app.processEvents()
        simplified.append(time.perf_counter() - start)

    platform = QApplication.platformName()
    print(f"platform {platform}, {os.cpu_count()} cores, {ROWS - 1} selections (median)")
    arrive = median(t for t, _ in real) * 1000
    stall, worst = median(s for _, s in real), max(s for _, s in real)
    print(f"real letter (PDF from the warm worker): {arrive:.0f} ms to pages on screen; "
          f"longest UI stall {stall:.0f} ms (worst {worst:.0f})")
    print(f"simplified HTML on the UI thread: {median(simplified[1:]) * 1000:.0f} ms, all of it a stall")
    window.session.questions.unsaved = lambda *_args: "discard"
    window.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
