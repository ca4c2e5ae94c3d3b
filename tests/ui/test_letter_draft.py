"""'Draft from analysis' fills only empty letter parts, and only with what customers may read."""

from __future__ import annotations

import datetime as dt

from postmortem.model import ActionItem, Document, EventKind, TimelineEvent
from ui.letter_draft import draft_letter


def _document() -> Document:
    document = Document()
    start = dt.datetime(2026, 10, 28, 2, 10, tzinfo=dt.UTC)
    document.meta.organisation.name = "Northwind"
    document.meta.organisation.contact_email = "support@northwind.example"
    document.impact.start = start
    document.impact.end = start + dt.timedelta(hours=30)
    document.impact.services = ["Web site", "Support desk"]
    document.impact.data_loss = "possible"
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
        ActionItem(title="Alert the on-call rota", customer_promised=True, due=dt.date(2026, 11, 15)),
        ActionItem(title="SECRET unpromised action"),
    ]
    document.root_cause.trigger = "SECRET trigger detail"
    return document


def test_the_draft_uses_customer_visible_facts() -> None:
    draft = draft_letter(_document())
    assert set(draft) == {"narrative", "apology", "responsibility", "next_steps", "call_to_action"}
    assert "Web site went down" in draft["narrative"]
    assert "may have been lost" in draft["narrative"]
    assert "Support messages sent during the outage" in draft["narrative"]
    assert "Alert the on-call rota (by 15 November 2026)" in draft["next_steps"]
    assert "resend" in draft["call_to_action"] and "support@northwind.example" in draft["call_to_action"]


def test_the_draft_never_contains_internal_content() -> None:
    text = "\n".join(draft_letter(_document()).values())
    assert "SECRET" not in text


def test_the_draft_never_overwrites_what_the_writer_wrote() -> None:
    document = _document()
    document.customer_letter.apology = "My own apology."
    document.customer_letter.narrative = "My own story."
    draft = draft_letter(document)
    assert "apology" not in draft and "narrative" not in draft
    assert "responsibility" in draft


def test_an_empty_analysis_drafts_no_promises() -> None:
    draft = draft_letter(Document())
    assert "next_steps" not in draft and "call_to_action" not in draft
