"""The built-in letter fields: the document's facts, worded for a letter.

Every time carries its zone; every value a writer typed keeps its words,
except that a service name of several words written in sentence case
("Web site", "E-mail") is lower-cased inside a sentence ("our web site and
e-mail were affected"). One capitalised word (Slack) and names with
capitals after the first letter (GitHub, API gateway) are kept as written.
"""

from __future__ import annotations

import re

from postmortem.chart import describe
from postmortem.i18n import Translator, is_english, sentence_space, translator
from postmortem.letterfields.facts import Promise
from postmortem.letterfields.vocabulary import FieldContext, LetterField, Vocabulary
from postmortem.render.md_writer import escape

_WORDS = re.compile(r"[\s\-]+")
_CLOCK = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3])[:h][0-5]\d(?![\d:])")


def join_words(items: list[str], language: str = "en") -> str:
    """'a', 'a and b', 'a, b and c' ('a, b und c'; CLDR's list pattern outside English)."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    if not is_english(language):
        from babel.lists import format_list

        from postmortem.i18n import locale_for

        try:
            return str(format_list(items, locale=locale_for(language)))
        except KeyError:
            pass  # a locale whose list data Babel lacks: the English form below
    return ", ".join(items[:-1]) + " and " + items[-1]


def mid_sentence(name: str, language: str = "en") -> str:
    """'Web site' -> 'web site', 'E-mail' -> 'e-mail'; 'Slack', 'GitHub', 'API gateway' stay.

    Only a name of several words (hyphen parts count) whose first word is
    capitalised and whose other words are all lower case reads as common
    nouns in title case. A single capitalised word is most likely a product
    name (Slack, Zendesk), so it is kept, as are acronyms and inner capitals.
    """
    words = _WORDS.split(name.strip())
    if len(words) < 2 or language.split("-", maxsplit=1)[0] == "de":
        # German capitalises every noun: "Web-Seite" stays as written.
        return name
    first, rest = words[0], words[1:]
    if first[:1].isupper() and first[1:] == first[1:].lower() and all(w == w.lower() for w in rest):
        at = len(name) - len(name.lstrip())
        return name[:at] + name[at].lower() + name[at + 1 :]
    return name


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def inline(markdown: str) -> str:
    """A Markdown text as one run of words, without its final full stop."""
    return " ".join(markdown.split()).rstrip(".。．")


def _tr(context: FieldContext) -> Translator:
    return translator(context.facts.language)


def _from_window(window: str, ongoing: bool, tr: Translator) -> str:
    # An open window is already worded "since ..." by timefmt.window.
    return window if ongoing else tr.gettext("from {window}").format(window=window)


# ---------------------------------------------------------------- resolvers


def _window_phrase(context: FieldContext) -> str:
    facts = context.facts
    return escape(_from_window(facts.window, facts.window_open, _tr(context))) if facts.window else ""


def _services(context: FieldContext) -> list[str]:
    return [mid_sentence(s, context.facts.language) for s in context.facts.services if s.strip()]


def _window_block(context: FieldContext) -> str:
    facts, tr = context.facts, _tr(context)
    if not facts.window:
        return ""
    services = _services(context)
    when = capitalised(_from_window(facts.window, facts.window_open, tr))
    names = join_words(services, facts.language)
    if facts.window_open:
        if services:
            text = tr.ngettext("{when}, our {services} has been affected.",
                               "{when}, our {services} have been affected.", len(services))
        else:
            text = tr.gettext("{when}, our service has been affected.")
    elif services:
        text = tr.ngettext("{when}, our {services} was affected.",
                           "{when}, our {services} were affected.", len(services))
    else:
        text = tr.gettext("{when}, our service was affected.")
    return escape(text.format(when=when, services=names))


def _services_phrase(context: FieldContext) -> str:
    return escape(join_words(_services(context), context.facts.language))


def _services_block(context: FieldContext) -> str:
    return "\n".join(f"- {escape(s)}" for s in context.facts.services if s.strip())


def _loss_phrase(context: FieldContext) -> str:
    facts = context.facts
    if facts.data_loss == "none":
        return _tr(context).gettext("no data was lost")
    return inline(facts.data_loss_details)


def _loss_block(context: FieldContext) -> str:
    facts, tr = context.facts, _tr(context)
    if facts.data_loss == "none":
        return tr.gettext("No data was lost.")
    details = facts.data_loss_details.strip()
    if not details:
        return ""
    # The window is stated once: only when the writer's words do not give times already.
    if facts.data_loss_window and not _CLOCK.search(details):
        joint = sentence_space(facts.language) if "\n\n" not in details else "\n\n"
        period = _from_window(facts.data_loss_window, facts.data_loss_window_open, tr)
        details += joint + escape(tr.gettext("This concerns the period {window}.").format(window=period))
    return details


def _loss_window_phrase(context: FieldContext) -> str:
    facts = context.facts
    window = facts.data_loss_window
    return escape(_from_window(window, facts.data_loss_window_open, _tr(context))) if window else ""


def _actions_phrase(context: FieldContext) -> str:
    return inline(context.facts.customer_actions)


def _actions_block(context: FieldContext) -> str:
    return context.facts.customer_actions.strip()


def _timeline_phrase(context: FieldContext) -> str:
    facts = context.facts
    tr = _tr(context)
    events = [f"{escape(e.time)}: {inline(e.description)}" for e in facts.events if e.description.strip()]
    if not events:
        return ""
    zone = ""
    if facts.events_zone:
        zone = tr.gettext(", all times {zone}").format(zone=escape(facts.events_zone))
    return tr.gettext("; ").join(events) + zone


def _timeline_block(context: FieldContext) -> str:
    facts, tr = context.facts, _tr(context)
    stop = tr.pgettext("end of sentence", ".")
    lines = [_item(tr, f"- **{escape(e.time)}**", f"{inline(e.description)}{stop}")
             for e in facts.events if e.description.strip()]
    if not lines:
        return ""
    lead = ""
    if facts.events_zone:
        lead = tr.gettext("All times below are {zone}.").format(zone=escape(facts.events_zone)) + "\n\n"
    return lead + "\n".join(lines)


def _item(tr: Translator, title: str, text: str) -> str:
    """A list item's title and its text: 'title: text' (French puts a no-break space before the colon)."""
    return tr.pgettext("list item", "{title}: {text}").format(title=title, text=text)


