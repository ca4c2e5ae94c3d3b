"""Starting points for new postmortems.

A template fills text fields with prompts written as ``[[...]]``: they tell
the writer what belongs in the field, and `postmortem check` reports every
prompt still left in a document, so a template can never be sent as is.
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


def has_prompt(text: str) -> bool:
    return bool(PROMPT.search(text))


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
    document.action_items.items = [
        ActionItem(
            title="[[A change that prevents a repeat, in words customers understand]]",
            description="[[What will change and how we will know it works.]]",
            owner="[[Owner]]",
            due=today + dt.timedelta(days=30),
            customer_promised=True,
        )
    ]
    letter = document.customer_letter
    letter.date = today
    letter.reference = "[[Re: Service outage of ...]]"
    letter.narrative = (
        "[[What happened, in plain words and in order: what failed, why it took as long as it "
        "did, and when service came back.]]"
    )
    letter.responsibility = "[[Say that the failure was ours, without blaming a vendor or a person.]]"
    letter.apology = "[[Apologise for what customers lost: time, work, trust. No 'any inconvenience'.]]"
    letter.next_steps = "[[What we are changing so that this does not happen again, with dates.]]"
    letter.call_to_action = "[[How to reach us with questions: an address that a person reads.]]"
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
            due=today + dt.timedelta(days=14),
        )
    ]
    document.root_cause.internal_notes = (
        "[[Anything the team should know that must never reach customers.]]"
    )
    return document


TEMPLATES: dict[str, str] = {
    "customer-outage": "A customer-facing outage: full analysis plus the apology letter.",
    "internal-review": "An internal review: analysis only, no letter to customers.",
    "blank": "An empty document.",
}

_BUILDERS: dict[str, Callable[[dt.date], Document]] = {
    "customer-outage": _customer_outage,
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
