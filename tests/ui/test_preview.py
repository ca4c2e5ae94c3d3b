"""The preview renders off the UI thread, drops stale renders and shows failures in the pane."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from gui_helpers import make_window
from PySide6.QtCore import QObject, Qt, Signal

from postmortem import fileformat
from ui.document_controller import DocumentController
from ui.main_window import MainWindow
from ui.preview.preview_pane import PreviewPane

REPO = Path(__file__).resolve().parents[2]


class FakeService(QObject):
    """Stands in for the render worker: records requests, answers when told."""

    finished = Signal(int, bool, bytes, str)
    ready = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.is_ready = True
        self.requests: list[tuple[int, str]] = []
        self.texts: list[str] = []

    def start(self) -> None:
        pass

    def submit(self, text: str, folder: object, fmt: str, audience: str, today: object = None,
               *, language: object = None) -> int:
        self.requests.append((len(self.requests) + 1, audience))
        self.texts.append(text)
        return len(self.requests)


def test_stale_renders_are_dropped_and_failures_shown(qtbot, controller: DocumentController) -> None:
    service = FakeService()
    pane = PreviewPane(controller, service, delay_ms=10)  # type: ignore[arg-type]
    qtbot.addWidget(pane)
    controller.set_value(("meta", "title"), "First")
    qtbot.waitUntil(lambda: len(service.requests) == 1)
    controller.set_value(("meta", "title"), "Second")  # changes while the first renders
    service.finished.emit(1, False, b"", "stale answer")
    assert not pane.error.isVisibleTo(pane), "a stale result must not be shown"
    qtbot.waitUntil(lambda: len(service.requests) == 2)
    # Each request carries the document as it was when sent (its text is made on a worker).
    assert "title: First" in service.texts[0] and "title: Second" in service.texts[1]
    service.finished.emit(2, False, b"", "WeasyPrint could not load the logo")
    assert pane.error.isVisibleTo(pane)
    assert "could not load the logo" in pane.error.text()


@pytest.mark.timeout(60)
def test_the_preview_shows_the_real_pdf(qtbot, today: dt.date, example_copy: Path) -> None:
    window: MainWindow = make_window(qtbot, today, preview=True)
    window.show()
    window.session.open(example_copy)
    with qtbot.waitSignal(window.preview.shown, timeout=45_000):
        pass
    assert window.preview.pages.page_count >= 1
    assert "up to date" in window.preview.status.text()
    internal = next(b for b in window.preview.buttons.buttons() if b.property("audience") == "internal")
    with qtbot.waitSignal(window.preview.shown, timeout=30_000):
        qtbot.mouseClick(internal, Qt.MouseButton.LeftButton)
    assert window.preview.audience == "internal"
    qtbot.waitUntil(lambda: window.preview.pages.pending_pages() == 0)
    window.close()


@pytest.mark.timeout(60)
def test_a_worker_that_dies_is_reported_and_replaced(qtbot, today: dt.date, example_copy: Path) -> None:
    window: MainWindow = make_window(qtbot, today, preview=True)
    window.show()
    window.session.open(example_copy)
    with qtbot.waitSignal(window.preview.shown, timeout=45_000):
        pass
    window.controller.set_value(("meta", "incident_id"), "INC-9")
    qtbot.waitUntil(lambda: window.service.busy, timeout=5_000)
    scratch = Path(window.service.scratch.path())
    assert any(scratch.iterdir())  # the worker's font copies
    with qtbot.waitSignal(window.preview.failed, timeout=10_000):
        window.service.process.kill()
    assert "renderer stopped" in window.preview.error.text()
    assert not scratch.exists()  # a killed worker leaves nothing in the temporary folder
    with qtbot.waitSignal(window.preview.shown, timeout=45_000):
        window.controller.set_value(("meta", "incident_id"), "INC-10")
    window.close()


def test_the_worker_answers_in_frames() -> None:
    document = fileformat.dumps(fileformat.load(REPO / "examples" / "raid-outage" / "raid-outage.postmortem"))
    from ui.preview.protocol import RenderRequest, encode_request, split_frames

    request = encode_request(
        RenderRequest(7, document, str(REPO / "examples" / "raid-outage"), "md", "customer")
    )
    result = subprocess.run(
        [sys.executable, "-m", "ui.preview.render_worker"],
        input=request,
        capture_output=True,
        cwd=REPO,
        timeout=60,
        check=True,
    )
    frames = split_frames(bytearray(result.stdout))
    assert frames[0][0] == {"ready": True}
    header, payload = frames[1]
    assert header["id"] == 7 and header["ok"] is True
    assert b"Northwind" in payload


@pytest.mark.timeout(60)
def test_nothing_slow_is_imported_before_the_first_paint(example_copy: Path) -> None:
    # Started as `postmortem-studio FILE` starts; what a later step, a dialog or the first
    # check needs loads after the window is on screen.
    script = f"""
import sys
from PySide6.QtCore import QTimer
from ui.launcher import open_window
app, window = open_window(["postmortem-studio", {str(example_copy)!r}])
import gc
print("COLLECTING:", gc.isenabled())  # paused while the window is built, running again once shown
SLOW = ("weasyprint", "PySide6.QtPdf", "PySide6.QtSvg", "markdown_it", "jinja2", "spellchecker", "faker",
        "http.client", "postmortem.checks.phrases", "postmortem.checks.leaks", "postmortem.letterfields",
        "postmortem.importers", "ui.export_dialog", "ui.import_dialog", "ui.recovery_dialog",
        "ui.versions_dialog", "ui.steps.timeline", "ui.steps.letter",
        # The core a later step, a check or an export needs: the export pipeline, the settings
        # model and RE2, Babel (English dates and zones need none of it), the chart's modules,
        # the XML parser SVG images are checked with.
        "postmortem.export", "postmortem.checks.settings", "re2", "babel", "postmortem.chart",
        "postmortem.durations", "postmortem.render", "xml.etree", "ui.start_page",
        # What a question, a recovery offer, a read-only document or the first PDF needs.
        "ui.recovery_actions", "ui.read_only", "ui.preview.pdf_pages",
        # The first finding's HTML escaping (html.entities: 75 KB of source for PySide6's import
        # hook to read) and the templates of a new document.
        "html.entities", "postmortem.templates", "postmortem.mail.left_copies")
# A PySide6 class builds all its enums when first touched: these wait for their first use.
QT = ("QMessageBox", "QFileDialog", "QProcess", "QCalendarWidget", "QStyle", "QTextCharFormat", "QTextFormat")
def painted():
    print("SLOW:" + ",".join(m for m in SLOW if m in sys.modules))
    import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
    touched = [c for c in QT for m in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets) if c in vars(m)]
    print("TOUCHED:" + ",".join(touched))
    window.service.stop()
    app.quit()
window.first_painted.connect(painted)
QTimer.singleShot(20000, app.quit)
app.exec()
"""
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(example_copy.parent)}
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
        check=True,
    )
    assert "SLOW:\n" in result.stdout, result.stdout + result.stderr
    assert "TOUCHED:\n" in result.stdout, result.stdout + result.stderr
    assert "COLLECTING: True" in result.stdout
