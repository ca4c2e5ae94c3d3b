"""The timeline chart for a page in a script WeasyPrint cannot set inside an SVG.

WeasyPrint 70 draws SVG text one character at a time, without shaping or
bidi (its `svg/text.py`), so Arabic would print as isolated letters in the
wrong order. Here the drawing's shapes stay an SVG and every word is an
HTML span laid over it, which WeasyPrint sets with Pango like the rest of
the page: shaped, in logical order, in the page's faces. Everything is
placed in percentages of the drawing's box (whose height follows its
width), so shapes and words stay together at any width; the type size is
the one the SVG's words would have at the page's text width.

The figure is one image to assistive technology: `role="img"` with the
chart's title and description as its label (the PDF's `Figure` and its
alt text, `pdf_tagging`), the words inside being what it shows.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from postmortem.chart import TimelineChart, describe
from postmortem.render.chart_drawing import Drawing, Label, draw
from postmortem.render.scripts import language_direction, strong_direction
from postmortem.render.svg_markup import num
from postmortem.render.timeline_svg import shapes_svg
from postmortem.render.wording import language_of_labels

_PT_PER_MM = 72 / 25.4
# From the top of a line box of `line-height: 1` to its baseline, in ems (Noto's ascent less half
# its leading): the SVG places a word by its baseline, the page by its box.
_ASCENT = 0.88
# A centred word is set in a box this many drawing units wide around its point.
_CENTRED = 160.0


def _percent(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") + "%"


def _place(label: Label, drawing: Drawing, points_per_unit: float) -> str:
    """The CSS that puts `label`'s box where the SVG would have set its text."""
    width, height = drawing.width, drawing.height
    top = _percent((label.y - _ASCENT * label.size) / height * 100)
    style = [f"top: {top}", f"font-size: {num(label.size * points_per_unit)}pt"]
    # The anchor's edge: "start" is the left edge left to right and the right edge mirrored.
    left_edge = (label.anchor == "start") != drawing.mirrored
    if label.anchor == "middle":
        style += [f"left: {_percent((label.x - _CENTRED / 2) / width * 100)}",
                  f"width: {_percent(_CENTRED / width * 100)}", "text-align: center"]
    elif left_edge:
        style.append(f"left: {_percent(label.x / width * 100)}")
    else:
        style.append(f"right: {_percent((width - label.x) / width * 100)}")
    if label.bold:
        style.append("font-weight: 700")
    style.append(f"color: {label.fill}")
    return "; ".join(style)


def _direction(text: str, page: str) -> str:
    """A word's own direction where it differs from the page's: an English label ("5 events")
    in a Hebrew chart, whose number would otherwise move to its right."""
    own = strong_direction(text)
    return f' dir="{own}"' if own and own != page else ""


def chart_figure(chart: TimelineChart, *, title: str, text_width_mm: float) -> Markup:
    """The chart as an HTML figure: the shapes as SVG, the words as HTML.

    Right to left for a right-to-left language (`chart_drawing`), as the page around it.
    `text_width_mm` is the page's text width, which sets the words' type size.
    """
    direction = language_direction(chart.language)
    drawing = draw(chart, mirrored=direction == "rtl")
    points_per_unit = text_width_mm * _PT_PER_MM / drawing.width
    words = "".join(
        f'<span class="chart-word chart-{label.role}"{_direction(label.text, direction)} '
        f'style="{_place(label, drawing, points_per_unit)}">{escape(label.text)}</span>'
        for label in drawing.labels()
    )
    label = f"{title}. {describe(chart)}"
    return Markup(
        f'<div class="chart-html" role="img" aria-label="{escape(label)}" '
        f'lang="{escape(language_of_labels(chart.language))}" dir="{direction}">'
        f'<div class="chart-box" style="padding-bottom: {_percent(drawing.height / drawing.width * 100)}">'
        f"{shapes_svg(drawing)}{words}</div></div>"
    )
