"""A first draft of the customer letter, assembled from the structured sections.

Pure functions, no Qt. The draft only fills letter parts that are empty, and
it reads only what a customer may see: the customer view of the document
(`postmortem.views.customer_view`), which has no internal notes, no
internal-only events and no unpromised actions. The writer then edits it.
"""

from __future__ import annotations

from postmortem.model import Document
from postmortem.views import CustomerView, customer_view

DRAFTED = ("narrative", "apology", "responsibility", "next_steps", "call_to_action")


def _services(view: CustomerView) -> str:
    names = [s for s in view.services if s.strip()]
    if not names:
        return "our service"
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _narrative(view: CustomerView) -> str:
    services = _services(view)
    services = services[:1].upper() + services[1:]
    verb = "were" if len([s for s in view.services if s.strip()]) > 1 else "was"
    paragraphs = []
    if view.outage_window:
        paragraphs.append(f"{services} {verb} unavailable or not working properly on {view.outage_window}.")
    else:
        paragraphs.append(f"{services} {verb} unavailable or not working properly.")
    if view.impact_description.strip():
        paragraphs.append(view.impact_description.strip())
    if view.events:
        lines = [
            f"- {event.time}: {event.description.strip()}"
            for event in view.events
            if event.description.strip()
        ]
        if lines:
            zone = f" ({view.events_zone})" if view.events_zone else ""
            paragraphs.append(f"What happened{zone}:\n\n" + "\n".join(lines))
    if view.data_loss != "none" and view.data_loss_statement.strip():
        lead = "Some data was lost." if view.data_loss == "confirmed" else "Some data may have been lost."
        window = f" This concerns {view.data_loss_window}." if view.data_loss_window else ""
        paragraphs.append(f"{lead}{window} {view.data_loss_statement.strip()}")
    return "\n\n".join(paragraphs)


def _apology(view: CustomerView) -> str:
    return (
        "We are sorry. You count on us, and this time we let you down. "
        "We know the outage cost you time, and that trust is earned back with actions, not words."
    )


def _responsibility(view: CustomerView) -> str:
    who = f"We at {view.letterhead.organisation}" if view.letterhead.organisation else "We"
    return (
        f"{who} take full responsibility for this outage. It was our failure, not the fault of "
        "any customer or supplier, and it is ours to fix."
    )


def _next_steps(view: CustomerView) -> str:
    if not view.promises:
        return ""
    lines = []
    for promise in view.promises:
        when = f" ({'done' if promise.done else promise.due})" if promise.done or promise.due else ""
        lines.append(f"- {promise.title.strip()}{when}")
    return "To keep this from happening again, we are making these changes:\n\n" + "\n".join(lines)


def _call_to_action(view: CustomerView) -> str:
    parts = []
    if view.customer_actions.strip():
        parts.append(view.customer_actions.strip())
    contact = view.letterhead.contact_email
    if contact:
        parts.append(f"If you have questions, write to us at {contact}; we will answer every message.")
    return "\n\n".join(parts)


def draft_letter(document: Document) -> dict[str, str]:
    """Letter parts to fill: field name -> draft text, only for parts that are empty now."""
    view = customer_view(document)
    letter = document.customer_letter
    builders = {
        "narrative": _narrative,
        "apology": _apology,
        "responsibility": _responsibility,
        "next_steps": _next_steps,
        "call_to_action": _call_to_action,
    }
    draft = {}
    for name in DRAFTED:
        if getattr(letter, name).strip():
            continue
        text = builders[name](view).strip()
        if text:
            draft[name] = text
    return draft
