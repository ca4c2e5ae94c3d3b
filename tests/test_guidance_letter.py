"""The customer letter: apologies, ownership, suppliers, jargon, times, data loss, reading level."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from postmortem.checks import Finding, Level, Settings, check
from postmortem.checks.readability import score, syllables
from postmortem.fileformat import load
from postmortem.model import ActionStatus, CustomerLetter, DataLoss, Document


@pytest.fixture
def letter(example_path: Path) -> Document:
    """The example, whose letter passes every check; tests change one part of it."""
    return load(example_path)


def _found(document: Document, rule: str, today: dt.date) -> list[Finding]:
    return [f for f in check(document, today=today) if f.rule == rule]


def _add(document: Document, text: str) -> None:
    """A paragraph added at the end of the example's letter."""
    document.customer_letter.body += "\n\n" + text


def _quoted(document: Document, finding: Finding) -> str:
    """The text a finding's span points at, in its field."""
    section, field = finding.location.split(".", 1)
    text = getattr(getattr(document, section), field)
    assert finding.span is not None
    return text[finding.span[0]:finding.span[1]]


# ---------------------------------------------------------------- apologies and ownership


@pytest.mark.parametrize(
    ("apology", "quoted"),
    [
        ("We apologise for any inconvenience this may have caused.", "any inconvenience"),
        ("We are sorry for the inconvenience.", "are sorry for the inconvenience"),
        ("We are sorry if you were affected.", "are sorry if"),
        ("Sorry for any trouble.", "Sorry for any"),
        ("We regret any disruption.", "regret any"),
        ("We are sorry you feel let down.", "sorry you feel"),
        ("We regret that some customers may have experienced issues.",
         "regret that some customers may have experienced"),
        ("Mistakes were made, and we are sorry.", "Mistakes were made"),
        ("Our apologies to anyone who may have been affected.", "to anyone who may have been affected"),
    ],
)
def test_non_apologies_are_errors(letter: Document, today: dt.date, apology: str, quoted: str) -> None:
    _add(letter, apology)
    found = _found(letter, "non-apology", today)
    assert len(found) == 1
    assert found[0].severity == Level.ERROR
    assert found[0].location == "customer_letter.body"
    assert _quoted(letter, found[0]) == quoted
    assert found[0].suggestion.startswith("Say what you are sorry for, plainly")


@pytest.mark.parametrize(
    "apology",
    [
        "I am sorry: for two days you could not reach us.",
        "We know this was far more than an inconvenience, and we are sorry.",
        "We will never again write “sorry for any inconvenience” to you.",
    ],
)
def test_real_apologies_pass(letter: Document, today: dt.date, apology: str) -> None:
    letter.customer_letter.body = letter.customer_letter.body.replace("I am sorry.", apology)
    assert _found(letter, "non-apology", today) == []
    assert _found(letter, "no-apology", today) == []


def test_a_letter_that_never_says_sorry_is_an_error(letter: Document, today: dt.date) -> None:
    letter.customer_letter.body = letter.customer_letter.body.replace(
        "I am sorry.", "This outage fell short of our standards."
    )
    letter.customer_letter.closing = "Yours,"
    found = _found(letter, "no-apology", today)
    assert [(f.severity, f.location, f.message) for f in found] == [
        (Level.ERROR, "customer_letter.body", "the letter never apologises")
    ]


def test_the_letter_must_own_the_failure(letter: Document, today: dt.date) -> None:
    letter.customer_letter.body = (
        "On Monday the web site was down.\n\nI am sorry.\n\nHardware can fail at any time."
    )
    found = _found(letter, "ownership", today)
    assert [(f.location, f.message) for f in found] == [
        ("customer_letter.body", "the letter does not own the failure")
    ]
    _add(letter, "Hardware fails; being ready for it was our job.")
    assert _found(letter, "ownership", today) == []
    # Owning it anywhere in the letter counts.
    letter.customer_letter.body = (
        "On 27 October the service was down for a day. The responsibility rests on me.\n\nI am sorry."
    )
    assert _found(letter, "ownership", today) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("The storm was beyond our control.", "beyond our control"),
        ("We had no control over the power cut.", "had no control over"),
        ("This was not our fault.", "not our fault"),
    ],
)
def test_deflection_is_a_warning(letter: Document, today: dt.date, text: str, quoted: str) -> None:
    _add(letter, text)
    found = _found(letter, "deflection", today)
    assert [(f.severity, _quoted(letter, f)) for f in found] == [(Level.WARNING, quoted)]


