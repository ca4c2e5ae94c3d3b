"""The Overview step shows the report's timeline chart and redraws it as the timeline changes."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from gui_helpers import Writer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_interface_language import choose_language, english_after, restart

from ui.main_window import MainWindow
from ui.steps.overview import OverviewStep
from ui.steps.timeline import TimelineStep
from ui.widgets.timeline_chart import TimelineChartView

__all__ = ["english_after"]  # a fixture


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


def trigger_column(chart: TimelineChartView) -> float:
    """Where the trigger's dashed line stands across the drawing (0 left, 1 right), as painted:
    the column with the most dark pixels, for the line runs the whole height of the plot."""
    image = chart.canvas.grab().toImage()
    dark = [
        sum(1 for y in range(image.height()) if image.pixelColor(x, y).lightness() < 90)
        for x in range(image.width())
    ]
    return dark.index(max(dark)) / image.width()


def test_the_english_chart_starts_on_the_left(
    qtbot, window: MainWindow, writer: Writer, example_copy: Path
) -> None:
    assert window.session.open(example_copy)
    writer.go("Overview")
    page = window.current_page()
    assert isinstance(page, OverviewStep)
    qtbot.waitUntil(lambda: page.chart.canvas.renderer is not None and page.chart.canvas.renderer.isValid())
    assert trigger_column(page.chart) < 0.3


def test_an_arabic_interface_draws_the_chart_in_arabic_from_right_to_left(
    qtbot, window: MainWindow, english_after: None, example_copy: Path
) -> None:
    choose_language(window, "العربية")
    window.close()
    arabic = restart(example_copy)  # the document stays English: the chart speaks the interface's language
    qtbot.waitExposed(arabic)
    page = arabic.current_page()
    assert isinstance(page, OverviewStep)
    chart = page.chart
    qtbot.waitUntil(lambda: chart.canvas.renderer is not None and chart.canvas.renderer.isValid())
    words = [text.text for text in ET.fromstring(chart.svg).iter("{http://www.w3.org/2000/svg}text")]
    assert {"التأثير على العملاء", "الرصد", "الاحتواء", "الحل", "ظاهر للعملاء"} <= set(words)
    assert "Detected" not in chart.svg and "Customer impact" not in chart.svg
    assert "الرصد في الساعة 2:24 ص" in chart.accessibleDescription()
    # Time runs from right to left, as the window does: the incident starts on the right.
    assert trigger_column(chart) > 0.7
    arabic.close()
