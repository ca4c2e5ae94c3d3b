"""The app's look: a small style sheet on top of the system palette.

Colours come from the palette (light or dark, as the system says) through
`palette(...)` references; the few fixed colours are mid-tones that read on
both. The sheet is rebuilt when the palette changes.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication


def _dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def style_sheet(app: QApplication) -> str:
    dark = _dark(app)
    error = "#ff8a80" if dark else "#b3261e"
    warning = "#ffcc80" if dark else "#8a5300"
    notes_bg = "rgba(255, 196, 0, 0.10)" if dark else "#fff8e1"
    notes_border = "rgba(255, 196, 0, 0.45)" if dark else "#f0d58a"
    desk = "#3a3d41" if dark else "#e6e8eb"
    return f"""
QLabel[role="step-title"] {{ font-size: 20pt; font-weight: 600; }}
QLabel[role="start-title"] {{ font-size: 24pt; font-weight: 600; }}
QLabel[role="section-title"] {{ font-size: 12.5pt; font-weight: 600; padding-top: 8px; }}
QLabel[role="guide"] {{ color: palette(text); font-size: 10.5pt; }}
QFrame#guide {{ border-bottom: 1px solid palette(mid); }}
QLabel[role="hint"] {{ color: palette(placeholder-text); font-size: 9pt; }}
QLabel[role="field-label"] {{ padding-top: 4px; }}
QLineEdit:read-only, QPlainTextEdit[readOnly="true"], QAbstractSpinBox[readOnly="true"] {{
    background: palette(window); }}
QLabel[level="error"] {{ color: {error}; }}
QLabel[level="warning"] {{ color: {warning}; }}
QLabel[role="problems"] {{ border: 1px solid palette(mid); border-radius: 6px; padding: 8px 12px;
    background: palette(alternate-base); }}
QLabel[role="verdict"] {{ font-size: 12pt; font-weight: 600; }}
QLabel[role="figures"] {{ border: 1px solid palette(mid); border-radius: 6px; padding: 8px 14px;
    background: palette(alternate-base); }}
QFrame#internal-notes {{ background: {notes_bg}; border: 1px dashed {notes_border}; border-radius: 8px; }}
QFrame#internal-notes QLabel {{ background: transparent; }}
QLabel[role="notes-title"] {{ font-weight: 600; }}
QPushButton[role="link"] {{ border: none; color: palette(link); padding: 2px; }}
QFrame#card {{ border: 1px solid palette(mid); border-radius: 10px; background: palette(base); }}
QListWidget#step-list {{ background: palette(window); padding-top: 8px; }}
QTableView[role="text-list"]::item {{ padding: 4px 2px; }}
QWidget#pdf-desk {{ background: {desk}; }}
QWidget#preview-bar {{ border-bottom: 1px solid palette(mid); }}
QToolButton[role="segment"] {{ padding: 4px 10px; border: 1px solid palette(mid); border-radius: 4px; }}
QToolButton[role="segment"]:checked {{ background: palette(highlight); color: palette(highlighted-text); }}
"""


def apply(app: QApplication) -> None:
    app.setStyleSheet(style_sheet(app))