# ---------------------------------------------------------------- suppliers


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Our hosting provider had a major outage.", "hosting provider had a major outage"),
        ("The outage was caused by our cloud provider.", "caused by our cloud provider"),
        ("A third-party vendor failed to renew the certificate.", "third-party vendor failed"),
        ("It was our supplier's mistake.", "supplier's mistake"),
    ],
)
def test_blaming_a_supplier_is_a_warning(letter: Document, today: dt.date, text: str, quoted: str) -> None:
    letter.customer_letter.body = f"{text}\n\nI am sorry it happened."
    found = _found(letter, "vendor-blame", today)
    assert [(f.severity, f.location, _quoted(letter, f)) for f in found] == [
        (Level.WARNING, "customer_letter.body", quoted)
    ]
    assert "depending on it was your decision" in found[0].suggestion


def test_owning_the_choice_of_supplier_passes(letter: Document, today: dt.date) -> None:
    example = letter.customer_letter.body
    letter.customer_letter.body = "Our hosting provider had an outage. We chose to depend on it alone."
    assert _found(letter, "vendor-blame", today) == []
    letter.customer_letter.body = example
    # The example owns its decisions later in the letter: that counts for the whole letter.
    _add(letter, "Our hosting provider had a major outage.")
    assert "Those were our decisions, and I am responsible for them." in letter.customer_letter.body
    assert _found(letter, "vendor-blame", today) == []


def test_a_supplier_that_did_its_job_is_not_blamed(letter: Document, today: dt.date) -> None:
    # The example's own words: the mail provider held mail during the outage.
    letter.customer_letter.body = "I am sorry.\n\n{{ data_loss }}"
    assert "mail provider held most of the mail" in letter.impact.data_loss_details
    assert _found(letter, "vendor-blame", today) == []


# ---------------------------------------------------------------- jargon


def test_jargon_is_reported_once_per_term_and_part_with_a_plain_alternative(
    letter: Document, today: dt.date
) -> None:
    letter.customer_letter.body = "The RAID array moved to a replica; the replicas lagged, RAID again."
    found = _found(letter, "jargon", today)
    assert [(f.message, _quoted(letter, f)) for f in found] == [
        ("“RAID” is jargon customers may not know (2 times in this field)", "RAID"),
        ("“replica” is jargon customers may not know (2 times in this field)", "replica"),
    ]
    assert found[1].suggestion == "Say “copy of the data” instead, or explain it in a few words."


def test_jargon_respects_case_and_word_boundaries(letter: Document, today: dt.date) -> None:
    # "RAID" is written in capitals, so the word "raid" is not it; "failover"
    # is lower case, so "Failover" is; "clustered" is not "cluster".
    letter.customer_letter.body = "After the raid on our offices, Failover saved us. Data clustered."
    found = _found(letter, "jargon", today)
    assert [_quoted(letter, f) for f in found] == ["Failover"]


def test_jargon_inside_addresses_is_not_jargon(letter: Document, today: dt.date) -> None:
    letter.customer_letter.body = "See https://status.example.com/dns or dns.example.com."
    assert _found(letter, "jargon", today) == []


def test_jargon_in_customer_visible_events_but_not_internal_ones(letter: Document, today: dt.date) -> None:
    _add(letter, "{{ timeline }}")
    letter.timeline.events[3].description = "The RAID controller starts the rebuild."  # customer-visible
    letter.timeline.events[5].description = "The RAID controller logs the failure."  # internal
    assert [f.location for f in _found(letter, "jargon", today)] == ["timeline.events[3].description"]


# ---------------------------------------------------------------- times and zones


