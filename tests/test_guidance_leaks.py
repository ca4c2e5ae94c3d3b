"""Internal details in anything customers see."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from postmortem.checks import Finding, Level, check
from postmortem.checks.fields import customer_fields
from postmortem.fileformat import load
from postmortem.model import Document

LEAK_RULES = {"leak-ip", "leak-host", "leak-email", "leak-name", "leak-ticket", "leak-secret", "leak-notes"}


@pytest.fixture
def letter(example_path: Path) -> Document:
    return load(example_path)


def _leaks(document: Document, today: dt.date) -> list[Finding]:
    return [f for f in check(document, today=today) if f.rule in LEAK_RULES or f.rule == "secret"]


def _write(document: Document, text: str, today: dt.date) -> list[tuple[str, Level, str]]:
    """(rule, severity, quoted words) for each leak after writing `text` as the letter's body."""
    document.customer_letter.body = text
    found = [f for f in _leaks(document, today) if f.location == "customer_letter.body"]
    return [(f.rule, f.severity, text[f.span[0]:f.span[1]]) for f in found if f.span]


# ---------------------------------------------------------------- what customers see


def test_customer_fields_are_exactly_what_the_letter_is_built_from(letter: Document) -> None:
    locations = [f.location for f in customer_fields(letter)]
    assert locations == [
        "meta.title",
        "meta.language",
        "meta.organisation.name",
        "meta.organisation.logo",
        "meta.organisation.website",
        "meta.organisation.contact_email",
        "meta.organisation.phone",
        "meta.organisation.brand_colour",
        "customer_letter.reference",
        "customer_letter.greeting",
        "customer_letter.body",
        # the facts its fields print: {{ impact_window }} names the services
        "impact.services[0]",
        "impact.services[1]",
        "impact.services[2]",
        "impact.services[3]",
        "impact.data_loss_details",
        "impact.customer_actions",
        # {{ promises }}: only the promised actions, and neither their owners nor their trackers
        "action_items.items[0].title",
        "action_items.items[0].description",
        "action_items.items[1].title",
        "action_items.items[1].description",
        "action_items.items[2].title",
        "action_items.items[2].description",
        "customer_letter.closing",
        "meta.authors[0].name",
        "meta.authors[0].title",
        "meta.authors[0].bio",
    ]


def test_customer_fields_follow_the_view(letter: Document) -> None:
    # Marking an event visible, or promising an action, makes it customer text at once,
    # once the letter prints the timeline.
    letter.timeline.events[0].customer_visible = True
    assert "timeline.events[0].description" not in {f.location for f in customer_fields(letter)}
    letter.customer_letter.body += "\n\n{{ timeline }}"
    letter.action_items.items[5].customer_promised = True
    letter.customer_letter.include_bio = False
    locations = {f.location for f in customer_fields(letter)}
    assert {"timeline.events[0].description", "action_items.items[5].title"} <= locations
    assert "meta.authors[0].bio" not in locations


def test_the_example_leaks_nothing(letter: Document, today: dt.date) -> None:
    # Its internal notes name web01.nwll.internal and 10.20.0.11; no customer sees them.
    assert "web01.nwll.internal (10.20.0.11)" in letter.timeline.internal_notes
    assert _leaks(letter, today) == []


# ---------------------------------------------------------------- each kind of leak


@pytest.mark.parametrize(
    ("text", "expected"),  # the leak written in the letter; the rule, severity and words found
    [
        ("The server at 10.20.0.11 failed.", ("leak-ip", Level.ERROR, "10.20.0.11")),
        ("The server at fd00::1 failed.", ("leak-ip", Level.ERROR, "fd00::1")),
        ("Allow 8.8.4.4 in your firewall.", ("leak-ip", Level.WARNING, "8.8.4.4")),
        ("The host web01.nwll.internal failed.", ("leak-host", Level.ERROR, "web01.nwll.internal")),
        ("See grafana.corp for graphs.", ("leak-host", Level.ERROR, "grafana.corp")),
        ("Our printer.local queue jammed.", ("leak-host", Level.ERROR, "printer.local")),
        ("Write to maren.holt@northwind-loadlabs.example.",
         ("leak-email", Level.ERROR, "maren.holt@northwind-loadlabs.example")),
        ("Write to ops-team@northwind-loadlabs.example.",
         ("leak-email", Level.ERROR, "ops-team@northwind-loadlabs.example")),
        ("Tomás Reyes rebuilt the server.", ("leak-name", Level.ERROR, "Tomás Reyes")),
        ("Our CEO Aisha Karim reviewed this.", ("leak-name", Level.ERROR, "Aisha Karim")),
        ("Reyes rebuilt the server.", ("leak-name", Level.ERROR, "Reyes")),
        ("This was incident INC-2026-041.", ("leak-ticket", Level.ERROR, "INC-2026-041")),
        ("It is tracked as OPS-517.", ("leak-ticket", Level.ERROR, "OPS-517")),
        ("Ticket #48213 has the details.", ("leak-ticket", Level.ERROR, "#48213")),
        ("Use key AKIAIOSFODNN7EXAMPLE for now.", ("leak-secret", Level.ERROR, "AKIAIOSFODNN7EXAMPLE")),
        ("Log in at https://admin:hunter22@backup.example.com.",
         ("leak-secret", Level.ERROR, "https://admin:hunter22@")),
        ("Our token was password=Tr0ub4dor&3 until Monday.",
         ("leak-secret", Level.ERROR, "password=Tr0ub4dor&3")),
        ("Reference 9fQ2xL7vRt3mKp8wZs4nYb6c for support.",
         ("leak-secret", Level.WARNING, "9fQ2xL7vRt3mKp8wZs4nYb6c")),
    ],
)
def test_each_leak_points_at_the_words(
    letter: Document, today: dt.date, text: str, expected: tuple[str, Level, str]
) -> None:
    assert _write(letter, text, today) == [expected]


