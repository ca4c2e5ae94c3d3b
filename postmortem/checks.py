"""Findings about a document: what is missing, inconsistent or not ready.

`check(document)` returns findings for both audiences; `audience` narrows
them to what one export needs. A document is ready to publish when no
finding has severity "error". The app shows the same findings on its step
list, so each carries the field it is about (`location`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Literal

from postmortem.durations import key_moments, ordering_problems
from postmortem.fileformat import format_location
from postmortem.model import DataLoss, Document, Status
from postmortem.templates import PROMPT

Audience = Literal["customer", "internal"]


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    HINT = "hint"


@dataclass(frozen=True)
class Finding:
    severity: Level
    location: str  # "section.field", list items as "action_items.items[2].owner"
    message: str
    suggestion: str = ""
    rule: str = ""
    audience: Audience | None = None  # None: matters for both exports

    @property
    def section(self) -> str:
        return self.location.split(".", 1)[0].split("[", 1)[0]

    def to_dict(self) -> dict[str, str | None]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def _blank(text: str) -> bool:
    return not text.strip()


def check(
    document: Document, audience: Audience | None = None, *, today: dt.date | None = None
) -> list[Finding]:
    """All findings, errors first, in document order within each severity."""
    findings = [
        *_overview(document),
        *_timeline(document),
        *_impact(document),
        *_analysis(document),
        *_actions(document, today or dt.date.today()),
        *_letter(document),
        *_prompts(document),
    ]
    if audience is not None:
        findings = [f for f in findings if f.audience in (None, audience)]
    elif not has_letter(document):
        # An internal-only review is complete without a letter; say so once
        # instead of listing every empty letter field.
        findings = [f for f in findings if f.audience != "customer"]
        findings.append(
            Finding(Level.HINT, "customer_letter", "no customer letter is written",
                    "Run the check with --audience customer to see what the letter needs.",
                    "no-letter", "customer")
        )
    if document.meta.status == Status.FINAL and any(f.severity == Level.ERROR for f in findings):
        findings.append(
            Finding(
                Level.ERROR,
                "meta.status",
                "marked final while errors are outstanding",
                "Fix the errors or set the status back to 'in review'.",
                "final-with-errors",
            )
        )
    order = {Level.ERROR: 0, Level.WARNING: 1, Level.HINT: 2}
    return sorted(findings, key=lambda f: order[f.severity])


def has_letter(document: Document) -> bool:
    letter = document.customer_letter
    parts = (letter.narrative, letter.apology, letter.responsibility, letter.next_steps,
             letter.call_to_action)
    return any(not _blank(part) for part in parts)


def is_ready(findings: list[Finding]) -> bool:
    return not any(f.severity == Level.ERROR for f in findings)


E, W, H = Level.ERROR, Level.WARNING, Level.HINT


def _overview(doc: Document) -> list[Finding]:
    meta = doc.meta
    out = []
    if _blank(meta.title):
        out.append(Finding(E, "meta.title", "the postmortem has no title", rule="required"))
    if _blank(meta.organisation.name):
        out.append(
            Finding(E, "meta.organisation.name", "the organisation's name is missing",
                    "The letterhead and the report's footer print it.", "required")
        )
    if not meta.authors:
        out.append(Finding(E, "meta.authors", "no author is named", rule="required"))
    for i, author in enumerate(meta.authors):
        if _blank(author.name):
            out.append(Finding(E, f"meta.authors[{i}].name", "an author has no name", rule="required"))
    if _blank(doc.summary.text):
        out.append(
            Finding(E, "summary.text", "the summary is empty",
                    "Say in three or four sentences what happened, to whom, and how it ended.",
                    "required", "internal")
        )
    if _blank(meta.incident_id):
        out.append(Finding(H, "meta.incident_id", "no incident id", rule="recommended", audience="internal"))
    return out


def _timeline(doc: Document) -> list[Finding]:
    out = []
    events = doc.timeline.events
    if not events:
        out.append(
            Finding(E, "timeline.events", "the timeline is empty",
                    "Add at least the trigger, detection and resolution.", "required", "internal")
        )
    for i, event in enumerate(events):
        if _blank(event.description):
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
    for location, message in ordering_problems(doc):
        out.append(Finding(E, location, message, "Check the times and their UTC offsets.", "order"))
    impact = doc.impact
    if impact.start and impact.end and impact.end >= impact.start:
        slack = dt.timedelta(days=7)
        for i, event in enumerate(events):
            if not impact.start - slack <= event.time <= impact.end + slack:
                out.append(
                    Finding(W, f"timeline.events[{i}].time",
                            "more than a week outside the impact window; is the date right?",
                            rule="outside-span")
                )
    return out


def _impact(doc: Document) -> list[Finding]:
    impact = doc.impact
    out = []
    if impact.start is None:
        out.append(Finding(E, "impact.start", "when customer impact began is missing", rule="required"))
    if impact.end is None:
        out.append(Finding(E, "impact.end", "when customer impact ended is missing", rule="required"))
    if impact.start and impact.end and impact.end - impact.start > dt.timedelta(days=90):
        out.append(Finding(W, "impact.end", "the impact lasted more than 90 days; is the date right?",
                           rule="absurd-duration"))
    if not impact.services:
        out.append(Finding(E, "impact.services", "no affected service or feature is named",
                           rule="required", audience="customer"))
    if impact.data_loss != DataLoss.NONE and _blank(impact.data_loss_details):
        out.append(
            Finding(E, "impact.data_loss_details", "data loss is marked but not described",
                    "Say plainly what was or may have been lost, and from when to when.",
                    "data-loss", "customer")
        )
    if impact.data_loss_start and impact.data_loss_end and impact.data_loss_end < impact.data_loss_start:
        out.append(Finding(E, "impact.data_loss_end", "the data-loss window ends before it starts",
                           rule="order"))
    if _blank(impact.customer_actions):
        out.append(
            Finding(E, "impact.customer_actions", "what customers must do is not stated",
                    "If they need to do nothing, say so: 'Nothing: no action is needed.'",
                    "required", "customer")
        )
    return out


def _analysis(doc: Document) -> list[Finding]:
    cause = doc.root_cause
    out = []
    if _blank(cause.trigger):
        out.append(Finding(E, "root_cause.trigger", "the trigger is not described", rule="required",
                           audience="internal"))
    if not [c for c in cause.root_causes if not _blank(c)]:
        out.append(Finding(E, "root_cause.root_causes", "no root cause is given", rule="required",
                           audience="internal"))
    lessons = doc.lessons
    if not (lessons.went_well or lessons.went_wrong or lessons.got_lucky):
        out.append(Finding(W, "lessons", "no lessons are recorded", rule="recommended",
                           audience="internal"))
    return out


def _actions(doc: Document, today: dt.date) -> list[Finding]:
    items = doc.action_items.items
    out = []
    if not items:
        out.append(Finding(E, "action_items.items", "there are no action items", rule="required",
                           audience="internal"))
    for i, item in enumerate(items):
        where = f"action_items.items[{i}]"
        if _blank(item.title):
            out.append(Finding(E, f"{where}.title", "an action item has no title", rule="required"))
        if _blank(item.owner):
            out.append(Finding(W, f"{where}.owner", f"'{item.title}' has no owner", rule="owner",
                               audience="internal"))
        if item.due is None:
            out.append(Finding(W, f"{where}.due", f"'{item.title}' has no due date", rule="due",
                               audience="internal"))
        elif item.is_overdue(today):
            out.append(Finding(W, f"{where}.due", f"'{item.title}' is past due ({item.due.isoformat()})",
                               rule="overdue", audience="internal"))
    if not any(item.customer_promised for item in items):
        out.append(
            Finding(E, "action_items.items", "no action item is promised to customers",
                    "Mark at least one change as customer-promised; the letter lists them.",
                    "promise", "customer")
        )
    return out


def _letter(doc: Document) -> list[Finding]:
    letter = doc.customer_letter
    out = []
    customer = "customer"
    if _blank(letter.narrative):
        out.append(Finding(E, "customer_letter.narrative", "the letter does not say what happened",
                           rule="required", audience=customer))
    if _blank(letter.apology):
        out.append(Finding(E, "customer_letter.apology", "the letter has no apology",
                           "Apologise plainly for what customers lost, in one or two sentences.",
                           "required", customer))
    if _blank(letter.responsibility):
        out.append(Finding(W, "customer_letter.responsibility", "the letter does not take responsibility",
                           rule="recommended", audience=customer))
    if _blank(letter.signer):
        out.append(Finding(E, "customer_letter.signer", "nobody signs the letter",
                           "Choose one of the authors as the signer.", "required", customer))
    elif doc.signer is None:
        out.append(Finding(E, "customer_letter.signer",
                           f"'{letter.signer}' is not one of the authors", rule="signer",
                           audience=customer))
    elif _blank(doc.signer.title):
        out.append(Finding(E, "customer_letter.signer", f"the signer {letter.signer} has no title",
                           rule="signer", audience=customer))
    elif letter.include_bio and _blank(doc.signer.bio):
        out.append(Finding(W, "customer_letter.include_bio", "the bio is included but empty",
                           rule="signer", audience=customer))
    return out


def _prompts(doc: Document) -> list[Finding]:
    """Every template prompt ([[...]]) still in the document is an error."""
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
            out.append(
                Finding(E, format_location(where), f"still holds the template's prompt: {prompt}",
                        "Replace the text in [[double brackets]] with your own.", "prompt")
            )
    return out