def test_a_time_without_a_zone_is_a_warning(letter: Document, today: dt.date) -> None:
    letter.customer_letter.body = "I am sorry.\n\nThe changes start at 14:05 on Monday."
    found = _found(letter, "time-zone", today)
    assert [(f.location, f.message, _quoted(letter, f)) for f in found] == [
        ("customer_letter.body", "gives the time 14:05 without a time zone", "14:05")
    ]
    assert found[0].suggestion == "Say which zone, once in the letter, e.g. “New York time”."


@pytest.mark.parametrize(
    "text",
    [
        "The changes start at 14:05 UTC on Monday.",
        "The changes start at 2:05 pm Eastern Time on Monday.",
        "The changes start at 14:05 on Monday (New York time).",
        "The changes start at 14:05 EST on Monday.",
        "The changes start on Monday.",
    ],
)
def test_a_time_with_its_zone_passes(letter: Document, today: dt.date, text: str) -> None:
    letter.customer_letter.body = text
    assert _found(letter, "time-zone", today) == []


def test_a_field_that_prints_the_zone_covers_the_letters_times(letter: Document, today: dt.date) -> None:
    # {{ impact_window }} prints the zone, so a bare clock time elsewhere in the letter can be placed.
    letter.customer_letter.body = "We were down {{ impact_window }}.\n\nWe were back at 16:20."
    assert _found(letter, "time-zone", today) == []
    letter.customer_letter.body = "We were down for a day.\n\nWe were back at 16:20."
    assert [f.location for f in _found(letter, "time-zone", today)] == ["customer_letter.body"]
    # The impact's own description is not printed in the letter, so it is not the letter's business.
    assert _quoted(letter, _found(letter, "time-zone", today)[0]) == "16:20"


# ---------------------------------------------------------------- data loss


def _no_data_loss(document: Document) -> None:
    """The example, rewritten as if no data had been lost."""
    impact = document.impact
    impact.data_loss = DataLoss.NONE
    impact.data_loss_details = ""
    impact.data_loss_start = impact.data_loss_end = None
    impact.customer_actions = "Nothing."


def test_words_that_contradict_the_data_loss_status_are_errors(letter: Document, today: dt.date) -> None:
    _add(letter, "Rest easy: no data was lost.")
    found = _found(letter, "data-loss-contradiction", today)
    assert [(f.severity, f.location, f.message) for f in found] == [
        (Level.ERROR, "customer_letter.body",
         "says “no data was lost”, but data loss is marked possible")
    ]
    _no_data_loss(letter)
    letter.customer_letter.body = "Some support messages were lost.\n\nWrite to us."
    found = _found(letter, "data-loss-contradiction", today)
    assert [f.message for f in found] == ["says “support messages were lost”, but data loss is marked none"]


@pytest.mark.parametrize("text", ["No messages were lost.", "Webhooks were queued, not lost.",
                                  "Without the backup, a month of data could have been lost."])
def test_saying_nothing_was_lost_agrees_with_none(letter: Document, today: dt.date, text: str) -> None:
    _no_data_loss(letter)
    letter.customer_letter.body = text
    assert _found(letter, "data-loss-contradiction", today) == []


def test_data_loss_in_vague_words_and_without_a_period(letter: Document, today: dt.date) -> None:
    letter.impact.data_loss_details = "Some records may have been impacted."
    letter.impact.data_loss_start = None
    assert [(f.location, f.message) for f in _found(letter, "data-loss-plain", today)] == [
        ("impact.data_loss_details", "does not say plainly what was or may be lost")
    ]
    assert [f.location for f in _found(letter, "data-loss-window", today)] == ["impact.data_loss_start"]


def test_a_letter_silent_about_data_gets_a_hint(letter: Document, today: dt.date) -> None:
    _no_data_loss(letter)
    for event in letter.timeline.events:
        event.customer_visible = False
    letter.customer_letter.body = (
        "The web site was down for a day.\n\nWrite to support@northwind-loadlabs.example."
    )
    found = _found(letter, "data-loss-unstated", today)
    assert [(f.severity, f.location) for f in found] == [(Level.HINT, "customer_letter.body")]
    letter.customer_letter.body += "\n\n{{ data_loss }}"
    assert _found(letter, "data-loss-unstated", today) == []


