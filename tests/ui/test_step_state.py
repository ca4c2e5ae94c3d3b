"""Step states come from the same checks as `postmortem check`."""

from __future__ import annotations

import datetime as dt

from postmortem.checks import check
from postmortem.model import Document, EventKind, TimelineEvent
from ui.step_state import State, step_named, step_state

TIMELINE = step_named("timeline")


def test_an_untouched_section_is_empty() -> None:
    document = Document()
    assert step_state(TIMELINE, document, check(document)) == State.EMPTY


def test_a_started_section_is_in_progress(sample_document: Document) -> None:
    document = Document()
    document.timeline.events = [TimelineEvent(time=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), description="x")]
    assert step_state(TIMELINE, document, check(document)) == State.IN_PROGRESS


def test_impossible_order_is_a_problem(sample_document: Document, today: dt.date) -> None:
    events = sample_document.timeline.events
    detection = next(e for e in events if e.kind == EventKind.DETECTION)
    trigger = next(e for e in events if e.kind == EventKind.TRIGGER)
    detection.time = trigger.time - dt.timedelta(hours=1)
    assert step_state(TIMELINE, sample_document, check(sample_document, today=today)) == State.PROBLEMS


def test_a_finished_section_is_complete(sample_document: Document, today: dt.date) -> None:
    findings = check(sample_document, today=today)
    assert step_state(TIMELINE, sample_document, findings) == State.COMPLETE
