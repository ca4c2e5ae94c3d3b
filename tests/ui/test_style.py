"""The app's look without an application style sheet: titles, messages and boxes as before."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import Writer
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from ui.main_window import MainWindow
from ui.steps.binding import FieldMessage

ERROR_LIGHT, ERROR_DARK = QColor("#b3261e"), QColor("#ff8a80")


def _has_colour(image: QImage, colour: QColor, tolerance: int = 12) -> bool:
    """True when some pixel of `image` is `colour` (text drawn in it has solid stems)."""
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                max(
                    abs(pixel.red() - colour.red()),
                    abs(pixel.green() - colour.green()),
                    abs(pixel.blue() - colour.blue()),
                )
                <= tolerance
            ):
                return True
    return False


@pytest.fixture
def dark_afterwards(qapp: QApplication) -> Iterator[None]:
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


def test_titles_stand_out_and_no_application_style_sheet_slows_every_widget(
    window: MainWindow, example_copy: Path
) -> None:
    assert window.session.open(example_copy)
    page = window.current_page()
    titles = [label for label in page.findChildren(QLabel) if label.property("role") == "step-title"]
    body = window.font().pointSizeF()
    assert titles and titles[0].font().pointSizeF() >= 2 * body
    assert titles[0].font().weight() >= QFont.Weight.DemiBold
    # One application sheet, however small, puts every widget under Qt's style-sheet style.
    assert QApplication.instance().styleSheet() == ""


def test_a_refused_value_is_said_in_the_error_colour_which_follows_a_dark_palette(
    window: MainWindow,
    writer: Writer,
    example_copy: Path,
    qapp: QApplication,
    dark_afterwards: None,
) -> None:
    assert window.session.open(example_copy)
    writer.type(("meta", "organisation", "brand_colour"), "blue-ish")
    shown = [m for m in window.current_page().findChildren(FieldMessage) if m.isVisible()]
    assert shown, "the refused colour says why"
    message = shown[0]
    assert _has_colour(message.grab().toImage(), ERROR_LIGHT)

    dark = QPalette(qapp.palette())
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed")):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    writer.qtbot.waitUntil(lambda: _has_colour(message.grab().toImage(), ERROR_DARK), timeout=2000)
    image = message.grab().toImage()
    assert not _has_colour(image, ERROR_LIGHT)
    # The step list's own box (palette(window)) follows too, not only the fixed colours.
    steps = window.steps.grab().toImage()
    assert steps.pixelColor(steps.width() - 3, steps.height() - 3) == QColor("#202124")
