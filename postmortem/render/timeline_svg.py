"""The timeline chart as a self-contained SVG, written by hand.

A plotting library would add seconds of import time to the app and to
every export for five bars and an axis; the drawing (`chart_drawing`) is
simple enough to write as text. The SVG carries a <title> and a <desc>,
which screen readers read and the PDF uses as the figure's alt text.

WeasyPrint 70 sets SVG text one character at a time, without shaping or
bidi, so a PDF in a script that needs them (`svg_text_ok`) takes the
drawing's shapes from `shapes_svg` and its words as HTML (`chart_html`).
"""

from __future__ import annotations

from postmortem.chart import TimelineChart, describe
from postmortem.i18n import translator
from postmortem.render.chart_drawing import BAND, HATCH, Drawing, Label, draw
from postmortem.render.svg_markup import element, escape, num
from postmortem.render.typefaces import SANS, font_stack
from postmortem.render.wording import language_of_labels

_HATCH = (
    '<defs><pattern id="pm-chart-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
    f'patternTransform="rotate(45)"><rect width="6" height="6" fill="{BAND}"/>'
    f'<line x1="0" y1="0" x2="0" y2="6" stroke="{HATCH}" stroke-width="2.5"/></pattern></defs>'
)


_MIRRORED_ANCHOR = {"start": "end", "end": "start", "middle": "middle"}


def _text(label: Label, mirrored: bool) -> str:
    # A mirrored drawing's words are placed by their edges on the page: "start" is a name's right edge.
    anchor = _MIRRORED_ANCHOR[label.anchor] if mirrored else label.anchor
    return element(
        "text",
        label.text,
        x=label.x,
        y=label.y,
        text_anchor=None if anchor == "start" else anchor,
        font_size=str(label.size),
        font_weight="700" if label.bold else None,
        fill=label.fill,
    )


def timeline_svg(chart: TimelineChart, *, title: str = "", mirrored: bool = False) -> str:
    """The chart as an `<svg>` element, ready to inline in HTML or save as a file.

    Its words are in the chart's language; `title` defaults to "Incident timeline" in it.
    The `<svg>` carries the labels' language (for screen readers and the
    PDF's tags) and the sans stack for it (labels in Arabic need an Arabic
    face). It runs left to right, earlier to later, or `mirrored` (the app's
    Overview in a right-to-left interface): right to left, each word's
    anchor the edge it has on the page. QtSvg, which draws it, ignores SVG's
    `direction` and orders each word by its first strong letter, so an
    Arabic time ("2:10 ص") reads right to left there. A page in a
    right-to-left language never prints an SVG's words (`chart_html`).
    """
    tr = translator(chart.language)
    drawing = draw(chart, mirrored=mirrored)
    font = font_stack(SANS, chart.language).replace('"', "'")
    lang = escape(language_of_labels(chart.language))
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart" role="img" '
        f'viewBox="0 0 {num(drawing.width)} {num(drawing.height)}" width="{num(drawing.width)}" '
        f'height="{num(drawing.height)}" font-family="{escape(font)}" direction="ltr" lang="{lang}" '
        'aria-labelledby="pm-chart-title pm-chart-desc">'
    )
    parts = [
        head,
        element("title", title or tr.gettext("Incident timeline"), id="pm-chart-title"),
        element("desc", describe(chart), id="pm-chart-desc"),
        _HATCH,
        *(_text(part, mirrored) if isinstance(part, Label) else part for part in drawing.parts),
        "</svg>",
    ]
    return "".join(parts)


def shapes_svg(drawing: Drawing) -> str:
    """The drawing's shapes alone, scaled to the box it is put in; its words are the page's.

    No title of its own: the figure around it (`chart_html`) carries the alt text.
    """
    shapes = "".join(part for part in drawing.parts if isinstance(part, str))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart-shapes" aria-hidden="true" '
        f'viewBox="0 0 {num(drawing.width)} {num(drawing.height)}">{_HATCH}{shapes}</svg>'
    )
