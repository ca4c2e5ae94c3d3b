"""The document the export tests print: a marker word in every place a customer must never see."""

from __future__ import annotations

import datetime as dt

from postmortem.model import (
    ActionItem,
    ActionItems,
    ActionStatus,
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

EST = dt.timezone(dt.timedelta(hours=-5))
TODAY = dt.date(2026, 12, 1)

SECRETS = (
    "MetaNoteSecret",
    "SummaryNoteSecret",
    "TimelineNoteSecret",
    "ImpactNoteSecret",
    "RootCauseNoteSecret",
    "LessonsNoteSecret",
    "ActionsNoteSecret",
    "LetterNoteSecret",
    "HiddenEventSecret",
    "UnpromisedActionSecret",
    "OwnerSecret",
    "SlaSecret",
    "TriggerSecret",
)

LOGO = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
    b'<rect width="10" height="10" fill="#235"/></svg>'
)


def _event(hour: int, minute: int, kind: EventKind, text: str, *, visible: bool) -> TimelineEvent:
    return TimelineEvent(
        time=dt.datetime(2026, 11, 17, hour, minute, tzinfo=EST),
        kind=kind,
        customer_visible=visible,
        description=text,
    )


def build_document() -> Document:
    """A billing-export outage at a fictional analytics company."""
    signer = Person(
        name="Priya Natarajan",
        title="Head of Platform",
        bio="Priya has run the platform team since 2021 and ClosingBioMarker.",
    )
    return Document(
        meta=Meta(
            title="Billing exports delayed, 17 November 2026",
            incident_id="INC-77",
            severity=Severity.SEV2,
            status=Status.FINAL,
            date=dt.date(2026, 11, 24),
            time_zone="America/New_York",
            page_size="A4",
            organisation=Organisation(
                name="Larkspur Analytics",
                logo="logo.svg",
                contact_email="help@larkspur.example",
                website="https://larkspur.example",
                brand_colour="#2a6f4e",
            ),
            authors=[signer, Person(name="Ravi Mehta", title="SRE")],
            reviewers=[Person(name="Lena Fischer", title="CTO")],
            tags=["billing", "exports"],
            internal_notes="MetaNoteSecret: the draft went to legal first.",
        ),
        summary=Summary(
            text="Nightly billing exports ran nine hours late after a queue filled up.",
            internal_notes="SummaryNoteSecret",
        ),
        timeline=Timeline(
            events=[
                _event(1, 5, EventKind.TRIGGER, "The export queue stops accepting jobs.", visible=False),
                _event(
                    1, 20, EventKind.DETECTION, "HiddenEventSecret: the queue alarm fires.", visible=False
                ),
                _event(
                    2, 0, EventKind.COMMUNICATION, "VisibleEventMarker: status page updated.", visible=True
                ),
                _event(10, 15, EventKind.RESOLUTION, "All delayed exports delivered.", visible=True),
            ],
            internal_notes="TimelineNoteSecret",
        ),
        impact=Impact(
            start=dt.datetime(2026, 11, 17, 1, 5, tzinfo=EST),
            end=dt.datetime(2026, 11, 17, 10, 15, tzinfo=EST),
            services=["Billing exports", "Invoice e-mails"],
            customers_affected="Customers on monthly invoicing",
            description="ImpactDescriptionMarker: exports arrived up to nine hours late.",
            data_loss=DataLoss.POSSIBLE,
            data_loss_details="DataLossMarker: exports started between 01:05 and 01:20 may be incomplete.",
            data_loss_start=dt.datetime(2026, 11, 17, 1, 5, tzinfo=EST),
            data_loss_end=dt.datetime(2026, 11, 17, 1, 20, tzinfo=EST),
            customer_actions="CustomerActionsMarker: download the 17 November export again.",
            sla_notes="SlaSecret: two contracts owe credits.",
            internal_notes="ImpactNoteSecret",
        ),
        root_cause=RootCause(
            trigger="TriggerSecret: a retention job deleted the queue's spill files.",
            root_causes=["The queue had no size alarm."],
            contributing_factors=["The retention job ran at the same hour."],
            five_whys=[Why(question="Why did the queue stop?", answer="Its disk filled up.")],
            internal_notes="RootCauseNoteSecret",
        ),
        lessons=Lessons(
            went_well=["Support answered within the hour."],
            went_wrong=["Nobody watched the queue."],
            internal_notes="LessonsNoteSecret",
        ),
        action_items=ActionItems(
            items=[
                ActionItem(
                    title="PromisedActionMarker: alert on queue size",
                    description="Page the on-call engineer when the queue passes 80%.",
                    owner="OwnerSecret",
                    due=dt.date(2026, 11, 30),
                    priority=Priority.P1,
                    status=ActionStatus.OPEN,
                    customer_promised=True,
                ),
                ActionItem(
                    title="UnpromisedActionSecret: move retention to noon",
                    owner="OwnerSecret",
                    due=dt.date(2027, 1, 15),
                    priority=Priority.P3,
                ),
            ],
            internal_notes="ActionsNoteSecret",
        ),
        customer_letter=CustomerLetter(
            reference="Re: Late billing exports on 17 November",
            greeting="Dear Larkspur customers,",
            body=(
                "NarrativeMarker: a background job removed files our export queue needed, "
                "{{ impact_window }}.\n\n"
                "ApologyMarker: we are sorry for the delay.\n\n"
                "{{ timeline }}\n\n"
                "{{ data_loss }}\n\n"
                "{{ customer_action }}\n\n"
                "ResponsibilityMarker: this was our mistake.\n\n"
                "NextStepsMarker: we are adding an alarm.\n\n"
                "{{ promises }}\n\n"
                "CallToActionMarker: write to help@larkspur.example with questions."
            ),
            closing="With apologies,",
            signer="Priya Natarajan",
            include_bio=True,
            internal_notes="LetterNoteSecret",
        ),
    )
