"""'Draft from analysis': a first-person body in the reader's order, facts as fields, nothing internal."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from postmortem.export import export
from postmortem.letter_draft import can_replace, draft_body
from postmortem.model import ActionItem, DataLoss, Document, EventKind, TimelineEvent
from postmortem.templates import new_document

NEW_YORK = dt.timezone(dt.timedelta(hours=-4))


def _document() -> Document:
    document = Document()
    start = dt.datetime(2011, 10, 27, 4, 0, tzinfo=NEW_YORK)
    document.meta.time_zone = "America/New_York"
    document.meta.organisation.name = "Northwind"
    document.meta.organisation.contact_email = "support@northwind.example"
    document.impact.start = start
    document.impact.end = start + dt.timedelta(hours=33)
    document.impact.services = ["Web site", "E-mail", "Support system"]
    document.impact.data_loss = DataLoss.POSSIBLE
    document.impact.data_loss_details = "Support messages sent during the outage may be lost."
    document.impact.customer_actions = "Please resend any support message sent during the outage."
    document.impact.internal_notes = "SECRET impact note"
    document.timeline.events = [
        TimelineEvent(
            time=start, kind=EventKind.TRIGGER, description="Web site went down", customer_visible=True
        ),
        TimelineEvent(time=start, kind=EventKind.ACTION, description="SECRET internal step"),
    ]
    document.action_items.items = [
        ActionItem(title="Alert the on-call rota", customer_promised=True, due=dt.date(2011, 11, 15)),
        ActionItem(title="SECRET unpromised action"),
    ]
    document.root_cause.trigger = "SECRET trigger detail"
    return document


def _printed(document: Document) -> str:
    document.customer_letter.body = draft_body(document)
    return " ".join(export(document, "md", "customer").decode().split())


def test_the_draft_uses_fields_for_the_facts_in_the_readers_order() -> None:
    body = draft_body(_document())
    order = ["{{ impact_window }}", "{{ services }}", "{{ timeline }}", "{{ data_loss }}",
             "{{ customer_action }}", "[[What went wrong", "{{ promises }}", "The failure was ours",
             "I am sorry", "{{ contact_email }}"]
    positions = [body.find(piece) for piece in order]
    assert -1 not in positions and positions == sorted(positions)
    # No fact is copied into the draft: each is printed by its field.
    for copied in ("Web site went down", "may be lost", "Please resend", "Alert the on-call rota", "2011"):
        assert copied not in body


def test_the_printed_draft_reads_well_aloud() -> None:
    text = _printed(_document())
    # The defects: title-cased names mid-sentence, and parentheses inside parentheses.
    assert "Web site, E-mail and Support system" not in text
    assert "web site, e-mail and support system" in text
    assert not re.search(r"\([^()]*\(", text)
    window = "from Thursday 27 October 2011, 04:00 to Friday 28 October 2011, 13:00 New York time (EDT, UTC"
    assert window in text
    for stock in ("any inconvenience", "rest assured", "we take this very seriously", "valued customer",
                  "regret", "unforeseen"):
        assert stock not in text.lower()


def test_the_draft_never_contains_internal_content() -> None:
    assert "SECRET" not in _printed(_document())


@pytest.mark.parametrize("name", ["customer-outage", "personal-letter"])
def test_the_draft_replaces_a_templates_prompts(name: str) -> None:
    # The defect: "Nothing to draft" while the template's prompts were in place.
    assert can_replace(new_document(name).customer_letter.body)


def test_the_draft_does_not_replace_the_writers_own_words() -> None:
    assert can_replace("")
    assert can_replace("[[Say sorry.]]\n\n{{ timeline }}\n\nIt lasted {{ impact_window }}.")
    assert not can_replace("I am sorry that our web site was down for two days.")

