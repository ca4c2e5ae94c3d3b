"""Checks: what `postmortem check` and the app's step list tell the writer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from postmortem import checks
from postmortem.checks import Audience, Finding, Level, is_ready
from postmortem.fileformat import load
from postmortem.model import (
    ActionItem,
    ActionStatus,
    CustomerLetter,
    DataLoss,
    Document,
    EventKind,
    Status,
    TimelineEvent,
)
from postmortem.templates import TEMPLATES, new_document

UTC = dt.UTC


def check(document: Document, audience: Audience | None = None, *, today: dt.date) -> list[Finding]:
    """The checks, less the reading-grade hint every letter carries (see tests/test_guidance_letter.py)."""
    return [f for f in checks.check(document, audience, today=today) if f.rule != "reading-grade"]


def _errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == Level.ERROR]


def _locations(findings: list[Finding], rule: str | None = None) -> list[str]:
    return [f.location for f in findings if rule is None or f.rule == rule]


def test_example_is_ready_with_no_errors(example_path: Path, today: dt.date) -> None:
    findings = check(load(example_path), today=today)
    assert _errors(findings) == []
    assert is_ready(findings)
    for audience in ("customer", "internal"):
        assert _errors(check(load(example_path), audience, today=today)) == []


def test_sample_document_has_no_findings(sample_document: Document, today: dt.date) -> None:
    assert check(sample_document, today=today) == []


@pytest.mark.parametrize("template", ["customer-outage", "internal-review"])
def test_template_prompts_are_errors_where_they_stand(template: str, today: dt.date) -> None:
    document = new_document(template, today=today)
    findings = check(document, today=today)
    prompts = [f for f in findings if f.rule == "prompt"]
    assert not is_ready(findings)
    assert all(f.severity == Level.ERROR for f in prompts)
    locations = _locations(prompts)
    expected = {"meta.title", "summary.text", "meta.authors[0].name", "action_items.items[0].title"}
    assert expected <= set(locations)
    title = next(f for f in prompts if f.location == "meta.title")
    assert title.message == (
        "still holds the template's prompt: "
        "Short title customers would recognise, e.g. Web site and support desk outage"
    )


def test_customer_template_flags_letter_prompts(today: dt.date) -> None:
    locations = _locations(check(new_document("customer-outage", today=today), "customer", today=today))
    assert "customer_letter.body" in locations
    assert "customer_letter.signer" in locations


def test_every_template_is_not_ready(today: dt.date) -> None:
    for name in TEMPLATES:
        assert not is_ready(check(new_document(name, today=today), today=today)), name


def test_replacing_a_prompt_removes_its_finding(sample_document: Document, today: dt.date) -> None:
    sample_document.root_cause.detection_analysis = "We noticed [[how?]] quickly."
    findings = check(sample_document, today=today)
    assert [(f.location, f.message) for f in findings] == [
        ("root_cause.detection_analysis", "still holds the template's prompt: how?")
    ]
    sample_document.root_cause.detection_analysis = "We noticed quickly."
    assert check(sample_document, today=today) == []


def _events(*kinds_and_hours: tuple[EventKind, int]) -> list[TimelineEvent]:
    return [
        TimelineEvent(time=dt.datetime(2026, 3, 2, hour, tzinfo=UTC), kind=kind, description=kind.value)
        for kind, hour in kinds_and_hours
    ]


def test_detected_before_triggered_points_at_the_detection_event(
    sample_document: Document, today: dt.date
) -> None:
    sample_document.timeline.events = _events(
        (EventKind.ACTION, 7), (EventKind.TRIGGER, 9), (EventKind.DETECTION, 8), (EventKind.RESOLUTION, 10)
    )
    order = [f for f in check(sample_document, today=today) if f.rule == "order"]
    assert [(f.severity, f.location, f.message) for f in order] == [
        (Level.ERROR, "timeline.events[2].time", "the incident is detected before it was triggered")
    ]


def test_ordering_location_is_the_earliest_event_of_its_kind(
    sample_document: Document, today: dt.date
) -> None:
    # Two resolution events: the first in time (index 3) decides, wherever it is written.
    sample_document.timeline.events = _events(
        (EventKind.TRIGGER, 8),
        (EventKind.RESOLUTION, 12),
        (EventKind.DETECTION, 9),
        (EventKind.RESOLUTION, 7),
    )
    order = [f for f in check(sample_document, today=today) if f.rule == "order"]
    assert _locations(order) == ["timeline.events[3].time", "timeline.events[3].time"]
    assert [f.message for f in order] == [
        "the incident is resolved before it was triggered",
        "the incident is resolved before it was detected",
    ]


def test_detection_before_impact_start_without_trigger_event(
    sample_document: Document, today: dt.date
) -> None:
    # With no trigger event, the incident starts when the impact does.
    sample_document.timeline.events = _events((EventKind.DETECTION, 7), (EventKind.RESOLUTION, 10))
    sample_document.impact.start = dt.datetime(2026, 3, 2, 8, tzinfo=UTC)
    sample_document.impact.end = dt.datetime(2026, 3, 2, 9, tzinfo=UTC)
    order = [f for f in check(sample_document, today=today) if f.rule == "order"]
    assert _locations(order) == ["timeline.events[0].time"]


def test_data_loss_window_backwards(sample_document: Document, today: dt.date) -> None:
    sample_document.impact.data_loss = DataLoss.POSSIBLE
    sample_document.impact.data_loss_details = "Uploads made during the outage."
    sample_document.impact.data_loss_start = dt.datetime(2026, 3, 2, 9, tzinfo=UTC)
    sample_document.impact.data_loss_end = dt.datetime(2026, 3, 2, 8, tzinfo=UTC)
    assert _locations(_errors(check(sample_document, today=today))) == ["impact.data_loss_end"]


def test_data_loss_must_be_described_for_customers(sample_document: Document, today: dt.date) -> None:
    sample_document.impact.data_loss = DataLoss.CONFIRMED
    findings = check(sample_document, today=today)
    # The letter's {{ data_loss }} has nothing to print, and says so where it stands.
    assert _locations(findings) == ["impact.data_loss_details", "customer_letter.body"]
    assert {f.audience for f in findings} == {"customer"}
    assert check(sample_document, "internal", today=today) == []


# ---------------------------------------------------------------- audiences


def test_audience_filtering(sample_document: Document, today: dt.date) -> None:
    sample_document.customer_letter.body = sample_document.customer_letter.body.replace(
        "We are sorry: your", "Sadly, your"
    )  # customer-only: the letter no longer apologises
    sample_document.root_cause.trigger = ""  # internal-only
    sample_document.meta.title = ""  # both
    both = _locations(check(sample_document, today=today))
    customer = _locations(check(sample_document, "customer", today=today))
    internal = _locations(check(sample_document, "internal", today=today))
    assert set(both) == {"customer_letter.body", "root_cause.trigger", "meta.title"}
    assert set(customer) == {"customer_letter.body", "meta.title"}
    assert set(internal) == {"root_cause.trigger", "meta.title"}


def test_internal_review_without_letter_gets_one_hint(sample_document: Document, today: dt.date) -> None:
    sample_document.customer_letter = CustomerLetter()
    sample_document.action_items.items[0].customer_promised = False
    findings = check(sample_document, today=today)
    assert [(f.severity, f.location, f.rule) for f in findings] == [
        (Level.HINT, "customer_letter", "no-letter")
    ]
    assert is_ready(findings)
    customer = check(sample_document, "customer", today=today)
    assert ("customer_letter.body", "required") in [(f.location, f.rule) for f in customer]


def test_letter_signer_must_be_an_author_with_a_title(sample_document: Document, today: dt.date) -> None:
    sample_document.customer_letter.signer = "Someone Else"
    assert [(f.location, f.message) for f in check(sample_document, today=today)] == [
        ("customer_letter.signer", "'Someone Else' is not one of the authors")
    ]
    sample_document.customer_letter.signer = "Maria Lindqvist"
    sample_document.meta.authors[0].title = ""
    assert [f.message for f in check(sample_document, today=today)] == [
        "the signer Maria Lindqvist has no title"
    ]


# ---------------------------------------------------------------- status and severities


def test_final_with_errors_adds_an_error_on_status(sample_document: Document, today: dt.date) -> None:
    sample_document.meta.status = Status.FINAL
    assert check(sample_document, today=today) == []
    sample_document.summary.text = ""
    findings = check(sample_document, today=today)
    assert _locations(findings) == ["summary.text", "meta.status"]
    assert findings[-1].severity == Level.ERROR
    assert findings[-1].rule == "final-with-errors"


def test_in_review_with_errors_gets_no_status_error(sample_document: Document, today: dt.date) -> None:
    sample_document.summary.text = ""
    assert "meta.status" not in _locations(check(sample_document, today=today))


def test_errors_come_before_warnings_and_hints(sample_document: Document, today: dt.date) -> None:
    sample_document.meta.incident_id = ""  # hint
    sample_document.action_items.items[1].owner = ""  # warning
    sample_document.meta.title = ""  # error
    findings = check(sample_document, today=today)
    assert [f.severity for f in findings] == [Level.ERROR, Level.WARNING, Level.HINT]


def test_overdue_depends_on_the_given_day(sample_document: Document) -> None:
    item = sample_document.action_items.items[0]
    assert check(sample_document, today=item.due) == []
    late = check(sample_document, today=item.due + dt.timedelta(days=1))
    assert [(f.severity, f.location, f.rule) for f in late] == [
        (Level.WARNING, "action_items.items[0].due", "overdue")
    ]
    item.status = ActionStatus.DONE
    assert check(sample_document, today=item.due + dt.timedelta(days=1)) == []


def test_promises_field_without_a_promised_action_is_a_customer_error(
    sample_document: Document, today: dt.date
) -> None:
    sample_document.action_items.items = [ActionItem(title="Internal cleanup", owner="Sam", due=today)]
    findings = check(sample_document, "customer", today=today)
    assert [(f.location, f.rule) for f in findings] == [("customer_letter.body", "empty-field")]
    assert findings[0].message.startswith("{{ promises }} at line 13, column 1 has nothing to print")


def test_finding_renders_as_location_and_message() -> None:
    finding = Finding(Level.ERROR, "impact.end", "when customer impact ended is missing", rule="required")
    assert str(finding) == "impact.end: when customer impact ended is missing"
    assert finding.section == "impact"
    assert Finding(Level.WARNING, "action_items.items[2].owner", "x").section == "action_items"
