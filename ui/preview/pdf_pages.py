"""PDF pages on white paper, fitted to the pane's width, rendered one page per event-loop turn.

QtPdf draws pages on a transparent background, so each page is painted onto
white first. Rendering a page takes 10-25 ms; doing one per turn keeps the
window responsive even for a long report. QtPdf is imported only when the
first PDF arrives, after the window is on screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QGraphicsDropShadowEffect, QLabel, QScrollArea, QVBoxLayout, QWidget

_MARGIN = 18


class PdfPages(QScrollArea):
    """A column of page images; keeps showing the old pages until each new one is ready."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf-pages")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName("Preview pages")
        self._inner = QWidget(self)
        self._inner.setObjectName("pdf-desk")
        self._column = QVBoxLayout(self._inner)
        self._column.setContentsMargins(_MARGIN, _MARGIN, _MARGIN, _MARGIN)
        self._column.setSpacing(_MARGIN)
        self._column.addStretch(1)
        self.setWidget(self._inner)
        self._labels: list[QLabel] = []
        self._document: Any = None
        self._buffer: QBuffer | None = None
        self._queue: list[int] = []
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._render_next)
        self._resize = QTimer(self, singleShot=True, interval=120)
        self._resize.timeout.connect(self._render_all)
        self._width = 0

    def shown_text(self) -> str:
        """The words of the pages on show, as QtPdf reads them (what a screen reader would get)."""
        if self._document is None:
            return ""
        pages = (self._document.getAllText(page).text() for page in range(self.page_count))
        return " ".join(" ".join(pages).split())

    @property
    def page_count(self) -> int:
        return self._document.pageCount() if self._document is not None else 0

    def show_pdf(self, data: bytes) -> bool:
        """Load a PDF and start drawing its pages; False if QtPdf cannot read it."""
        from PySide6.QtPdf import QPdfDocument

        document = QPdfDocument(self)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready:
            document.deleteLater()
            buffer.deleteLater()
            return False
        old_document, old_buffer = self._document, self._buffer
        self._document, self._buffer = document, buffer
        if old_document is not None:
            old_document.deleteLater()
        if old_buffer is not None:
            old_buffer.deleteLater()
        while len(self._labels) > document.pageCount():
            self._labels.pop().deleteLater()
        while len(self._labels) < document.pageCount():
            label = QLabel(self._inner)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            shadow = QGraphicsDropShadowEffect(label)
            shadow.setBlurRadius(14)
            shadow.setOffset(0, 2)
            shadow.setColor(QColor(0, 0, 0, 80))
            label.setGraphicsEffect(shadow)
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(len(self._labels) + 1)))
            self._column.insertWidget(len(self._labels), label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        self._render_all()
        return True

    def pending_pages(self) -> int:
        return len(self._queue)

    def _render_all(self) -> None:
        self._width = max(200, self.viewport().width() - 2 * _MARGIN)
        self._queue = list(range(self.page_count))
        self._timer.start()

    def _render_next(self) -> None:
        if not self._queue or self._document is None:
            return
        page = self._queue.pop(0)
        self._labels[page].setPixmap(self._page_pixmap(page))
        if self._queue:
            self._timer.start()

    def _page_pixmap(self, page: int) -> QPixmap:
        points = self._document.pagePointSize(page)
        ratio = self.devicePixelRatioF()
        width = self._width
        height = round(width * points.height() / max(points.width(), 1))
        size = QSize(round(width * ratio), round(height * ratio))
        image = self._document.render(page, size)
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, image)
        painter.end()
        pixmap = QPixmap.fromImage(paper)
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._document is not None and abs(self.viewport().width() - 2 * _MARGIN - self._width) > 4:
            self._resize.start()