def test_leak_messages_and_suggestions(letter: Document, today: dt.date) -> None:
    letter.customer_letter.body = "Tomás Reyes restored web01.nwll.internal."
    found = [f for f in _leaks(letter, today) if f.location == "customer_letter.body"]
    assert [(f.message, f.suggestion, f.audience) for f in found] == [
        ("names Tomás Reyes, who does not sign the letter",
         "Speak for the company (“we”, “our team”); only the signer is named.", "customer"),
        ("names the internal host web01.nwll.internal",
         "Say what the machine does (“our main database server”) instead.", "customer"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Write to support@northwind-loadlabs.example or call +1 617 555 0143.",  # published contact
        "Visit https://northwind-loadlabs.example for updates.",
        "I, Maren Holt, sign this letter; Maren is easy to reach.",  # the signer
        "Times are given in UTC-4; files are UTF-8 and dates ISO-8601.",  # not tickets
        "Version 2.4 of the installer is unchanged.",
        "From 12:30:00 onwards the site was back.",  # a time, not an IPv6 address
        "Don't worry: your licences are safe.",  # not a person called Don
    ],
)
def test_published_and_ordinary_words_pass(letter: Document, today: dt.date, text: str) -> None:
    assert _write(letter, text, today) == []


def test_text_copied_from_internal_notes_is_a_leak(letter: Document, today: dt.date) -> None:
    copied = "Legal reviewed the wording on 5 November. Do not mention the service credits"
    letter.customer_letter.body = f"Good news. {copied}, they said."
    found = [f for f in _leaks(letter, today) if f.rule == "leak-notes"]
    assert [(f.location, f.severity) for f in found] == [("customer_letter.body", Level.ERROR)]
    assert found[0].message == (
        "repeats the internal notes of customer_letter.internal_notes: "
        "“Legal reviewed the wording on … mention the service credits”"
    )
    assert found[0].span == (11, 11 + len(copied))


def test_seven_shared_words_are_a_coincidence(letter: Document, today: dt.date) -> None:
    letter.customer_letter.body = "Legal reviewed the wording on 5 November, as usual."
    assert [f for f in _leaks(letter, today) if f.rule == "leak-notes"] == []


def test_internal_text_may_name_hosts_but_not_hold_secrets(letter: Document, today: dt.date) -> None:
    letter.root_cause.internal_notes = "Rotated AKIAIOSFODNN7EXAMPLE after web01.nwll.internal was rebuilt."
    found = _leaks(letter, today)
    assert [(f.rule, f.severity, f.location, f.message, f.audience) for f in found] == [
        ("secret", Level.WARNING, "root_cause.internal_notes", "contains what looks like an AWS access key",
         "internal")
    ]
    assert found[0].suggestion == "Remove it and rotate the secret: assume it has been copied."


def test_leaks_matter_to_the_customer_letter_only(letter: Document, today: dt.date) -> None:
    letter.customer_letter.body = "The host web01.nwll.internal failed."
    assert [f.rule for f in check(letter, "customer", today=today) if f.rule in LEAK_RULES] == ["leak-host"]
    assert [f for f in check(letter, "internal", today=today) if f.rule in LEAK_RULES] == []


def test_random_looking_ids_are_guesses_in_the_letter_only(letter: Document, today: dt.date) -> None:
    trace = "4f9c2e1ab7d34c0e9a51f6b2c8d07e3a"
    letter.timeline.internal_notes = f"Trace id {trace} has the slow request."
    assert _leaks(letter, today) == []
    letter.customer_letter.body = f"Quote {trace} when you write."
    found = _leaks(letter, today)
    assert [(f.rule, f.severity, f.message) for f in found] == [
        ("leak-secret", Level.WARNING, "contains a random-looking string (4f9c2e1a…), perhaps a key or token")
    ]


def test_a_recipient_field_in_the_greeting_is_not_a_host_name(letter: Document, today: dt.date) -> None:
    # "Dear {{ recipient.name }}," is how a merged letter greets each customer; the field is
    # dotted like a host name, but the merge fills it in, so it leaks nothing.
    letter.customer_letter.greeting = "Dear {{ recipient.name }},"
    assert [f for f in _leaks(letter, today) if f.location == "customer_letter.greeting"] == []
    letter.customer_letter.greeting = "Dear db-07.prod.northwind.internal,"
    assert [f.location for f in _leaks(letter, today)] == ["customer_letter.greeting"]
