"""Fixtures shared by the core tests (no Qt here: the GUI tests have tests/ui/conftest.py)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from postmortem.model import (
    ActionItem,
    ActionItems,
    ActionStatus,
    Category,
    CustomerLetter,
    DataLoss,
    Document,
    EventKind,
    Impact,
    Lessons,
    Meta,
    Organisation,
    Person,
    Priority,
    RootCause,
    Severity,
    Status,
    Summary,
    Timeline,
    TimelineEvent,
    Why,
)

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "raid-outage" / "raid-outage.postmortem"

# Round-trip properties run a few hundred examples; the suite must stay fast and
# never fail on a slow CI machine, so no per-example deadline.
settings.register_profile(
    "core", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("quick", max_examples=25, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "core"))

EDT = dt.timezone(dt.timedelta(hours=-4))
CET = dt.timezone(dt.timedelta(hours=1))


@pytest.fixture
def example_path() -> Path:
    """The shipped example, read-only: copy it (see `example_copy`) before changing it."""
    return EXAMPLE


@pytest.fixture
def today() -> dt.date:
    """A fixed "today" for checks, so that overdue warnings do not depend on the calendar."""
    return dt.date(2026, 11, 6)


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    """A writable copy of the example in its own folder, with its logo beside it."""
    folder = tmp_path / "raid-outage"
    folder.mkdir()
    for source in EXAMPLE.parent.iterdir():
        (folder / source.name).write_bytes(source.read_bytes())
    return folder / EXAMPLE.name


def build_sample_document() -> Document:
    """A complete, ready-to-publish postmortem: a certificate expiry that took an API down.

    Times are written at two offsets (the on-call engineer logged in Berlin
    time, the status page in New York time) to exercise offset handling.
    """
    maria = Person(
        name="Maria Lindqvist",
        title="Head of Platform",
        email="maria.lindqvist@example.com",
        bio="Maria has run the platform team since 2021.\n\nBefore that she built payment systems.",
    )
    sam = Person(name="Sam Okafor", title="Site Reliability Engineer", email="sam.okafor@example.com")
    events = [
        TimelineEvent(
            time=dt.datetime(2026, 3, 2, 8, 0, tzinfo=CET),
            kind=EventKind.TRIGGER,
            customer_visible=True,
            description="The TLS certificate for `api.example.com` expires; clients refuse to connect.",
        ),
        TimelineEvent(
            time=dt.datetime(2026, 3, 2, 8, 7, tzinfo=CET),
            kind=EventKind.DETECTION,
            description="Synthetic checks page the on-call engineer.",
        ),
        TimelineEvent(
            time=dt.datetime(2026, 3, 2, 8, 20, tzinfo=CET),
            kind=EventKind.ESCALATION,
            description="The on-call engineer pulls in the platform lead.",
        ),
        TimelineEvent(
            time=dt.datetime(2026, 3, 2, 3, 5, tzinfo=EDT),
            kind=EventKind.COMMUNICATION,
            customer_visible=True,
            description="Status page updated: *API unavailable*, investigating.",
        ),
        TimelineEvent(
            time=dt.datetime(2026, 3, 2, 9, 2, tzinfo=CET),
            kind=EventKind.MITIGATION,
            customer_visible=True,
            description="A renewed certificate is deployed to the load balancers.",
        ),
        TimelineEvent(
            time=dt.datetime(2026, 3, 2, 9, 30, tzinfo=CET),
            kind=EventKind.RESOLUTION,
            customer_visible=True,
            description="Error rates are back to normal; the incident is closed.",
        ),
    ]
    return Document(
        meta=Meta(
            title="API outage after a certificate expired",
            incident_id="INC-2026-007",
            severity=Severity.SEV2,
            status=Status.IN_REVIEW,
            date=dt.date(2026, 3, 9),
            time_zone="Europe/Berlin",
            organisation=Organisation(
                name="Example Cloud GmbH",
                logo="logo.svg",
                contact_email="support@example.com",
                website="https://status.example.com",
                phone="+49 30 5550 1234",
                brand_colour="#0b5394",
            ),
            authors=[maria, sam],
            reviewers=[Person(name="Jonas Weber", title="CTO")],
            tags=["tls", "api"],
            internal_notes="Renewal job had been failing silently since January.",
        ),
        summary=Summary(
            text=(
                "On 2 March our public API refused every connection for 62 minutes "
                "because its TLS certificate expired.\n\n"
                "Customers' integrations failed until a renewed certificate was deployed."
            ),
            internal_notes="See the renewal job's logs in the ops bucket.",
        ),
        timeline=Timeline(events=events, internal_notes="Times from the pager history."),
        impact=Impact(
            start=dt.datetime(2026, 3, 2, 8, 0, tzinfo=CET),
            end=dt.datetime(2026, 3, 2, 9, 2, tzinfo=CET),
            services=["Public API", "Webhooks"],
            customers_affected="Every customer using the API",
            customers_affected_count=412,
            customers_affected_percent=37.5,
            description="Every API call failed with a TLS error.\n\nWebhooks were queued, not lost.",
            data_loss=DataLoss.NONE,
            customer_actions="Nothing: no action is needed.",
            sla_notes="Within the monthly error budget; no credits owed.",
        ),
        root_cause=RootCause(
            trigger="The API's TLS certificate reached its expiry date.",
            root_causes=["The renewal job failed for eight weeks without alerting anyone."],
            contributing_factors=["Certificate expiry was not monitored.", "The runbook was out of date."],
            five_whys=[Why(question="Why did the certificate expire?", answer="Renewal failed silently.")],
            detection_analysis="Synthetic checks paged within seven minutes.",
            response_analysis="Quick; the renewal itself took longest.",
            internal_notes="The renewal job's credentials had been rotated without updating it.",
        ),
        lessons=Lessons(
            went_well=["Synthetic checks paged quickly."],
            went_wrong=["Nobody watched the renewal job."],
            got_lucky=["The outage began outside our biggest customers' business hours."],
        ),
        action_items=ActionItems(
            items=[
                ActionItem(
                    title="Alert 21 days before any certificate expires",
                    description="Monitor every public endpoint's certificate.",
                    owner="Sam Okafor",
                    due=dt.date(2026, 12, 1),
                    priority=Priority.P1,
                    category=Category.DETECT,
                    status=ActionStatus.IN_PROGRESS,
                    tracker="https://tracker.example.com/PLAT-101",
                    customer_promised=True,
                ),
                ActionItem(
                    title="Page on renewal job failures",
                    owner="Maria Lindqvist",
                    due=dt.date(2026, 12, 15),
                    priority=Priority.P2,
                    category=Category.PREVENT,
                    tracker="https://tracker.example.com/PLAT-102",
                ),
            ]
        ),
        customer_letter=CustomerLetter(
            date=dt.date(2026, 3, 9),
            reference="Re: API outage of 2 March 2026",
            greeting="Dear customers,",
            body=(
                "Our public API was unavailable {{ impact_window }}.\n\n"
                "We are sorry: your integrations failed because of a mistake of ours.\n\n"
                "{{ data_loss }}\n\n"
                "{{ customer_action }}\n\n"
                "Renewing certificates is our job, and we failed at it.\n\n"
                "We now alert three weeks before any certificate expires:\n\n"
                "{{ promises }}\n\n"
                "Questions? Write to support@example.com; a person will answer."
            ),
            closing="Sincerely,",
            signer="Maria Lindqvist",
            include_bio=True,
        ),
    )


@pytest.fixture
def sample_document() -> Document:
    """A complete postmortem built in Python; each test gets its own copy to change."""
    return build_sample_document()