def _promise_words(promise: Promise, tr: Translator) -> str:
    when = tr.gettext("already done") if promise.done else promise.due
    title = escape(mid_sentence(promise.title.strip(), tr.language))
    return tr.gettext("{promise} {when}").format(promise=title, when=escape(when)) if when else title


def _promises_phrase(context: FieldContext) -> str:
    tr = _tr(context)
    words = [_promise_words(p, tr) for p in context.facts.promises if p.title.strip()]
    return join_words(words, context.facts.language)


def _promises_block(context: FieldContext) -> str:
    tr = _tr(context)
    stop = tr.pgettext("end of sentence", ".")
    lines = []
    for promise in context.facts.promises:
        if not promise.title.strip():
            continue
        when = tr.gettext("already done") if promise.done else promise.due
        title = f"**{escape(promise.title.strip())}**"
        if when:
            title = tr.gettext("{promise} {when}").format(promise=title, when=escape(when))
        text = "- " + title
        if promise.description.strip():
            text = _item(tr, text, f"{inline(promise.description)}{stop}")
        lines.append(text)
    return "\n".join(lines)


def _signer_phrase(context: FieldContext) -> str:
    return escape(context.facts.signer_name)


def _signer_block(context: FieldContext) -> str:
    facts = context.facts
    parts = [facts.signer_name, facts.signer_title]
    return escape(", ".join(p for p in parts if p)) if facts.signer_name else ""


def _organisation(context: FieldContext) -> str:
    return escape(context.facts.organisation)


def _contact_email(context: FieldContext) -> str:
    email = context.facts.contact_email
    return f"[{escape(email)}](mailto:{email})" if email else ""


def _chart_block(context: FieldContext) -> str:
    """The renderer's figure when it draws one (`extra["chart"]`), else the chart in words."""
    chart = context.facts.chart
    if chart is None:
        return ""
    draw = context.extra.get("chart")
    if callable(draw):
        return str(draw(chart))
    return escape(describe(chart, context.facts.language))


def _nothing(_: FieldContext) -> str:
    return ""


def register_builtin(vocabulary: Vocabulary) -> None:
    add = vocabulary.register
    add(LetterField("impact_window", "When customers were affected, with the time zone; as a block, "
                    "also which services", _window_phrase, _window_block, frozenset({"window", "services"}),
                    "from Thursday 27 October 2011, 04:00 to Friday 28 October 2011, 13:00 "
                    "New York time (EDT, UTC−4)"))
    add(LetterField("services", "The affected services; as a block, one per line",
                    _services_phrase, _services_block, frozenset({"services"}),
                    "web site, e-mail and support system"))
    add(LetterField("data_loss", "What was or may have been lost, and for which period",
                    _loss_phrase, _loss_block,
                    frozenset({"data_loss", "data_loss_details", "data_loss_window"}),
                    "messages sent to support during the outage may be lost"))
    add(LetterField("data_loss_window", "The period in which data was or may have been lost, with the zone",
                    _loss_window_phrase, _loss_window_phrase, frozenset({"data_loss_window"}),
                    "from Thursday 27 October 2011, 04:00 to … New York time (EDT, UTC−4)"))
    add(LetterField("customer_action", "What customers should do now (Impact step)",
                    _actions_phrase, _actions_block, frozenset({"customer_actions"}),
                    "please send again any message you wrote to us during the outage"))
    add(LetterField("timeline", "The customer-visible events with their times and zone; best as a block",
                    _timeline_phrase, _timeline_block, frozenset({"events", "events_zone"}),
                    "Thu 27 Oct, 04:00: our web site stopped answering; …"))
    add(LetterField("promises", "The changes promised to customers, with their dates",
                    _promises_phrase, _promises_block, frozenset({"promises"}),
                    "move backups off-site by 30 November 2011"))
    add(LetterField("chart", "A small chart of when customers were affected and when it was resolved; "
                    "on a line of its own", _nothing, _chart_block, frozenset({"chart"}),
                    "(a figure: the impact window as a band, and the resolution)", block_only=True))
    add(LetterField("signer", "The name of the person who signs the letter; as a block, with their title",
                    _signer_phrase, _signer_block, frozenset({"signer_name", "signer_title"}),
                    "Maren Holt"))
    add(LetterField("organisation", "Your organisation's name", _organisation, _organisation,
                    frozenset({"organisation"}), "Northwind Load Labs"))
    add(LetterField("contact_email", "Your published contact address, as a link", _contact_email,
                    _contact_email, frozenset({"contact_email"}), "support@example.com"))
