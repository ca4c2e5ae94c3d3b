"""Self-contained HTML for the letter and the report.

One HTML page serves both the HTML export and the PDF: CSS sits in a
`<style>` element and every image is a `data:` URI, so the file opens
anywhere with no network and no neighbouring files. Jinja autoescapes
everything; Markdown fields arrive through `postmortem.markdown`, whose
output is the only HTML marked safe.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from postmortem import markdown
from postmortem.assets import APP_ASSETS, AssetFolder, read_app_text
from postmortem.chart import TimelineChart
from postmortem.i18n import Translator, is_english, svg_text_ok, translator
from postmortem.i18n.labels import category_label, data_loss_label, event_kind_label, status_label
from postmortem.letterfields import expand_letter
from postmortem.model import Person
from postmortem.render import wording
from postmortem.render.chart_html import chart_figure
from postmortem.render.colours import brand_css
from postmortem.render.scripts import language_direction, language_spans, strong_direction
from postmortem.render.timeline_svg import timeline_svg
from postmortem.render.typefaces import typeface_css
from postmortem.views import CustomerView, InternalView

PAGE_SIZES = {"Letter": "Letter", "A4": "A4"}


@cache
def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(APP_ASSETS / "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
    )


@cache
def _stylesheet(name: str) -> str:
    return read_app_text(f"css/{name}")


@dataclass
class MarkdownContext:
    """Renders an export's Markdown fields, numbering them so footnotes stay apart."""

    assets: AssetFolder
    language: str = field(default="")
    count: int = field(default=0)

    # The writer's `#` is an H3 under a report section's H2; a letter's sits under its H1.
    heading_shift: int = field(default=2)

    def block(self, text: str) -> Markup:
        return self._render(text, inline=False)

    def inline(self, text: str) -> Markup:
        return self._render(text, inline=True)

    def _render(self, text: str, *, inline: bool) -> Markup:
        if not text:
            return Markup("")
        self.count += 1
        html = markdown.to_html(
            text,
            assets=self.assets,
            doc_id=f"t{self.count}",
            inline=inline,
            heading_shift=self.heading_shift,
            language=self.language,
        )
        return Markup(html)


def css_for(kind: str, brand_colour: str, page_size: str, language: str = "en") -> Markup:
    """The page's stylesheet: type faces for the language, shared rules, the kind's rules, brand
    colour, paper size, and the page boxes' words in the document's language."""
    size = PAGE_SIZES.get(page_size, "Letter")
    parts = [
        typeface_css(language),
        brand_css(brand_colour),
        f"@page {{ size: {size}; }}",
        _stylesheet("base.css"),
        _stylesheet(f"{kind}.css"),
        wording.page_css(kind, translator(language)),
    ]
    return Markup("\n".join(parts))


def _names(people: Sequence[Person]) -> list[str]:
    return [p.name for p in people if p.name]


def _names_or_org(names: list[str], organisation: str) -> list[str]:
    return names or ([organisation] if organisation else [])


def _people(people: Sequence[Person]) -> str:
    return "; ".join(f"{p.name} ({p.title})" if p.title else p.name for p in people if p.name)


def _contact(view: CustomerView) -> list[dict[str, str]]:
    head = view.letterhead
    items = []
    if head.website:
        host = urlsplit(head.website).netloc.removeprefix("www.")
        path = urlsplit(head.website).path.rstrip("/")
        items.append({"text": host + path, "href": head.website})
    if head.contact_email:
        items.append({"text": head.contact_email, "href": f"mailto:{head.contact_email}"})
    if head.phone:
        items.append({"text": head.phone, "href": ""})
    return items


def english_mark(language: str) -> Markup:
    """` lang="en"` for our labels when they are English inside a document written in another
    language: a language the product has no catalog for."""
    if is_english(language) or translator(language).catalog is not None:
        return Markup("")
    return Markup(' lang="en"')


def _gettext_context(tr: Translator) -> dict[str, Any]:
    """The catalog's functions under the names `pybabel extract` looks for in the templates."""
    return {"_": tr.gettext, "gettext": tr.gettext, "pgettext": tr.pgettext, "ngettext": tr.ngettext}


