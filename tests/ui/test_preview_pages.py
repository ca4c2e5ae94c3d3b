"""The preview's pages: the page the writer is looking at is drawn first, on white paper."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QLabel

from ui.preview.pdf_pages import PdfPages

PAGES = 8


def _pdf(version: str) -> bytes:
    """A report of PAGES pages of dense text, each naming its page and the version."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15)))
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 9))
    area = QRectF(painter.viewport())
    words = " ".join(f"{version} page text word{n}" for n in range(600))
    for page in range(PAGES):
        if page:
            writer.newPage()
        painter.drawText(area, 0x1000, f"Page {page + 1} of the {version} version. {words}")  # word wrap
    painter.end()
    buffer.close()
    return bytes(data.data())


def _page_labels(pages: PdfPages) -> list[QLabel]:
    """The pages as a screen reader finds them, by their names."""
    labels = {label.accessibleName(): label for label in pages.findChildren(QLabel)}
    return [labels[f"Page {n}"] for n in range(1, PAGES + 1)]


def test_the_page_in_view_is_redrawn_before_the_pages_out_of_view(qtbot) -> None:
    pages = PdfPages()
    qtbot.addWidget(pages)
    pages.resize(420, 600)
    pages.show()
    qtbot.waitExposed(pages)
    assert pages.show_pdf(_pdf("first"))
    qtbot.waitUntil(lambda: pages.pending_pages() == 0)
    labels = _page_labels(pages)
    before = [label.pixmap().cacheKey() for label in labels]
    pages.ensureWidgetVisible(labels[-1])  # the writer scrolled to the last page

    assert pages.show_pdf(_pdf("second"))  # the document changed
    qtbot.waitUntil(lambda: labels[-1].pixmap().cacheKey() != before[-1])

    # The first pages, out of view, still wait for their turn.
    assert labels[0].pixmap().cacheKey() == before[0]
    assert labels[1].pixmap().cacheKey() == before[1]
    qtbot.waitUntil(lambda: pages.pending_pages() == 0)
    assert all(label.pixmap().cacheKey() != old for label, old in zip(labels, before, strict=True))
    assert "second version" in pages.shown_text()


def test_pages_are_white_paper_with_a_shadow_beneath(qtbot) -> None:
    pages = PdfPages()
    qtbot.addWidget(pages)
    pages.resize(420, 600)
    pages.show()
    qtbot.waitExposed(pages)
    assert pages.show_pdf(_pdf("first"))
    qtbot.waitUntil(lambda: pages.pending_pages() == 0)
    image = _page_labels(pages)[0].pixmap().toImage()
    middle = image.width() // 2
    # Paper: white wherever the page has no text (its top margin).
    assert image.pixelColor(middle, image.height() // 60 + 8) == QColor("white")
    # Under the paper's bottom edge: a shadow, fading out further down.
    white = QColor("white")
    paper_bottom = next(y for y in range(image.height() - 1, 0, -1) if image.pixelColor(middle, y) == white)
    assert paper_bottom < image.height() - 2
    near, far = image.pixelColor(middle, paper_bottom + 1), image.pixelColor(middle, image.height() - 1)
    assert near != white and 0 < near.alpha() < 255  # a see-through shade over the desk
    assert near.alpha() > far.alpha()
