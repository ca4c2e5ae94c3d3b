"""PDF pages on white paper, fitted to the pane's width, drawn off the UI thread, the pages in view first.

QtPdf draws pages on a transparent background, so each page is painted onto
white first, with its soft shadow drawn into the same image once: a
QGraphicsDropShadowEffect blurred the whole page again on every paint of it
(15 to 40 ms a page on Xvfb), each time new pages arrived or the pane scrolled.
QtPdf draws the pages on its own thread (QPdfPageRenderer; 5 to 15 ms a page,
which the UI thread spent before), one page at a time, the pages in view first;
the UI thread only puts each on its paper. QtPdf is imported only when the
first PDF arrives, after the window is on screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QRectF, QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui import style

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
        style.decorate(self._inner)
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
        self._points: list[QSizeF] = []  # each page's size, read once per PDF
        self._renderer: Any = None  # QPdfPageRenderer, made with the first PDF
        self._asked: tuple[int, int] | None = None  # (request id, page) being drawn on QtPdf's thread
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
        from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer

        if self._renderer is None:
            # Made before any document it draws, so that it is destroyed (its thread stopped) first.
            self._renderer = QPdfPageRenderer(self)
            self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
            self._renderer.pageRendered.connect(self._rendered)
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
        self._points = [document.pagePointSize(page) for page in range(document.pageCount())]
        # From here on QtPdf's thread draws from the new document only (this waits for a page it
        # may be drawing from the old one), so the old one can go.
        self._renderer.setDocument(document)
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
        return len(self._queue) + (self._asked is not None)

    def _render_all(self) -> None:
        self._width = max(200, self.viewport().width() - 2 * _MARGIN)
        self._queue = sorted(range(self.page_count), key=self._distance_from_view)
        self._asked = None  # an answer still on its way is for the old document or width: dropped
        self._ask_next()

    def _distance_from_view(self, page: int) -> int:
        """0 for a page in view; otherwise how far it is, in pixels, above or below the view."""
        label = self._labels[page]
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        if label.height() <= 1:  # not laid out yet: in page order
            return page
        start, end = label.y(), label.y() + label.height()
        return max(0, start - bottom, top - end)

    def _ask_next(self) -> None:
        """Ask QtPdf's thread for the next page; one at a time, so a newer PDF never waits long."""
        if self._asked is not None or not self._queue or self._document is None:
            return
        page = self._queue.pop(0)
        points = self._points[page]
        ratio = self.devicePixelRatioF()
        height = round(self._width * points.height() / max(points.width(), 1))
        size = QSize(round(self._width * ratio), round(height * ratio))
        self._asked = (self._renderer.requestPage(page, size), page)

    def _rendered(self, page: int, _size: QSize, image: QImage, _options: Any, request: int) -> None:
        if self._asked is None or self._asked != (request, page):
            return
        self._asked = None
        self._labels[page].setPixmap(self._sheet(image))
        self._ask_next()

    def _sheet(self, image: QImage) -> QPixmap:
        """The page as QtPdf drew it (transparent), on white paper with its shadow around it."""
        ratio = self.devicePixelRatioF()
        size = image.size()
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
