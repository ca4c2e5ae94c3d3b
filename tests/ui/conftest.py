"""GUI test fixtures: offscreen Qt, settings kept in a temporary folder, nothing left running.

The core fixtures (`example_copy`, `today`, `sample_document`) come from tests/conftest.py.
"""

from __future__ import annotations

import os

# Chosen before Qt is imported, so the GUI tests need no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import Writer, make_window
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from postmortem.workspace.userdirs import DATA_ENV
from ui.app import create_application
from ui.document_controller import DocumentController
from ui.long_lived import MainThreadCollector
from ui.main_window import MainWindow


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]) -> Iterator[QApplication]:
    """The app as `ui.app` sets it up: the light/dark and undo-keys filters included, and the
    garbage collected on this thread only; tests that run after these get the collector back."""
    app = create_application(["postmortem-studio-tests"])
    yield app
    for collector in app.findChildren(MainThreadCollector):
        collector.stop()


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Each test gets empty settings in a temporary folder, never the developer's own."""
    folder = tmp_path_factory.mktemp("settings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recovery snapshots and versions go to a temporary folder, never the developer's own."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv(DATA_ENV, str(folder))
    return folder


@pytest.fixture(autouse=True)
def close_other_windows(qapp: QApplication) -> Iterator[None]:
    """Windows a test opened through the app (New Window, a version, recovered work) close after it."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            widget.session.questions.unsaved = lambda _title: "discard"
            widget.close()
    QApplication.processEvents()


def _children() -> set[int]:
    pid = os.getpid()
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(p) for p in (task / "children").read_text().split()}
        except OSError:
            continue
    return found


@pytest.fixture(autouse=True)
def nothing_left_running() -> Iterator[None]:
    """Fail a test that leaves a thread or a child process (a render worker) behind."""
    threads = set(threading.enumerate())
    children = _children()
    yield
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        extra_threads = [t for t in threading.enumerate() if t not in threads and t.is_alive()]
        extra_children = _children() - children
        if not extra_threads and not extra_children:
            return
        QApplication.processEvents()
        time.sleep(0.05)
    commands = []
    for pid in sorted(extra_children):
        try:
            commands.append(Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:120])
        except OSError:
            commands.append(str(pid))
    pytest.fail(f"left running: threads {extra_threads}, child processes {commands}")


@pytest.fixture
def controller(qapp: QApplication, today: dt.date) -> Iterator[DocumentController]:
    made = DocumentController(today=today)
    yield made
    made.stop()  # as its window would on closing: a check still running ends first


@pytest.fixture
def window(qtbot, today: dt.date) -> Iterator[MainWindow]:
    """The main window, shown, preview off (tests that need it turn it on)."""
    main = make_window(qtbot, today)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


@pytest.fixture
def writer(qtbot, window: MainWindow) -> Writer:
    return Writer(qtbot, window)
