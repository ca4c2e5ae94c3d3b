"""The phrase lexicon on plain text: apologies, ownership, hedges, promises, suppliers, a person's mistake."""

from __future__ import annotations

import pytest

from postmortem.checks import phrases


def _words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize(
    "text",
    ["My humblest apologies,", "We are deeply sorry.", "Please accept our apologies.", "I apologise.",
     "I apologize for the outage.", "We sincerely apologise.", "Please forgive us.", "I owe you an apology.",
     "Our apologies.", "Apologies for the delay in writing.", "We deeply regret the disruption we caused.",
     "I'm so sorry.", "We're sorry.", "With my sincere apologies,"],
)
def test_apologies(text: str) -> None:
    assert phrases.apologies(text)


@pytest.mark.parametrize(
    "text",
    ["We were sorry to hear about your experience last year.", "The service is now working.",
     "We will write to you when the review is done."],
)
def test_not_apologies(text: str) -> None:
    assert phrases.apologies(text) == []


def test_regret_alone_does_not_say_sorry() -> None:
    assert phrases.apologies("We regret any inconvenience.")
    assert not phrases.says_sorry("We regret any inconvenience.")
    assert phrases.says_sorry("We regret this, and we are sorry.")


@pytest.mark.parametrize(
    "text",
    ["The responsibility for this rests on me.", "I take full responsibility.", "This is on us.",
     "This one is on us.", "We let you down.", "The fault is entirely ours.", "We got this wrong.",
     "That was our mistake.", "I am accountable for this.", "We own this.", "The blame lies with us.",
     "We made a mistake.", "A change we made broke sign-in.", "It was ours to catch and we didn't.",
     "Making retries safe was our job, and we had not done it.", "We should have tested it.",
     "We did not test the change.", "We take responsibility for it."],
)
def test_ownership(text: str) -> None:
    assert phrases.ownership(text), text


@pytest.mark.parametrize(
    "text",
    ["Hardware can fail at any time.", "Our hosting provider had an outage.",
     "One of our engineers made a mistake.", "The service was down for an hour."],
)
def test_not_ownership(text: str) -> None:
    assert phrases.ownership(text) == []


@pytest.mark.parametrize(
    ("text", "hedge"),
    [("We believe no data has been lost.", "We believe"), ("As far as we know, nothing is missing.",
                                                           "As far as we know"),
     ("We expect no further delays.", "We expect"), ("To the best of our knowledge no data was lost.",
                                                     "To the best of our knowledge")],
)
def test_hedges(text: str, hedge: str) -> None:
    assert _words(text, phrases.hedges(text))[0] == hedge


def test_write_again() -> None:
    assert phrases.asks_to_write_again("If you have not had an answer, please write again.")
    assert phrases.asks_to_write_again("If a statement looks incomplete, please contact us.")
    assert not phrases.asks_to_write_again("No data was lost.")


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [("We will look into ways to make sure this does not happen again.", False),
     ("We are reviewing our release process.", False),
     ("We will continue to work hard to improve our service.", False),
     ("By 31 July we will add an alarm.", True), ("We will add an alarm within two weeks.", True),
     ("We will move to two regions by the end of September.", True), ("In Q3 we will change it.", True)],
)
def test_promises_and_dates(sentence: str, dated: bool) -> None:
    assert phrases.promises_change(sentence)
    assert phrases.dated(sentence) is dated


@pytest.mark.parametrize(
    "sentence",
    ["If you wrote to us, we will answer the same day.",
     "A person will answer, and we will check it with you.", "We are sorry.",
     "We restored the service at 10:00."],
)
def test_offers_and_statements_are_not_promises_of_change(sentence: str) -> None:
    assert not phrases.promises_change(sentence) or phrases.is_offer(sentence)


@pytest.mark.parametrize(
    ("text", "blamed"),
    [("Due to a failure at our hosting provider, the site was down.",
      "Due to a failure at our hosting provider"),
     ("Our cloud provider had an outage.", "cloud provider had an outage"),
     ("The outage was caused by our DNS provider.", "caused by our DNS provider"),
     ("A third-party vendor failed to renew the certificate.", "third-party vendor failed")],
)
def test_supplier_blame(text: str, blamed: str) -> None:
    assert _words(text, phrases.supplier_blame(text)) == [blamed]


def test_owning_the_supplier() -> None:
    assert phrases.owns_supplier("We chose to run in one region of that provider.")
    assert phrases.owns_supplier("Relying on a single provider was our decision.")
    assert phrases.owns_supplier("That choice is ours to answer for, not our supplier's.")
    assert not phrases.owns_supplier("That was our failure.")


@pytest.mark.parametrize(
    ("text", "who"),
    [("The engineer ran it on the wrong host.", "The engineer"), ("The on-call picked the wrong region.",
                                                                 "The on-call"),
     ("He made a typo in the bucket name.", "He"), ("An operator forgot to drain the node.", "An operator"),
     ("The engineer on duty skipped the checklist.", "The engineer on duty"),
     ("One of our engineers made a mistake.", "One of our engineers"),
     ("She mistakenly restarted the primary.", "She")],
)
def test_person_mistakes(text: str, who: str) -> None:
    [match] = phrases.person_mistakes(text)
    assert match["who"] == who


@pytest.mark.parametrize(
    "text",
    ["The on-call engineer followed the runbook step by step.", "We missed the first alert.",
     "The job deleted the wrong bucket.", "Nobody made a mistake here.", "The engineer paged the team."],
)
def test_no_person_mistake(text: str) -> None:
    assert phrases.person_mistakes(text) == []
