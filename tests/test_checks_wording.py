"""Issue 10's wording items, through `check()` as the app and `postmortem check` see them.

Real apologies and ownership recognised anywhere in the letter, a letter
with no apology refused, hedged data-loss statements told apart from flat
ones, vague promises, supplier blame, blame in any analysis text, and
leaks of host names, people's names and internal handles.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from postmortem.checks import Finding, Level, check
from postmortem.fileformat import load
from postmortem.model import DataLoss, Document, EventKind, TimelineEvent


@pytest.fixture
def doc(example_path: Path) -> Document:
    return load(example_path)


def write_letter(document: Document, text: str) -> None:
    """The whole letter, as one text: what the customer reads from greeting to closing."""
    letter = document.customer_letter
    letter.body = text
    letter.closing = "Sincerely,"


def _rules(document: Document, today: dt.date, audience: str | None = "customer") -> dict[str, list[Finding]]:
    found: dict[str, list[Finding]] = {}
    for finding in check(document, audience, today=today):  # type: ignore[arg-type]
        found.setdefault(finding.rule, []).append(finding)
    return found


def _said(document: Document, finding: Finding) -> str:
    section, field = finding.location.split(".", 1)
    text = getattr(getattr(document, section), field)
    assert finding.span is not None
    return text[finding.span[0]:finding.span[1]]


OWNED = "A change we made took the service down for an hour, and that was our mistake."
DATED = "By 1 December every change of this kind will be tried on a copy first."


# ---------------------------------------------------------------- apologies and ownership


def test_my_humblest_apologies_is_an_apology(doc: Document, today: dt.date) -> None:
    write_letter(doc, f"{OWNED}\n\nThis should never have happened to you.\n\n{DATED}")
    doc.customer_letter.closing = "My humblest apologies,"
    rules = _rules(doc, today)
    assert "no-apology" not in rules
    assert "apology-words" not in rules


def test_the_responsibility_resting_on_me_owns_it(doc: Document, today: dt.date) -> None:
    write_letter(doc, f"I am sorry. The service was down for an hour.\n\n{DATED}\n\n"
                      "The responsibility for this rests on me.")
    assert "ownership" not in _rules(doc, today)


@pytest.mark.parametrize(
    "owning",
    ["I take full responsibility.", "This is on us.", "We let you down.", "That one is on me.",
     "We got this wrong.", "The fault is entirely ours."],
)
def test_other_ways_of_owning_it(doc: Document, today: dt.date, owning: str) -> None:
    write_letter(doc, f"We are deeply sorry. The service was down for an hour. {owning}\n\n{DATED}")
    assert "ownership" not in _rules(doc, today)


@pytest.mark.parametrize(
    "apology",
    ["We are deeply sorry.", "Please accept our apologies.", "I apologise.", "Please forgive us.",
     "I owe you an apology."],
)
def test_other_ways_of_apologising(doc: Document, today: dt.date, apology: str) -> None:
    write_letter(doc, f"{apology} {OWNED}\n\n{DATED}")
    assert "no-apology" not in _rules(doc, today)


def test_a_letter_with_no_apology_is_an_error_for_customers(doc: Document, today: dt.date) -> None:
    write_letter(doc, f"{OWNED}\n\n{DATED}")
    found = _rules(doc, today)["no-apology"]
    assert [(f.severity, f.message) for f in found] == [(Level.ERROR, "the letter never apologises")]
    # The internal report does not carry the letter.
    assert "no-apology" not in _rules(doc, today, "internal")


def test_cli_check_refuses_a_letter_without_apology(doc: Document, tmp_path: Path) -> None:
    import subprocess
    import sys

    from postmortem.fileformat import save

    write_letter(doc, f"{OWNED}\n\n{DATED}")
    path = tmp_path / "no-apology.postmortem"
    save(doc, path)
    command = [sys.executable, "-m", "postmortem", "check", str(path), "--audience", "customer"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1
    assert "error: customer_letter.body: the letter never apologises" in result.stdout.splitlines()


# ---------------------------------------------------------------- data loss


def test_a_hedged_statement_beside_a_write_again_instruction_is_a_warning(
    doc: Document, today: dt.date
) -> None:
    doc.impact.data_loss = DataLoss.POSSIBLE
    write_letter(doc, f"We are sorry. {OWNED}\n\nWe believe no data has been lost. If you sent us a message "
                 f"that morning and have not had an answer, please write again.\n\n{DATED}")
    rules = _rules(doc, today)
    assert "data-loss-contradiction" not in rules
    [hedged] = rules["data-loss-hedged"]
    assert hedged.severity == Level.WARNING
    assert _said(doc, hedged) == "no data has been lost"
    assert "may be lost" in hedged.suggestion


@pytest.mark.parametrize("status", [DataLoss.POSSIBLE, DataLoss.CONFIRMED])
def test_a_flat_statement_stays_an_error(doc: Document, today: dt.date, status: DataLoss) -> None:
    doc.impact.data_loss = status
    write_letter(doc, f"We are sorry. {OWNED}\n\nNo data was lost. "
                 f"If anything looks wrong, please write again.\n\n{DATED}")
    rules = _rules(doc, today)
    assert [f.severity for f in rules["data-loss-contradiction"]] == [Level.ERROR]
    assert "data-loss-hedged" not in rules


def test_a_customer_export_refuses_a_letter_that_denies_the_data_loss(doc: Document, tmp_path: Path) -> None:
    """The export runs only the data-loss rule of the letter's wording; it still refuses what it finds."""
    from postmortem.fileformat import save

    doc.impact.data_loss = DataLoss.POSSIBLE
    write_letter(doc, f"We are sorry. {OWNED}\n\nNo data was lost.\n\n{DATED}")
    path = tmp_path / "denies.postmortem"
    save(doc, path)
    command = [sys.executable, "-m", "postmortem", "export", str(path), "--format", "md",
               "--audience", "customer"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1
    assert ("error: customer_letter.body: says “No data was lost”, but data loss is marked possible"
            in result.stderr.splitlines())
    assert not path.with_name("denies-letter.md").exists()


GUIDANCE = Path(__file__).parent / "data" / "guidance"


@pytest.mark.parametrize("name", sorted(p.name for p in GUIDANCE.glob("*.postmortem")))
def test_the_exports_falsehoods_are_the_reviews_errors_of_those_rules(name: str, today: dt.date) -> None:
    """`falsehoods` runs a few rules instead of the whole review; it must find exactly what the
    review's errors of those rules are, so a letter the review calls false is never exported."""
    from postmortem.checks import FALSE_IN_THE_LETTER, falsehoods

    document = load(GUIDANCE / name)
    review = {(f.location, f.rule, f.message, f.span) for f in check(document, today=today)
              if f.severity == Level.ERROR and f.rule in FALSE_IN_THE_LETTER}
    assert {(f.location, f.rule, f.message, f.span) for f in falsehoods(document, today=today)} == review


# ---------------------------------------------------------------- promises and suppliers


def test_a_vague_promise_is_flagged(doc: Document, today: dt.date) -> None:
    write_letter(doc, f"We are sorry. {OWNED}\n\n"
                 "We will look into ways to make sure this does not happen again.")
    [found] = _rules(doc, today)["vague-promise"]
    assert found.severity == Level.WARNING
    assert _said(doc, found) == "We will look into ways to make sure this does not happen again."


def test_a_dated_or_promised_change_is_not_vague(doc: Document, today: dt.date) -> None:
    write_letter(doc, f"We are sorry. {OWNED}\n\nWe will look into ways to prevent this by 1 December.")
    assert "vague-promise" not in _rules(doc, today)
    promised = next(i for i in doc.action_items.items if i.customer_promised)
    write_letter(doc, f"We are sorry. {OWNED}\n\nWe will {promised.title[0].lower()}{promised.title[1:]}.")
    assert "vague-promise" not in _rules(doc, today)


def test_a_hosting_provider_failure_without_owning_the_choice_is_supplier_blame(
    doc: Document, today: dt.date
) -> None:
    # Owning the failure in general does not own the choice of supplier.
    write_letter(doc, "We are sorry. The outage was due to a failure at our hosting provider. "
                 f"That was our failure.\n\n{DATED}")
    assert [_said(doc, f) for f in _rules(doc, today)["vendor-blame"]] == [
        "due to a failure at our hosting provider"
    ]
    write_letter(doc, "We are sorry. The outage was due to a failure at our hosting provider. "
                 f"Relying on one provider was our decision.\n\n{DATED}")
    assert "vendor-blame" not in _rules(doc, today)


# ---------------------------------------------------------------- blame


@pytest.mark.parametrize(
    ("location", "text", "quoted"),
    [
        ("root_cause.trigger", "The engineer ran it on the wrong host.",
         "The engineer ran it on the wrong host"),
        ("root_cause.internal_notes", "The engineer ran it on the wrong host.",
         "The engineer ran it on the wrong host"),
        ("summary.text", "The on-call picked the wrong region.", "The on-call picked the wrong region"),
        ("lessons.internal_notes", "An operator made a typo in the bucket name.", "An operator made a typo"),
        ("timeline.internal_notes", "She mistakenly restarted the primary.", "She mistakenly"),
        ("root_cause.detection_analysis", "The on-call missed the page.", "The on-call missed"),
    ],
)
def test_a_person_as_the_subject_of_a_mistake_in_any_analysis_text(
    doc: Document, today: dt.date, location: str, text: str, quoted: str
) -> None:
    section, field = location.split(".")
    setattr(getattr(doc, section), field, text)
    found = [f for f in check(doc, today=today) if f.rule == "blame-language" and f.location == location]
    assert [(f.severity, _said(doc, f)) for f in found] == [(Level.WARNING, quoted)]
    assert "system" in found[0].suggestion


def test_a_name_from_the_lexicon_as_the_subject_of_a_mistake(doc: Document, today: dt.date) -> None:
    doc.root_cause.trigger = "Dana mistakenly restarted the primary database."
    found = [f for f in check(doc, today=today) if f.rule == "named-blame"]
    assert [(f.location, _said(doc, f)) for f in found] == [("root_cause.trigger", "Dana mistakenly")]


def test_one_of_our_engineers_in_the_letter_is_a_warning(doc: Document, today: dt.date) -> None:
    write_letter(doc, "We are sorry. One of our engineers made a mistake while updating the login service."
                 f"\n\n{DATED}")
    [found] = _rules(doc, today)["letter-blame"]
    assert found.severity == Level.WARNING
    assert _said(doc, found) == "One of our engineers made a mistake"


# ---------------------------------------------------------------- leaks


def test_a_host_under_an_infrastructure_domain_leaks_from_event_and_letter(
    doc: Document, today: dt.date
) -> None:
    host = "pay-db-07.lon2.nwp-infra.net"
    doc.timeline.events.append(TimelineEvent(time=doc.timeline.events[-1].time, kind=EventKind.OTHER,
                                             customer_visible=True, description=f"{host} ran out of disk."))
    events = "{{ timeline }}"  # the letter prints the customer-visible events
    write_letter(doc, f"We are sorry. {OWNED} The server {host} ran out of disk.\n\n{DATED}\n\n{events}")
    found = [(f.location, _said(doc, f) if "events" not in f.location else f.span)
             for f in _rules(doc, today)["leak-host"]]
    assert ("customer_letter.body", host) in found
    assert (f"timeline.events[{len(doc.timeline.events) - 1}].description", (0, len(host))) in found


@pytest.mark.parametrize("text", ["status.northwind.example", "help@northwind.example",
                                  "https://aws.amazon.com/premiumsupport", "github.com"])
def test_public_domains_pass(doc: Document, today: dt.date, text: str) -> None:
    doc.meta.organisation.website = "https://www.northwind.example"
    write_letter(doc, f"We are sorry. {OWNED} See {text} for details.\n\n{DATED}")
    assert "leak-host" not in _rules(doc, today)


def test_names_other_than_the_signer_leak(doc: Document, today: dt.date) -> None:
    signer = doc.customer_letter.signer
    write_letter(doc, f"We are sorry. {OWNED} Priya Raman from our storage team found the cause, and "
                 f"{signer} has reviewed every step.\n\n{DATED}")
    found = _rules(doc, today)["leak-name"]
    assert [(f.severity, _said(doc, f)) for f in found] == [(Level.ERROR, "Priya Raman")]


@pytest.mark.parametrize("handle", ["@jdoe", "team-member-1"])
def test_internal_handles_leak(doc: Document, today: dt.date, handle: str) -> None:
    write_letter(doc, f"We are sorry. {OWNED} It was rolled back by {handle}.\n\n{DATED}")
    assert [_said(doc, f) for f in _rules(doc, today)["leak-handle"]] == [handle]


def test_the_name_lexicon_loads_only_when_some_text_could_name_someone() -> None:
    """Start-up checks an empty document: Faker is not imported for it, only for real text."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from postmortem.checks import check\n"
        "from postmortem.model import Document\n"
        "check(Document())\n"
        "print('faker' in sys.modules)\n"
        "document = Document()\n"
        "document.customer_letter.body = 'We are sorry. Priya Raman restarted the service.'\n"
        "check(document)\n"
        "print('faker' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            check=True)
    assert result.stdout.split() == ["False", "True"]
