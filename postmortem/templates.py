"""Starting points for new postmortems.

A template fills text fields with prompts written as ``[[...]]``: they tell
the writer what belongs in the field, and `postmortem check` reports every
prompt still left in a document, so a template can never be sent as is.
A fresh document has no letter date (the letter then carries the
write-up's date), no due dates and no action item promised to customers,
so nothing made up can print in a letter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from postmortem.model import (
    ActionItem,
    Document,
    Person,
    Why,
)

# No bracket inside a prompt: each attempt stops at the next bracket, so a run
# of thousands of "[" costs linear time (".+?" made it quadratic).
PROMPT = re.compile(r"\[\[([^\[\]]+)\]\]")


def _common(document: Document, today: dt.date) -> None:
    meta = document.meta
    meta.title = "[[Short title customers would recognise, e.g. Web site and support desk outage]]"
    meta.date = today
    meta.organisation.name = "[[Your organisation]]"
    meta.authors = [
        Person(
            name="[[Your name]]",
            title="[[Your job title]]",
            bio="[[Two or three sentences about you, if the letter should carry a short bio.]]",
        )
    ]
    document.summary.text = (
        "[[In three or four sentences: what broke, who was affected and for how long, "
        "how it was noticed and how it ended.]]"
    )
    impact = document.impact
    impact.services = ["[[Affected service or feature]]"]
    impact.description = "[[What customers saw: errors, slowness, missing data. In their words, not ours.]]"
    impact.customer_actions = (
        "[[What customers must do now, for example resend messages sent during the outage, "
        "or write 'Nothing: no action is needed.']]"
    )
    cause = document.root_cause
    cause.trigger = "[[The event that set the failure off.]]"
    cause.root_causes = ["[[A condition in the system or process that let the trigger become an outage.]]"]
    cause.contributing_factors = ["[[Something that made it worse or slower to fix.]]"]
    cause.five_whys = [Why(question="[[Why were customers affected?]]", answer="[[Because ...]]")]
    cause.detection_analysis = "[[How we found out, and whether monitoring or a customer told us first.]]"
    cause.response_analysis = "[[How the response went: who was paged, what helped, what slowed us down.]]"
    lessons = document.lessons
    lessons.went_well = ["[[Something that worked and should be kept.]]"]
    lessons.went_wrong = ["[[Something that did not work.]]"]
    lessons.got_lucky = ["[[Something that helped by chance and should not be relied on.]]"]


def _customer_outage(today: dt.date) -> Document:
    document = Document()
    _common(document, today)
    # Not promised and undated: a placeholder must never print in a letter.
    document.action_items.items = [
        ActionItem(
            title="[[A change that prevents a repeat, in words customers understand]]",
            description="[[What will change and how we will know it works.]]",
            owner="[[Owner]]",
        )
    ]
    letter = document.customer_letter
    letter.reference = "[[Re: Service outage of ...]]"
    letter.body = "\n\n".join(
        (
            "[[In a sentence or two, what stopped working for the reader.]] It lasted {{ impact_window }}.",
            "[[Say you are sorry for what it cost them: time, work, trust. No 'any inconvenience'.]]",
            "{{ data_loss }}",
            "{{ customer_action }}",
            "[[What went wrong, in plain words, and that the failure was ours, without blaming "
            "a supplier or a person.]]",
            "[[What we are changing, in a sentence; mark the action items customers are promised and "
            "the list below prints them with their dates.]]",
            "{{ promises }}",
            "[[How to reach a person who can answer questions.]]",
        )
    )
    letter.signer = "[[Your name]]"
    letter.include_bio = True
    return document


def _personal_letter(today: dt.date) -> Document:
    """A letter in the writer's own words: prompts for each paragraph, no fields, no analysis."""
    document = Document()
    meta = document.meta
    meta.title = "[[Short title customers would recognise, e.g. Web site and support desk outage]]"
    meta.date = today
    meta.organisation.name = "[[Your organisation]]"
    meta.authors = [
        Person(
            name="[[Your name]]",
            title="[[Your job title]]",
            bio="[[Two or three sentences about you, if the letter should carry a short bio.]]",
        )
    ]
    letter = document.customer_letter
    letter.body = "\n\n".join(
        (
            "[[Tell the reader what happened to them, and when, with the time zone.]]",
            "[[Say you are sorry for what it cost them, in your own words.]]",
            "[[Say what was or may have been lost, and what they should do about it.]]",
            "[[Explain what went wrong, in plain words, and that it was your failure.]]",
            "[[Say what you are changing, and by when.]]",
            "[[Say how to reach a person who can help.]]",
        )
    )
    letter.signer = "[[Your name]]"
    letter.include_bio = True
    return document


def _internal_review(today: dt.date) -> Document:
    document = Document()
    _common(document, today)
    document.action_items.items = [
        ActionItem(
            title="[[An action that prevents, detects or mitigates a repeat]]",
            owner="[[Owner]]",
        )
    ]
    document.root_cause.internal_notes = (
        "[[Anything the team should know that must never reach customers.]]"
    )
    return document


TEMPLATES: dict[str, str] = {
    "customer-outage": "A customer-facing outage: full analysis plus a letter whose fields print the facts.",
    "personal-letter": "A letter to customers in your own words, paragraph by paragraph; no analysis.",
    "internal-review": "An internal review: analysis only, no letter to customers.",
    "blank": "An empty document.",
}

_BUILDERS: dict[str, Callable[[dt.date], Document]] = {
    "customer-outage": _customer_outage,
    "personal-letter": _personal_letter,
    "internal-review": _internal_review,
    "blank": lambda today: Document(),
}


def new_document(name: str = "customer-outage", *, today: dt.date | None = None) -> Document:
    """A fresh document from the named template (see `TEMPLATES`)."""
    try:
        builder = _BUILDERS[name]
    except KeyError:
        known = ", ".join(TEMPLATES)
        raise ValueError(f"unknown template {name!r}; choose one of: {known}") from None
    return builder(today or dt.date.today())
