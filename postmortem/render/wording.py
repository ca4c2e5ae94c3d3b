"""The few labels the exports write themselves, in the document's language.

The customer letter prints no words of its own: everything in it is the
writer's text or a fact the writer placed with a `{{ field }}` (see
`postmortem.letterfields`, which words those facts). The exceptions are
`{{ chart }}`, whose drawing labels its rows and carries the title below,
the page footer and the default greeting and closing.
"""

from __future__ import annotations

from postmortem.i18n import Translator, is_english, translator

# The English mark, which the Markdown importer recognises in a report it reads back.
INTERNAL_MARK = "Internal: do not forward to customers"


def internal_mark(tr: Translator) -> str:
    return tr.gettext("Internal: do not forward to customers")


def letter_subject(tr: Translator) -> str:
    return tr.gettext("Customer letter")


def report_subject(tr: Translator) -> str:
    return tr.gettext("Incident analysis")


def letter_chart_title(tr: Translator) -> str:
    return tr.gettext("When customers were affected")


def page_footer(tr: Translator) -> str:
    """'Page {page} of {pages}': the page-number box, filled in by CSS counters."""
    return tr.gettext("Page {page} of {pages}")


def css_string(text: str) -> str:
    """A CSS string literal: quotes, backslashes and line breaks escaped."""
    escaped = "".join(ch if ch not in '"\\\n\r' else f"\\{ord(ch):x} " for ch in text)
    return f'"{escaped}"'


def counter_content(template: str) -> str:
    """'Seite {page} von {pages}' -> "Seite " counter(page) " von " counter(pages), for a `content:`."""
    parts: list[str] = []
    rest = template
    while rest:
        page, pages = rest.find("{page}"), rest.find("{pages}")
        found = [(at, name) for at, name in ((page, "page"), (pages, "pages")) if at >= 0]
        if not found:
            parts.append(css_string(rest))
            break
        at, name = min(found)
        if at:
            parts.append(css_string(rest[:at]))
        parts.append(f"counter({name})")
        rest = rest[at + len(name) + 2 :]
    return " ".join(parts)


def page_css(kind: str, tr: Translator) -> str:
    """The page boxes' words for one export, as the variables the stylesheets place.

    The stylesheets decide which box shows which (a right-to-left page
    mirrors them) and how it looks.
    """
    words = [f"--footer-page: {counter_content(page_footer(tr))};"]
    if kind == "report":
        words.append(f"--header-mark: {css_string(internal_mark(tr))};")
    return ":root { " + " ".join(words) + " }"


def language_of_labels(language: str) -> str:
    """The language these labels are printed in, in a document written in `language`.

    The document's own where the product has a catalog for it, else English:
    the chart carries it as its `lang`, so a screen reader reads the labels
    in the right voice.
    """
    if is_english(language) or translator(language).catalog is not None:
        return language
    return "en"
