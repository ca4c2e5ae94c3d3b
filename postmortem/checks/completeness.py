"""Completeness: the fields each export needs before it can be sent.

The internal report needs a summary, a timeline, the impact's times and
services, a trigger, root causes and action items; the customer letter
needs a signer with a title (what its body must cover is `coverage`, the
facts its fields print are `fielduse`). A template's `[[prompts]]` are
errors in the exports that print them.
"""

from __future__ import annotations

from postmortem.checks.fields import TextField
from postmortem.checks.findings import Audience, E, Finding, H, W, blank
from postmortem.durations import key_moments
from postmortem.errors import format_location
from postmortem.model import DataLoss, Document
from postmortem.templates import PROMPT


def overview(doc: Document) -> list[Finding]:
    meta = doc.meta
    out = []
    if blank(meta.title):
        out.append(Finding(E, "meta.title", "the postmortem has no title", rule="required"))
    if blank(meta.organisation.name):
        out.append(
            Finding(E, "meta.organisation.name", "the organisation's name is missing",
                    "The letterhead and the report's footer print it.", "required")
        )
    if not meta.authors:
        out.append(Finding(E, "meta.authors", "no author is named", rule="required"))
    for i, author in enumerate(meta.authors):
        if blank(author.name):
            out.append(Finding(E, f"meta.authors[{i}].name", "an author has no name", rule="required"))
    if blank(doc.summary.text):
        out.append(
            Finding(E, "summary.text", "the summary is empty",
                    "Say in three or four sentences what happened, to whom, and how it ended.",
                    "required", "internal")
        )
    if blank(meta.incident_id):
        out.append(Finding(H, "meta.incident_id", "no incident id", rule="recommended", audience="internal"))
    return out


def timeline(doc: Document) -> list[Finding]:
    out = []
    events = doc.timeline.events
    if not events:
        out.append(
            Finding(E, "timeline.events", "the timeline is empty",
                    "Add at least the trigger, detection and resolution.", "required", "internal")
        )
    for i, event in enumerate(events):
        if blank(event.description):
            out.append(Finding(W, f"timeline.events[{i}].description", "this event has no description",
                               rule="required"))
    moments = key_moments(doc)
    for name, value in (("detection", moments.detected), ("resolution", moments.resolved)):
        if events and value is None:
            out.append(
                Finding(W, "timeline.events", f"no event of kind '{name}'",
                        f"Mark the moment of {name} so the report can show its duration.",
                        "key-moment", "internal")
            )
    return out


def impact(doc: Document) -> list[Finding]:
    impact = doc.impact
    out = []
    internal: Audience = "internal"
    if impact.start is None:
        out.append(Finding(E, "impact.start", "when customer impact began is missing", rule="required",
                           audience=internal))
    if impact.end is None:
        out.append(Finding(E, "impact.end", "when customer impact ended is missing", rule="required",
                           audience=internal))
    if not impact.services:
        out.append(Finding(W, "impact.services", "no affected service or feature is named",
                           rule="recommended", audience=internal))
    if blank(impact.description):
        out.append(
            Finding(W, "impact.description", "what customers experienced is not described",
                    "In their words: what they saw, what they could not do.", "recommended", internal)
        )
    if impact.data_loss != DataLoss.NONE and blank(impact.data_loss_details):
        out.append(
            Finding(E, "impact.data_loss_details", "data loss is marked but not described",
                    "Say plainly what was or may have been lost, and from when to when.",
                    "data-loss", "customer")
        )
    if blank(impact.customer_actions):
        out.append(
            Finding(W, "impact.customer_actions", "what customers must do is not stated",
                    "If they need to do nothing, say so: 'Nothing: no action is needed.'",
                    "recommended", internal)
        )
    return out


def analysis(doc: Document) -> list[Finding]:
    cause = doc.root_cause
    out = []
    if blank(cause.trigger):
        out.append(Finding(E, "root_cause.trigger", "the trigger is not described", rule="required",
                           audience="internal"))
    if not [c for c in cause.root_causes if not blank(c)]:
        out.append(Finding(E, "root_cause.root_causes", "no root cause is given", rule="required",
                           audience="internal"))
    lessons = doc.lessons
    if not (lessons.went_well or lessons.went_wrong or lessons.got_lucky):
        out.append(Finding(W, "lessons", "no lessons are recorded", rule="recommended",
                           audience="internal"))
    return out


def actions(doc: Document) -> list[Finding]:
    items = doc.action_items.items
    out = []
    if not items:
        out.append(Finding(E, "action_items.items", "there are no action items", rule="required",
                           audience="internal"))
    for i, item in enumerate(items):
        if blank(item.title):
            out.append(Finding(E, f"action_items.items[{i}].title", "an action item has no title",
                               rule="required"))
    return out


def letter(doc: Document) -> list[Finding]:
    letter = doc.customer_letter
    out = []
    customer: Audience = "customer"
    if blank(letter.signer):
        out.append(Finding(E, "customer_letter.signer", "nobody signs the letter",
                           "Choose one of the authors as the signer.", "required", customer))
    elif doc.signer is None:
        out.append(Finding(E, "customer_letter.signer",
                           f"'{letter.signer}' is not one of the authors", rule="signer",
                           audience=customer))
    elif blank(doc.signer.title):
        out.append(Finding(E, "customer_letter.signer", f"the signer {letter.signer} has no title",
                           rule="signer", audience=customer))
    elif letter.include_bio and blank(doc.signer.bio):
        out.append(Finding(W, "customer_letter.include_bio", "the bio is included but empty",
                           rule="signer", audience=customer))
    return out


def prompts(doc: Document, visible: list[TextField]) -> list[Finding]:
    """Every template prompt ([[...]]) still in the document is an error.

    A prompt in a field the letter prints (`visible`) blocks both exports;
    one in the analysis only the internal report.
    """
    printed = {field.location for field in visible}
    out = []
    stack: list[tuple[tuple[str | int, ...], object]] = [((), doc.model_dump())]
    while stack:
        where, value = stack.pop()
        if isinstance(value, dict):
            stack.extend(((*where, k), v) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend(((*where, i), v) for i, v in reversed(list(enumerate(value))))
        elif isinstance(value, str) and (match := PROMPT.search(value)):
            prompt = " ".join(match.group(1).split())
            location = format_location(where)
            shown = location in printed or location.startswith(("meta", "customer_letter"))
            audience: Audience | None = None if shown else "internal"
            out.append(
                Finding(E, location, f"still holds the template's prompt: {prompt}",
                        "Replace the text in [[double brackets]] with your own.", "prompt",
                        audience=audience, span=match.span())
            )
    return out
