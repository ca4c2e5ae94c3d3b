"""Blameless language in the internal analysis."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from postmortem.checks import Finding, Level, check
from postmortem.fileformat import load
from postmortem.model import Document

BLAMELESS_RULES = {"counterfactual", "blame-language", "named-blame"}


@pytest.fixture
def analysis(example_path: Path) -> Document:
    """The example, whose analysis is blameless; tests rewrite one contributing factor."""
    return load(example_path)


def _blame(document: Document, today: dt.date) -> list[Finding]:
    return [f for f in check(document, today=today) if f.rule in BLAMELESS_RULES]


def _say(document: Document, text: str, today: dt.date) -> list[tuple[str, str, str]]:
    """(rule, location, quoted words) for each blameless finding after writing `text` as factor 1."""
    document.root_cause.contributing_factors[1] = text
    return [(f.rule, f.location, text[f.span[0]:f.span[1]]) for f in _blame(document, today) if f.span]


def test_the_example_analysis_is_blameless(analysis: Document, today: dt.date) -> None:
    assert _blame(analysis, today) == []


@pytest.mark.parametrize(
    ("text", "rule", "quoted"),
    [
        ("The restore failed because of human error.", "blame-language", "human error"),
        ("A careless restart made it worse.", "blame-language", "careless"),
        ("The change was negligent.", "blame-language", "negligent"),
        ("Operator error slowed the restore.", "blame-language", "Operator error"),
        ("The night shift is to blame for the batch of disks.", "blame-language", "to blame"),
        ("The alert should have paged someone.", "counterfactual", "should have"),
        ("We could have caught the second disk.", "counterfactual", "could have"),
        ("If only the backup had been newer.", "counterfactual", "If only"),
        ("The engineer on duty failed to notice the alert.", "blame-language",
         "The engineer on duty failed to"),
        ("Someone didn't check the backup.", "blame-language", "Someone didn't"),
        ("She forgot to include the mail store.", "blame-language", "She forgot"),
        ("Tomás Reyes forgot to include the mail store.", "named-blame", "Tomás Reyes forgot"),
        ("Jonas missed the alert.", "named-blame", "Jonas missed"),
        ("Maren should have asked for a full backup.", "named-blame", "Maren should have"),
    ],
)
def test_blame_is_a_warning_on_the_words(
    analysis: Document, today: dt.date, text: str, rule: str, quoted: str
) -> None:
    assert _say(analysis, text, today) == [(rule, "root_cause.contributing_factors[1]", quoted)]
    finding = _blame(analysis, today)[0]
    assert finding.severity == Level.WARNING
    assert finding.audience == "internal"
    assert finding.suggestion == (
        "Describe what the responder knew and did at the time, and ask how the system allowed it."
    )


def test_messages_say_what_is_wrong(analysis: Document, today: dt.date) -> None:
    analysis.root_cause.contributing_factors[1] = "Tomás Reyes forgot the mail store; human error."
    assert [f.message for f in _blame(analysis, today)] == [
        "names Tomás Reyes as the one who got it wrong: “Tomás Reyes forgot”",
        "“human error” puts the fault on a person",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We failed to test a full restore.",  # the organisation owning a gap
        "The backup job failed to copy the mail store.",  # a system, described
        "The restore took longer than it should have.",  # outcome against plan
        "It could have been far worse on a release day.",  # weighing an outcome
        "Tomás Reyes restarted the restore in the runbook's order.",  # a name, doing a job
        "We no longer write “human error” in our reviews.",  # quoted, to retire it
        "The checklist said `careless mistakes` were the risk.",  # code, cited
        "Blameless reviews helped us find the real causes.",  # a longer word
        "Nobody is to blame for a batch of disks that wore out together.",  # saying so is the point
        "This was not human error: the checklist left the mail store out.",
        "We could have been faster with a rehearsed restore.",
    ],
)
def test_blameless_sentences_pass(analysis: Document, today: dt.date, text: str) -> None:
    assert _say(analysis, text, today) == []


def test_every_part_of_the_analysis_is_read(analysis: Document, today: dt.date) -> None:
    analysis.summary.text = "Human error took the site down."
    analysis.timeline.events[0].description = "The operator carelessly pulled the wrong disk."
    analysis.root_cause.five_whys[0].answer = "Because of human error."
    analysis.lessons.went_wrong[1] = "Someone should have checked the backup."
    assert [f.location for f in _blame(analysis, today)] == [
        "summary.text",
        "timeline.events[0].description",
        "root_cause.five_whys[0].answer",
        "lessons.went_wrong[1]",
    ]


def test_the_letter_may_say_we_should_have(analysis: Document, today: dt.date) -> None:
    # Owning a failure in the letter is the point; blameless checks read the analysis only.
    assert "being ready for that was our job" in analysis.customer_letter.body
    analysis.customer_letter.body += "\n\nHuman error on our side is no excuse; we are sorry."
    assert _blame(analysis, today) == []


def test_blame_matters_to_the_internal_report_only(analysis: Document, today: dt.date) -> None:
    analysis.root_cause.contributing_factors[1] = "Human error."
    assert [f.rule for f in check(analysis, "internal", today=today) if f.rule in BLAMELESS_RULES] == [
        "blame-language"
    ]
    assert [f for f in check(analysis, "customer", today=today) if f.rule in BLAMELESS_RULES] == []
