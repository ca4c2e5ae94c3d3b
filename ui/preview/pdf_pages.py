"""PDF pages on white paper, fitted to the pane's width, rendered one page per event-loop turn.

QtPdf draws pages on a transparent background, so each page is painted onto
white first, with its soft shadow drawn into the same image once: a
QGraphicsDropShadowEffect blurred the whole page again on every paint of it
(15 to 40 ms a page on Xvfb), each time new pages arrived or the pane scrolled.
Rendering a page takes 5-15 ms; doing one per turn, the pages in view first,
keeps the window responsive even for a long report. QtPdf is imported only
when the first PDF arrives, after the window is on screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

_MARGIN = 18  # around the pages and between them, paper to paper
_SHADOW = 6  # the shadow's reach around a page, inside the page's image


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
        edge = _MARGIN - _SHADOW
        self._column.setContentsMargins(edge, edge, edge, edge)
        self._column.setSpacing(_MARGIN - 2 * _SHADOW)
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
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(len(self._labels) + 1)))
            self._column.insertWidget(len(self._labels), label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        self._render_all()
        return True

    def pending_pages(self) -> int:
        return len(self._queue)

    def _render_all(self) -> None:
        self._width = max(200, self.viewport().width() - 2 * _MARGIN)
        self._queue = sorted(range(self.page_count), key=self._distance_from_view)
        self._timer.start()

    def _distance_from_view(self, page: int) -> int:
        """0 for a page in view; otherwise how far it is, in pixels, above or below the view."""
        label = self._labels[page]
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        if label.height() <= 1:  # not laid out yet: in page order
            return page
        start, end = label.y(), label.y() + label.height()
        return max(0, start - bottom, top - end)

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
        reach = round(_SHADOW * ratio)
        around = QMargins(reach, reach, reach, reach)
        sheet = QImage(size.grownBy(around), QImage.Format.Format_ARGB32_Premultiplied)
        sheet.fill(Qt.GlobalColor.transparent)
        painter = QPainter(sheet)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        # The shadow: faint rounded layers, each a step closer to the page, darkest at its edge
        # and a little lower, as light from above casts it.
        painter.setBrush(QColor(0, 0, 0, 9))
        drop = ratio
        for step in range(reach, 0, -1):
            painter.drawRoundedRect(
                QRectF(reach - step, reach - step + drop, size.width() + 2 * step, size.height() + 2 * step),
                step,
                step,
            )
        painter.fillRect(reach, reach, size.width(), size.height(), QColor("white"))
        painter.drawImage(reach, reach, image)
        painter.end()
        pixmap = QPixmap.fromImage(sheet)
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._document is not None and abs(self.viewport().width() - 2 * _MARGIN - self._width) > 4:
            self._resize.start()