def whole_words(text: str) -> Markup:
    """A table header that may wrap between its words but never inside one: not at a
    hyphen ("Customer-visible"), not between kana of a word written without spaces."""
    return Markup(" ").join(Markup('<span class="word">{}</span>').format(word) for word in text.split())


def auto_direction(text: str) -> Markup:
    """` dir="auto"` for an element holding `text`, if its text has a direction of its own.

    Digits and punctuation alone keep the page's direction: HTML would make
    them left to right, which in an Arabic letter pushes a date to the left.
    """
    return Markup(' dir="auto"') if strong_direction(text) is not None else Markup("")


def marked_scripts(language: str) -> Callable[[str], Markup]:
    """A template helper: plain text, escaped, each run in another script in a `<span lang>`."""

    def mark(text: str) -> Markup:
        out = []
        for lang, piece in language_spans(text, language):
            escaped = escape(piece)
            out.append(Markup(f'<span lang="{lang}">{escaped}</span>') if lang else escaped)
        return Markup("").join(out)

    return mark


def _script_context(language: str) -> dict[str, Any]:
    """What every template gets for direction and scripts."""
    return {
        "direction": language_direction(language),
        "auto": auto_direction,
        "sp": marked_scripts(language),
    }


def short_url(url: str, limit: int = 48) -> str:
    """A web address as printed under a link: no scheme, no "www.", the middle elided if long."""
    parts = urlsplit(url)
    text = parts.netloc.removeprefix("www.") + parts.path.rstrip("/")
    if parts.query:
        text += "?" + parts.query
    if len(text) <= limit:
        return text
    keep = limit - 1
    return text[: keep - keep // 3] + "…" + text[-(keep // 3) :]


def running_title(title: str, limit: int = 72) -> str:
    """The title for the page header: one line at 8 pt over 60% of the width, an ellipsis if cut."""
    if len(title) <= limit:
        return title
    cut = title[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return cut + "…"


def _render(template: str, context: dict[str, Any]) -> str:
    return environment().get_template(template).render(**context)


def _letter_body(view: CustomerView, texts: MarkdownContext) -> Markup:
    """The letter's body as HTML, each `{{ chart }}` an inline SVG figure where it stands.

    Markdown takes no raw HTML, so the field prints a one-off token that a
    writer cannot guess, and the token's paragraph becomes the figure.
    """
    token = "pmchart" + secrets.token_hex(8)
    body = expand_letter(view.body, view.facts, chart=lambda _: token).text
    html = str(texts.block(body))
    if token in html and view.facts.chart is not None:
        title = wording.letter_chart_title(translator(view.language))
        chart = _chart(view.facts.chart, title, "letter", view.page_size)
        figure = f'<div class="letter-chart">{chart}</div>'
        # Its own paragraph (which carries a `dir`) becomes the figure; inside a sentence it splits it.
        html = re.sub(f"<p[^<>]*>{token}</p>", lambda _: figure, html).replace(token, f"</p>{figure}<p>")
    return Markup(html)


def letter_html(view: CustomerView, assets: AssetFolder | None = None) -> str:
    """The customer letter as one HTML page."""
    assets = assets or AssetFolder(None)
    texts = MarkdownContext(assets, language=view.language, heading_shift=1)
    head = view.letterhead
    signer = [view.signer_name] if view.signer_name else []
    tr = translator(view.language)
    reference = view.reference or view.title or wording.letter_subject(tr)
    context: dict[str, Any] = {
        "language": view.language,
        "title": reference,
        "reference": reference,
        "authors": signer or ([head.organisation] if head.organisation else []),
        "subject": wording.letter_subject(tr),
        "keywords": [],
        "iso_date": view.iso_date,
        "css": css_for("letter", head.brand_colour, view.page_size, view.language),
        "kind": "letter",
        "view": view,
        **_gettext_context(tr),
        "md": texts.block,
        "mdi": texts.inline,
        "logo": assets.data_uri(head.logo) if head.logo else None,
        "signature": assets.data_uri(view.signature_image) if view.signature_image else None,
        "contact": _contact(view),
        "body": _letter_body(view, texts),
        **_script_context(view.language),
    }
    return _render("letter.html.j2", context)


# The text's width on the page (the paper less letter.css's and report.css's side margins), which
# sets the type size of a chart whose words are HTML.
_TEXT_WIDTH_MM = {("letter", "A4"): 124.0, ("letter", "Letter"): 129.9,
                  ("report", "A4"): 166.0, ("report", "Letter"): 171.9}


def _chart(chart: TimelineChart, title: str, kind: str, page_size: str) -> Markup:
    """The chart as one SVG, or with its words in HTML where WeasyPrint cannot set them in an SVG
    (`svg_text_ok`: Arabic, Hebrew, the Indic scripts, Thai, ...)."""
    if svg_text_ok(chart.language):
        return Markup(timeline_svg(chart, title=title))
    width = _TEXT_WIDTH_MM.get((kind, page_size), _TEXT_WIDTH_MM[(kind, "A4")])
    return chart_figure(chart, title=title, text_width_mm=width)


def _report_chart(view: InternalView) -> Markup | None:
    """The report's chart under the key figures."""
    if view.chart is None:
        return None
    title = translator(view.language).gettext("Incident timeline")
    return _chart(view.chart, title, "report", view.page_size)


def report_html(view: InternalView, assets: AssetFolder | None = None) -> str:
    """The internal report as one HTML page."""
    # Font metrics load with the first report only: the customer letter never needs them.
    from postmortem.render.column_widths import action_columns, timeline_columns

    assets = assets or AssetFolder(None)
    texts = MarkdownContext(assets, language=view.language)
    tr = translator(view.language)
    data_loss = data_loss_label(view.data_loss, tr)
    if view.data_loss_window:
        data_loss = tr.gettext("{loss}: {window}").format(loss=data_loss, window=view.data_loss_window)
    impact_facts = [
        (name, value)
        for name, value in (
            (tr.gettext("When"), view.impact_window),
            (tr.gettext("Services"), tr.gettext(", ").join(view.services)),
            (tr.gettext("Customers affected"), view.customers_affected),
            (tr.gettext("Data loss"), data_loss),
        )
        if value
    ]
    impact_texts = [
        (heading, text)
        for heading, text in (
            (tr.gettext("Data loss details"), view.data_loss_details),
            (tr.gettext("What customers need to do"), view.customer_actions),
            (tr.gettext("SLA and service credits"), view.sla_notes),
        )
        if text
    ]
    lessons = [
        (heading, items)
        for heading, items in (
            (tr.gettext("What went well"), view.went_well),
            (tr.gettext("What went wrong"), view.went_wrong),
            (tr.gettext("Where we got lucky"), view.got_lucky),
        )
        if items
    ]
    has_root_cause = any(
        (
            view.trigger,
            view.root_causes,
            view.contributing_factors,
            view.five_whys,
            view.detection,
            view.response,
        )
    )
    context: dict[str, Any] = {
        "language": view.language,
        "title": view.title or wording.report_subject(tr),
        "authors": _names(view.authors) or _names_or_org([], view.letterhead.organisation),
        "subject": wording.report_subject(tr),
        "keywords": list(view.tags),
        "iso_date": view.iso_date,
        "css": css_for("report", view.letterhead.brand_colour, view.page_size, view.language),
        "kind": "report",
        "view": view,
        "internal_mark": wording.internal_mark(tr),
        "report_subject": wording.report_subject(tr),
        "status_label": lambda value: status_label(value, tr),
        "kind_label": lambda value: event_kind_label(value, tr),
        "category_label": lambda value: category_label(value, tr),
        **_gettext_context(tr),
        "md": texts.block,
        "mdi": texts.inline,
        "authors_line": _people(view.authors),
        "reviewers": _people(view.reviewers),
        "impact_facts": impact_facts,
        "impact_texts": impact_texts,
        "lessons": lessons,
        "has_root_cause": has_root_cause,
        "en": english_mark(view.language),
        "short_url": short_url,
        # Characters past which a row may split across pages (about a third of a page).
        "long_cell": 1200,
        "running_title": running_title(view.title or wording.report_subject(tr)),
        "chart": _report_chart(view),
        "words": whole_words,
        "timeline_columns": timeline_columns(view.events, tr.gettext,
                                             lambda value: event_kind_label(value, tr)),
        "action_columns": action_columns(view.actions, tr.gettext, lambda value: status_label(value, tr),
                                         lambda value: category_label(value, tr)),
        **_script_context(view.language),
    }
    return _render("report.html.j2", context)
