"""The report's timeline chart, live in the Overview step.

The drawing is the core's (`postmortem.render.timeline_svg`), so the app
shows what the report prints, in the interface's language (the core's
catalogue and CLDR data for it) and, in a right-to-left interface, mirrored
as a right-to-left report prints it: time runs from right to left, the
rows' names on the right. The chart is made and QtSvg imported
on the turn after the view is first painted, not when the window is built:
the Overview step is the first thing the app shows, and its fields should
be on screen without waiting for the drawing (about 50 ms). The core's chart
modules (durations, CLDR units, the SVG writer and its fonts' scripts) are
imported with that first drawing too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui import style
from ui.document_controller import DocumentController
from ui.i18n.languages import interface_language
from ui.i18n.marks import QT_TRANSLATE_NOOP

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "TimelineChartView",
    "The chart appears once the timeline has a trigger, detection, mitigation or resolution, "
    "or the impact has a start and an end.",
)


class ChartCanvas(QWidget):
    """Paints one SVG at the widget's width, keeping its proportions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer: Any = None
        self._ratio = 0.4
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def load(self, svg: str) -> None:
        from PySide6.QtSvg import QSvgRenderer

        if self.renderer is None:
            self.renderer = QSvgRenderer(self)
        self.renderer.load(QByteArray(svg.encode("utf-8")))
        box = self.renderer.viewBoxF()
        if box.width() > 0:
            self._ratio = box.height() / box.width()
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width * self._ratio)

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.renderer is None or not self.renderer.isValid():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = min(self.height(), self.heightForWidth(self.width()))
        self.renderer.render(painter, QRectF(0, 0, height / self._ratio, height))
        painter.end()


class TimelineChartView(QWidget):
    """The chart for the open document, redrawn a moment after the timeline or impact changes."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("timeline-chart")
        self.setAccessibleName(self.tr("Timeline chart"))
        self.canvas = ChartCanvas(self)
        self.empty = QLabel(self.tr(EMPTY_TEXT), self)
        self.empty.setWordWrap(True)
        style.set_role(self.empty, "hint")
        self.empty.hide()  # until the first drawing says whether there is a chart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        layout.addWidget(self.empty)
        self.svg = ""
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        controller.notifier.changed.connect(self._changed)

    def _changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start(200)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._stale and not self._timer.isActive():
            self._timer.start(0)  # shown with the old drawing (or none); the new one follows

    def refresh(self) -> None:
        """Draw the chart for the document as it is now."""
        from postmortem.chart import describe, timeline_chart
        from postmortem.render.timeline_svg import timeline_svg

        self._stale = False
        chart = timeline_chart(self.controller.document, language=interface_language().code)
        if chart is None:
            self.svg = ""
            self.canvas.hide()
            self.empty.show()
            self.setAccessibleDescription(self.tr(EMPTY_TEXT))
            return
        svg = timeline_svg(chart, mirrored=self.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        if svg != self.svg:
            self.svg = svg
            self.canvas.load(svg)
        self.setAccessibleDescription(describe(chart))
        self.empty.hide()
        self.canvas.show()
