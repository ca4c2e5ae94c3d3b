"""Widths for the report tables' narrow columns, from what they hold in the document's language.

The report's tables keep `table-layout: fixed`: the automatic layout measures every
cell, and on a 1,000-event report it had used more than 3.5 times the CPU time of the
fixed one (114 s and still running, against 32 s, on 2 shared cores). So the narrow
columns (the timeline's time, kind and customer-visible, the action items' priority,
owner, due date, status and category) get the width of the widest text they hold: an
English time ("2026-10-28 02:10 EDT") needs less than the offset other languages
print ("UTC−4"), and a header such as "Customer-visible" is one word that must not
break at its hyphen. Widths come from the bundled sans face's advance widths
(fontTools); a character it lacks counts as 1 em when East Asian wide (kana, kanji)
and 0.6 em otherwise (Arabic letters are narrower). Kerning is left out, so a text
never measures narrower than it sets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache

from fontTools.ttLib import TTFont

from postmortem.assets import APP_ASSETS
from postmortem.views import InternalAction, InternalEvent

# As assets/css/report.css sets the timeline (.data, .data th, .data td).
CELL_PT, HEADER_PT, PADDING_MM = 8.6, 8.0, 1.8
_MM_PER_PT = 25.4 / 72
# The description keeps at least about 60 % of the width whatever a language's words.
_MOST_MM = {"time": 46.0, "kind": 34.0, "seen": 30.0, "pri": 20.0, "owner": 32.0, "due": 30.0,
            "status": 26.0, "cat": 26.0}
# The overdue mark under a date (.overdue-tag): capitals, 7.5 pt bold, 0.05 em apart.
_TAG_PT, _TAG_SPACING = 7.5, 0.05
_DIGIT = re.compile(r"\d")


@cache
def _advances(bold: bool) -> dict[int, float]:
    name = "NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf"
    with TTFont(APP_ASSETS / "fonts" / name, lazy=True) as font:
        per_em = font["head"].unitsPerEm
        metrics = font["hmtx"]
        return {code: metrics[glyph][0] / per_em for code, glyph in (font.getBestCmap() or {}).items()}


def text_mm(text: str, size_pt: float, *, bold: bool = False) -> float:
    """How wide `text` sets on one line, in millimetres."""
    advances = _advances(bold)
    ems = 0.0
    for char in text:
        advance = advances.get(ord(char))
        if advance is None:
            advance = 1.0 if unicodedata.east_asian_width(char) in "WF" else 0.6
        ems += advance
    return ems * size_pt * _MM_PER_PT


def header_mm(label: str) -> float:
    """The narrowest width that sets a header on at most two lines, wrapping between words
    only ("Für Kunden / sichtbar"); a single word ("Customer-visible") on one."""
    words = label.split()
    return min((max(text_mm(" ".join(words[:cut]), HEADER_PT, bold=True),
                    text_mm(" ".join(words[cut:]), HEADER_PT, bold=True)) for cut in range(1, len(words))),
               default=text_mm(label, HEADER_PT, bold=True))


def _column(name: str, widest: float) -> str:
    return f"{min(widest + 2 * PADDING_MM + 0.4, _MOST_MM[name]):.1f}mm"


def timeline_columns(events: Iterable[InternalEvent], gettext: Callable[[str], str],
                     kind_label: Callable[[str], str]) -> dict[str, str]:
    """CSS widths of the time, kind and customer-visible columns ('31.2mm'), for these events."""
    events = list(events)
    # Digits set equal-width (tabular): times differing only in digits are as wide as each other.
    times = {_DIGIT.sub("0", event.time) for event in events}
    kinds = {(kind_label(event.kind), event.key) for event in events}
    return {
        "time": _column("time", max([header_mm(gettext("Time"))]
                                    + [text_mm(t, CELL_PT) for t in times])),
        "kind": _column("kind", max([header_mm(gettext("Kind"))]
                                    + [text_mm(label, CELL_PT, bold=key) for label, key in kinds])),
        "seen": _column("seen", max(header_mm(gettext("Customer-visible")),
                                    text_mm(gettext("Yes"), CELL_PT))),
    }


def _cells_mm(texts: Iterable[str], *, bold: bool = False) -> list[float]:
    """Each text on one line; a text too wide for its column's limit wraps between words."""
    return [text_mm(text, CELL_PT, bold=bold) for text in set(texts)]


def action_columns(actions: Iterable[InternalAction], gettext: Callable[[str], str],
                   status_label: Callable[[str], str],
                   category_label: Callable[[str], str]) -> dict[str, str]:
    """CSS widths of the action items' priority, owner, due, status and category columns."""
    actions = list(actions)
    tag = gettext("Overdue").upper()
    overdue = text_mm(tag, _TAG_PT, bold=True) + len(tag) * _TAG_SPACING * _TAG_PT * _MM_PER_PT
    cells = {
        "pri": ("Priority", _cells_mm((a.priority for a in actions), bold=True)),
        "owner": ("Owner", _cells_mm(a.owner for a in actions)),
        "due": ("Due", _cells_mm(_DIGIT.sub("0", a.due) for a in actions)
                + [overdue for a in actions[:1] if any(b.overdue for b in actions)]),
        "status": ("Status", _cells_mm(status_label(a.status) for a in actions)),
        "cat": ("Category", _cells_mm(category_label(a.category) for a in actions)),
    }
    return {name: _column(name, max([header_mm(gettext(header)), *sizes]))
            for name, (header, sizes) in cells.items()}
