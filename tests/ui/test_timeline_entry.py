"""The Timeline step: Paste events pastes what Ctrl+V pastes; new events start on the incident's day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from date_helpers import CTRL, open_file
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from postmortem import fileformat
from ui.main_window import MainWindow
from ui.steps.timeline import TimelineStep

NY = ZoneInfo("America/New_York")
LINES = "2026-10-27 03:10 Primary drive failed\n03:40 detection: Alert fired"


@pytest.fixture
def timeline(qtbot, window: MainWindow, writer, example_copy: Path) -> TimelineStep:
    open_file(qtbot, window, example_copy)
    writer.go("Timeline")
    page = window.current_page()
    assert isinstance(page, TimelineStep)
    return page


def descriptions(page: TimelineStep) -> list[str]:
    return [e.description for e in page.model.items()]


def test_the_paste_events_button_adds_the_clipboards_lines(qtbot, timeline: TimelineStep, writer) -> None:
    before = timeline.model.rowCount()
    QGuiApplication.clipboard().setText(LINES)
    writer.click(writer.button("Paste events"))
    assert timeline.model.rowCount() == before + 2
    added = {e.description: e.time for e in timeline.model.items()}
    assert added["Primary drive failed"] == dt.datetime(2026, 10, 27, 3, 10, tzinfo=NY)
    assert added["Alert fired"] == dt.datetime(2026, 10, 27, 3, 40, tzinfo=NY)
    assert not timeline.table.message.isVisible()


def test_the_button_and_ctrl_v_paste_the_same_events(
    qtbot, window: MainWindow, writer, example_copy: Path
) -> None:
    results = []
    for paste in ("button", "keys"):
        open_file(qtbot, window, example_copy)
        writer.go("Timeline")
        page = window.current_page()
        assert isinstance(page, TimelineStep)
        QGuiApplication.clipboard().setText(LINES)
        if paste == "button":
            writer.click(writer.button("Paste events"))
        else:
            page.table.view.setFocus()
            qtbot.keyClick(page.table.view, Qt.Key.Key_V, CTRL)
        results.append([(e.time, e.kind, e.description) for e in page.model.items()])
        qtbot.keyClick(window, Qt.Key.Key_W, CTRL)
    assert results[0] == results[1]


def test_the_button_says_so_when_the_clipboard_has_no_times(qtbot, timeline: TimelineStep, writer) -> None:
    before = timeline.model.rowCount()
    QGuiApplication.clipboard().setText("nothing to see here")
    writer.click(writer.button("Paste events"))
    assert timeline.model.rowCount() == before
    assert timeline.table.message.isVisible()
    assert "line 1" in timeline.table.message.text()


def test_a_new_event_starts_on_the_last_events_day(
    qtbot, window: MainWindow, writer, example_copy: Path, tmp_path: Path
) -> None:
    """Even when five minutes after the last event would be the next day."""
    document = fileformat.load(example_copy)
    last = document.timeline.events[-1]
    last.time = dt.datetime(2011, 10, 28, 23, 58, tzinfo=NY)
    document.timeline.events = [last]
    late = tmp_path / "late.postmortem"
    fileformat.save(document, late)
    open_file(qtbot, window, late)
    writer.go("Timeline")
    page = window.current_page()
    assert isinstance(page, TimelineStep)
    writer.click(writer.button("Add event"))
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Customers told")
    writer.enter(editor)
    new = next(e for e in page.model.items() if e.description == "Customers told")
    assert new.time.astimezone(NY).date() == dt.date(2011, 10, 28)
    assert new.time >= dt.datetime(2011, 10, 28, 23, 58, tzinfo=NY)


def test_the_first_event_of_an_empty_timeline_starts_on_the_impacts_day(
    qtbot, window: MainWindow, writer, example_copy: Path, tmp_path: Path
) -> None:
    document = fileformat.load(example_copy)
    document.timeline.events = []
    document.impact.start = None
    document.impact.end = dt.datetime(2011, 10, 28, 13, 0, tzinfo=NY)
    empty = tmp_path / "empty.postmortem"
    fileformat.save(document, empty)
    open_file(qtbot, window, empty)
    writer.go("Timeline")
    page = window.current_page()
    assert isinstance(page, TimelineStep)
    writer.click(writer.button("Add event"))
    [event] = page.model.items()
    assert event.time.astimezone(NY).date() == dt.date(2011, 10, 28)
