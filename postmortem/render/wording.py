"""The few sentences and labels the exports write themselves.

The writer's text carries the letter; these phrases only join it up (the
outage window, box titles), in one place so a translation has one file
to change.
"""

from __future__ import annotations

from collections.abc import Sequence

from postmortem.views import CustomerView, Promise

EVENTS_HEADING = "What happened, hour by hour"
ACTIONS_TITLE = "What you need to do"
CHANGES_HEADING = "What we are changing"
INTERNAL_MARK = "Internal: do not forward to customers"
LETTER_SUBJECT = "Customer letter"
REPORT_SUBJECT = "Incident analysis"


def join_words(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def outage_sentence(view: CustomerView) -> str:
    """The sentence that states the outage window, leading into the list of services.

    Service names are the writer's own ("Web site (example.com)"), so they
    are listed after the sentence rather than woven into it.
    """
    window = view.outage_window
    if not window:
        return ""
    services = [s for s in view.services if s]
    ongoing = window.startswith("since")
    opening = window[0].upper() + window[1:] if ongoing else f"From {window}"
    if not services:
        verb = "has been" if ongoing else "was"
        return f"{opening}, our service {verb} disrupted."
    if len(services) == 1:
        verb = "has been" if ongoing else "was"
        return f"{opening}, this service {verb} affected: {services[0]}."
    verb = "have been" if ongoing else "were"
    return f"{opening}, these services {verb} affected:"


def listed_services(view: CustomerView) -> list[str]:
    """The services to list under the outage sentence (none when it names the only one)."""
    services = [s for s in view.services if s]
    return services if view.outage_window and len(services) > 1 else []


def loss_title(data_loss: str) -> str:
    return "What was lost" if data_loss == "confirmed" else "What may have been lost"


def loss_period(window: str) -> str:
    return f"Period concerned: {window}." if window else ""


def events_note(zone_label: str) -> str:
    return f"All times are {zone_label}." if zone_label else ""


def promise_status(promise: Promise) -> str:
    return "done" if promise.done else promise.due


def shows_data_loss(view: CustomerView) -> bool:
    return view.data_loss != "none" and bool(view.data_loss_statement or view.data_loss_window)
