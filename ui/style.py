"""The app's look: a few fonts, colours and boxes on top of the system palette and style.

There is no application style sheet: one, however small, puts every widget of
the app under Qt's style-sheet style, whose polish made building and showing
the first window about 45 ms of CPU slower (xcb, 288 widgets). A widget is
styled through the role it is given (`set_role`), its message level
(`set_level`) or its name (`decorate`): fonts, colour roles and margins are set
in code, and the few boxes (borders, rounded corners, item padding) are a
style sheet of the widget's own, which styles that widget and its children only.

Colours come from the palette (light or dark, as the system says) through
colour roles and `palette(...)` references; the few fixed colours are mid-tones
that read on both. `apply` styles every widget again when the palette changes.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

# role: (point size or None for the inherited size, bold or not); a `role` property keeps the
# name, which tests and `apply` read.
_FONTS = {
    "step-title": (20.0, True),
    "start-title": (24.0, True),
    "section-title": (12.5, True),
    "guide": (10.5, False),
    "hint": (9.0, False),
    "verdict": (12.0, True),
    "notes-title": (None, True),
}
_TOP_PADDING = {"section-title": 8, "field-label": 4}
_COLOUR_ROLES = {"guide": QPalette.ColorRole.Text, "hint": QPalette.ColorRole.PlaceholderText}


def _dark() -> bool:
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


_BOX = "border: 1px solid palette(mid); border-radius: 6px; background: palette(alternate-base);"
# The rules name their widget by its properties or name, as an application sheet would, so a
# widget's own sheet matches none of its children unless the rule says so.
_ROLE_RULES = {
    "problems": f'QLabel[role="problems"] {{ {_BOX} padding: 8px 12px; }}',
    "figures": f'QLabel[role="figures"] {{ {_BOX} padding: 8px 14px; }}',
    "link": 'QPushButton[role="link"] { border: none; color: palette(link); padding: 2px; }',
    "segment": (
        'QToolButton[role="segment"] { padding: 4px 10px; border: 1px solid palette(mid);'
        " border-radius: 4px; }\n"
        'QToolButton[role="segment"]:checked { background: palette(highlight);'
        " color: palette(highlighted-text); }"
    ),
    "text-list": 'QTableView[role="text-list"]::item { padding: 4px 2px; }',
}
# name: (rule in light, rule in dark)
_NAME_RULES = {
    "guide": ("QFrame#guide { border-bottom: 1px solid palette(mid); }",) * 2,
    "internal-notes": tuple(
        f"QFrame#internal-notes {{ background: {background}; border: 1px dashed {border};"
        " border-radius: 8px; }\nQFrame#internal-notes QLabel { background: transparent; }"
        for background, border in (
            ("#fff8e1", "#f0d58a"),
            ("rgba(255, 196, 0, 0.10)", "rgba(255, 196, 0, 0.45)"),
        )
    ),
    "card": (
        "QFrame#card { border: 1px solid palette(mid); border-radius: 10px; background: palette(base); }",
    )
    * 2,
    "step-list": ("QListWidget#step-list { background: palette(window); padding-top: 8px; }",) * 2,
    "pdf-desk": tuple(f"QWidget#pdf-desk {{ background: {desk}; }}" for desk in ("#e6e8eb", "#3a3d41")),
    "preview-bar": ("QWidget#preview-bar { border-bottom: 1px solid palette(mid); }",) * 2,
}
_LEVEL_COLOURS = {"error": ("#b3261e", "#ff8a80"), "warning": ("#8a5300", "#ffcc80")}


def _own_sheet(widget: QWidget, role: str, level: str) -> str:
    """The widget's own style sheet: its box and its level's colour ("" for none)."""
    dark = int(_dark())
    rules = [_ROLE_RULES.get(role, ""), _NAME_RULES.get(widget.objectName(), ("", ""))[dark]]
    if level in _LEVEL_COLOURS:
        rules.append(f'QLabel[level="{level}"] {{ color: {_LEVEL_COLOURS[level][dark]}; }}')
    if widget.property("read-only-look"):
        rules.append('*[read-only-look="true"] { background: palette(window); }')
    return "\n".join(rule for rule in rules if rule)


def decorate(widget: QWidget) -> None:
    """Style `widget` by its `role` and `level` properties and its object name."""
    role = str(widget.property("role") or "")
    level = str(widget.property("level") or "")
    size, bold = _FONTS.get(role, (None, False)) if isinstance(widget, QLabel) else (None, False)
    if size is not None or bold:
        font = QFont(widget.font())
        if size is not None:
            font.setPointSizeF(size)
        if bold:
            font.setWeight(QFont.Weight.DemiBold)
        widget.setFont(font)
    if role in _TOP_PADDING and isinstance(widget, QLabel):
        widget.setContentsMargins(0, _TOP_PADDING[role], 0, 0)
    if role in _COLOUR_ROLES and isinstance(widget, QLabel):
        widget.setForegroundRole(_COLOUR_ROLES[role])
    sheet = _own_sheet(widget, role, level)
    if sheet != widget.styleSheet():
        widget.setStyleSheet(sheet)


def set_role(widget: QWidget, role: str) -> None:
    """Give `widget` a role ("hint", "section-title", "problems", ...) and its look."""
    widget.setProperty("role", role)
    decorate(widget)


def set_level(widget: QWidget, level: str | None) -> None:
    """Colour a message by its level ("error", "warning"; "" or None: the normal colour)."""
    if widget.property("level") != level:
        widget.setProperty("level", level)
        decorate(widget)


def set_read_only_look(widget: QWidget) -> None:
    """A read-only text field sits on the window's colour, so it does not invite typing."""
    widget.setProperty("read-only-look", True)
    decorate(widget)


def restyle_soon() -> None:
    """Restyle once the events of this turn are handled, however many asked.

    A light/dark switch reaches every window as a PaletteChange and the application as a
    colour-scheme change; each `apply` goes over every widget (120 ms with all steps built,
    1,140 widgets, offscreen), so each asking for its own would multiply the stall. One
    single-shot timer on the application: starting it again while it waits changes nothing."""
    app = QApplication.instance()
    if app is None:
        return
    timer = app.findChild(QTimer, "postmortem-restyle")
    if timer is None:
        timer = QTimer(app)
        timer.setObjectName("postmortem-restyle")
        timer.setSingleShot(True)
        timer.timeout.connect(apply)
    timer.start()


def apply(_app: QApplication | None = None) -> None:
    """The palette changed (light and dark): colours from it and the fixed ones follow."""
    for widget in QApplication.allWidgets():
        if widget.styleSheet():
            # Set again even when unchanged: the style-sheet style resolves `palette(...)` when
            # it polishes, so a widget (and its children) would keep the old palette's colours.
            widget.setStyleSheet("")
            decorate(widget)
        elif widget.property("role") or widget.property("level"):
            decorate(widget)
