"""Ctrl+V in the timeline reads 12-hour and chat-style lines (issue 10), through the core's line reader."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from ui.main_window import MainWindow


def test_pasting_twelve_hour_and_chat_lines_into_the_timeline(
    qtbot, window: MainWindow, example_copy: Path, qapp
) -> None:
    assert window.session.open(example_copy)
    window.steps.setCurrentRow(1)  # Timeline
    page = window.current_page()
    qapp.clipboard().setText(
        "2026-10-28\n1:54 PM resolution: S3 operating normally\njdoe 2:10 PM closing the bridge\n"
        "[14:20] asmith: postmortem scheduled\naround lunch the db fell over"
    )
    page.table.view.setFocus()
    qtbot.keyClick(page.table.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    zone = window.controller.document.meta.time_zone
    pasted = {e.description: e for e in page.model.items()}
    resolved = pasted["S3 operating normally"]
    assert resolved.kind.value == "resolution"
    assert resolved.time.astimezone(ZoneInfo(zone)).time() == dt.time(13, 54)
    assert "jdoe: closing the bridge" in pasted and "asmith: postmortem scheduled" in pasted
    assert "line 5" in page.table.message.text() and "name 10:27 AM" in page.table.message.text()
