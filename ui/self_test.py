"""`postmortem-studio --self-test FILE`: open a file, wait for the preview's first page, report, exit.

A package's smoke test, and a way to check an install without looking: it
proves the window opens, the render worker starts (frozen or not) and answers,
and that starting it opened one window, not two. It prints one line and exits
0 when all of that holds, 2 when not.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow

TIMEOUT_MS = 120_000  # a cold WeasyPrint import on a busy two-core machine can take a while


def run(app: QApplication, window: MainWindow) -> int:
    def windows() -> int:
        return sum(1 for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())

    def shown(_generation: int) -> None:
        pages = window.preview.pages.page_count
        process = window.preview.service.process
        worker = " ".join([process.program(), *process.arguments()]) if process else "none"
        ok = pages > 0 and windows() == 1
        verdict = "ok" if ok else "error"
        print(f"{verdict}: preview shows {pages} pages; {windows()} window open; worker: {worker}")
        window.preview.service.stop()
        app.exit(0 if ok else 2)

    def failed(message: str) -> None:
        print(f"error: no preview: {message}")
        window.preview.service.stop()
        app.exit(2)

    window.preview.shown.connect(shown)
    window.preview.failed.connect(failed)
    QTimer.singleShot(TIMEOUT_MS, lambda: failed(f"nothing shown within {TIMEOUT_MS // 1000} s"))
    return app.exec()
