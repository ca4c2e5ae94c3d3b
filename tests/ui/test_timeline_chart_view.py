"""The Overview step shows the report's timeline chart and redraws it as the timeline changes."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import Writer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.steps.overview import OverviewStep
from ui.steps.timeline import TimelineStep


def test_the_overview_chart_follows_the_timeline(
    qtbot, window: MainWindow, writer: Writer, example_copy: Path
) -> None:
    assert window.session.open(example_copy)
    writer.go("Overview")
    page = window.current_page()
    assert isinstance(page, OverviewStep)
    chart = page.chart
    qtbot.waitUntil(lambda: chart.canvas.renderer is not None and chart.canvas.renderer.isValid())
    assert chart.canvas.isVisible() and chart.canvas.height() > 100
    assert "Detected at 02:24, " in chart.accessibleDescription()
    assert "Detected" in chart.svg

    # The writer turns the detection event into an escalation on the Timeline step.
    writer.go("Timeline")
    timeline = window.current_page()
    assert isinstance(timeline, TimelineStep)
    row = next(i for i, e in enumerate(timeline.model.items()) if e.kind == "detection")
    view = timeline.table.view
    view.setFocus()
    view.setCurrentIndex(timeline.model.index(row, 1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "escalation")
    writer.enter(QApplication.focusWidget())
    assert timeline.model.items()[row].kind == "escalation"

    writer.go("Overview")
    qtbot.waitUntil(lambda: "Detected" not in chart.svg)
    assert "Detected at" not in chart.accessibleDescription()
    assert "Mitigated at 12:40" in chart.accessibleDescription()

    # Undo brings the detection back, and the chart with it.
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Detected at 02:24" in chart.accessibleDescription())
