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
from postmortem.letterfields.facts import Promise
from postmortem.letterfields.vocabulary import FieldContext, LetterField, Vocabulary
from postmortem.render.md_writer import escape

_WORDS = re.compile(r"[\s\-]+")
_CLOCK = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3])[:h][0-5]\d(?![\d:])")


def join_words(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def mid_sentence(name: str) -> str:
    """'Web site' -> 'web site', 'E-mail' -> 'e-mail'; 'Slack', 'GitHub', 'API gateway' stay.

    Only a name of several words (hyphen parts count) whose first word is
    capitalised and whose other words are all lower case reads as common
    nouns in title case. A single capitalised word is most likely a product
    name (Slack, Zendesk), so it is kept, as are acronyms and inner capitals.
    """
    words = _WORDS.split(name.strip())
    if len(words) < 2:
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
    return " ".join(markdown.split()).rstrip(".")


def _from_window(window: str) -> str:
    return window if window.startswith("since") else f"from {window}"


# ---------------------------------------------------------------- resolvers


def _window_phrase(context: FieldContext) -> str:
    window = context.facts.window
    return escape(_from_window(window)) if window else ""


def _window_block(context: FieldContext) -> str:
    facts = context.facts
    if not facts.window:
        return ""
    services = [mid_sentence(s) for s in facts.services if s.strip()]
    ongoing = facts.window.startswith("since")
    if services:
        what = "our " + join_words(services)
        plural = len(services) > 1
        verb = ("have been" if plural else "has been") if ongoing else ("were" if plural else "was")
    else:
        what, verb = "our service", "has been" if ongoing else "was"
    return escape(f"{capitalised(_from_window(facts.window))}, {what} {verb} affected.")


def _services_phrase(context: FieldContext) -> str:
    return escape(join_words([mid_sentence(s) for s in context.facts.services if s.strip()]))


def _services_block(context: FieldContext) -> str:
    return "\n".join(f"- {escape(s)}" for s in context.facts.services if s.strip())


def _loss_phrase(context: FieldContext) -> str:
    facts = context.facts
    if facts.data_loss == "none":
        return "no data was lost"
    return inline(facts.data_loss_details)


def _loss_block(context: FieldContext) -> str:
    facts = context.facts
    if facts.data_loss == "none":
        return "No data was lost."
    details = facts.data_loss_details.strip()
    if not details:
        return ""
    # The window is stated once: only when the writer's words do not give times already.
    if facts.data_loss_window and not _CLOCK.search(details):
        joint = " " if "\n\n" not in details else "\n\n"
        details += f"{joint}This concerns the period {escape(_from_window(facts.data_loss_window))}."
    return details


def _loss_window_phrase(context: FieldContext) -> str:
    window = context.facts.data_loss_window
    return escape(_from_window(window)) if window else ""


def _actions_phrase(context: FieldContext) -> str:
    return inline(context.facts.customer_actions)


def _actions_block(context: FieldContext) -> str:
    return context.facts.customer_actions.strip()


def _timeline_phrase(context: FieldContext) -> str:
    facts = context.facts
    events = [f"{escape(e.time)}: {inline(e.description)}" for e in facts.events if e.description.strip()]
    if not events:
        return ""
    return "; ".join(events) + (f", all times {escape(facts.events_zone)}" if facts.events_zone else "")


def _timeline_block(context: FieldContext) -> str:
    facts = context.facts
    lines = [
        f"- **{escape(e.time)}**: {inline(e.description)}." for e in facts.events if e.description.strip()
    ]
    if not lines:
        return ""
    lead = f"All times below are {escape(facts.events_zone)}.\n\n" if facts.events_zone else ""
    return lead + "\n".join(lines)


def _promise_words(promise: Promise) -> str:
    when = "already done" if promise.done else promise.due
    return escape(mid_sentence(promise.title.strip())) + (f" {escape(when)}" if when else "")


def _promises_phrase(context: FieldContext) -> str:
    return join_words([_promise_words(p) for p in context.facts.promises if p.title.strip()])


def _promises_block(context: FieldContext) -> str:
    lines = []
    for promise in context.facts.promises:
        if not promise.title.strip():
            continue
        when = "already done" if promise.done else promise.due
        text = f"- **{escape(promise.title.strip())}**" + (f" {escape(when)}" if when else "")
        if promise.description.strip():
            text += f": {inline(promise.description)}."
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
    return escape(describe(chart))


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