# ---------------------------------------------------------------- promises


def test_a_promise_in_the_letter_must_be_marked_customer_promised(letter: Document, today: dt.date) -> None:
    promise = (
        "We will keep one set of restore instructions and retire the old wiki page by the end of November."
    )
    _add(letter, promise)
    found = _found(letter, "unmarked-promise", today)
    assert [(f.severity, f.location) for f in found] == [(Level.WARNING, "customer_letter.body")]
    assert found[0].message.startswith(
        "promises 'One restore runbook; retire the wiki page', which is not marked customer-promised"
    )
    assert _quoted(letter, found[0]) == promise
    letter.action_items.items[5].customer_promised = True
    assert _found(letter, "unmarked-promise", today) == []


def test_promising_a_marked_change_passes(letter: Document, today: dt.date) -> None:
    _add(letter, "We will back up every service nightly and test a restore monthly.")
    assert _found(letter, "unmarked-promise", today) == []


def test_a_promise_without_a_date(letter: Document, today: dt.date) -> None:
    item = letter.action_items.items[0]
    item.due = None
    found = [f for f in check(letter, today=today) if f.location == "action_items.items[0].due"]
    assert [(f.rule, f.message, f.audience) for f in found] == [
        ("promise-date", f"'{item.title}' is promised to customers without a date", None)
    ]
    item.status = ActionStatus.DONE
    assert [f for f in check(letter, today=today) if f.location == "action_items.items[0].due"] == [
        Finding(Level.WARNING, "action_items.items[0].due", f"'{item.title}' has no due date",
                rule="due", audience="internal")
    ]


# ---------------------------------------------------------------- reading level


def test_syllables_and_the_grade_formula() -> None:
    assert [syllables(w) for w in ("the", "while", "table", "failed", "needed", "radio", "customers")] == [
        1, 1, 2, 1, 2, 3, 3
    ]
    # 6 words, 6 syllables, 1 sentence: 0.39 × 6 + 11.8 × 1 − 15.59
    assert round(score(["The cat sat on the mat."]).grade, 2) == -1.45


def test_every_letter_reports_its_grade_as_a_hint(letter: Document, today: dt.date) -> None:
    found = _found(letter, "reading-grade", today)
    assert [(f.severity, f.location, f.message) for f in found] == [
        (Level.HINT, "customer_letter", "the letter reads at grade 7.1 (Flesch-Kincaid; your limit is 10)")
    ]
    letter.customer_letter = CustomerLetter()
    assert _found(letter, "reading-grade", today) == []


def test_a_hard_letter_is_a_warning_at_its_hardest_part(letter: Document, today: dt.date) -> None:
    _add(letter,
        "Organisational responsibility for infrastructural deficiencies, particularly insufficiently "
        "comprehensive backup methodologies and unvalidated restoration procedures, rests unambiguously "
        "with our engineering leadership. Consequently, comprehensive remediation initiatives are "
        "underway."
    )
    assert _found(letter, "readability", today) == []  # the rest of the letter is plain enough
    found = [f for f in check(letter, today=today, settings=Settings(readability_limit=8))
             if f.rule == "readability"]
    assert [(f.severity, f.location) for f in found] == [(Level.WARNING, "customer_letter.body")]
    assert found[0].message.startswith("the letter reads at grade 8.")
    assert found[0].message.endswith(", above your limit of 8; this part is the hardest")
    assert _quoted(letter, found[0]).startswith("Organisational responsibility")


def test_a_long_sentence_is_a_warning(letter: Document, today: dt.date) -> None:
    sentence = "Word " + " ".join(["word"] * 43) + "."
    letter.customer_letter.body = f"Short one. {sentence}"
    found = _found(letter, "long-sentence", today)
    assert [(f.location, f.message, f.span) for f in found] == [
        ("customer_letter.body", "a sentence of 44 words", (11, 11 + len(sentence)))
    ]
    # A colon splits it into two statements of 22 words each.
    letter.customer_letter.body = " ".join(["word"] * 22) + ": " + " ".join(["word"] * 22) + "."
    assert _found(letter, "long-sentence", today) == []
