"""Consistency checks, and findings as `postmortem check` prints them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from postmortem.checks import Finding, Level, check
from postmortem.fileformat import load
from postmortem.model import Document

CORPUS = Path(__file__).parent / "data" / "guidance"


@pytest.fixture
def document(example_path: Path) -> Document:
    return load(example_path)


def _at(findings: list[Finding], rule: str) -> list[tuple[str, str]]:
    return [(f.location, f.message) for f in findings if f.rule == rule]


def test_a_time_after_today_is_a_warning(document: Document, today: dt.date) -> None:
    # The example's last event is on the day of the write-up, not after it.
    assert _at(check(document, today=today), "future-time") == []
    findings = check(document, today=today - dt.timedelta(days=1))
    assert _at(findings, "future-time") == [("timeline.events[13].time", "is in the future (2026-11-06)")]


def test_an_event_far_from_the_rest_is_found_even_when_the_window_is_backwards(
    document: Document, today: dt.date
) -> None:
    document.timeline.events[5].time = document.timeline.events[5].time.replace(year=2025)
    document.impact.end, document.impact.start = document.impact.start, document.impact.end
    findings = check(document, today=today)
    assert ("impact.end", "the impact window ends before it starts") in _at(findings, "order")
    # A year off and nothing else: the date it most likely meant is the suggestion.
    [mistyped] = [f for f in findings if f.rule == "mistyped-date"]
    assert (mistyped.severity, mistyped.location) == (Level.ERROR, "timeline.events[5].time")
    assert mistyped.suggestion.startswith("Did you mean 2026-")


def test_an_impact_window_of_no_length(document: Document, today: dt.date) -> None:
    document.impact.end = document.impact.start
    assert _at(check(document, today=today), "absurd-duration") == [
        ("impact.end", "the impact window starts and ends at the same minute")
    ]


def test_a_letter_dated_before_the_impact_ended(document: Document, today: dt.date) -> None:
    document.customer_letter.date = dt.date(2026, 10, 29)
    findings = check(document, today=today)
    assert _at(findings, "letter-date") == [
        ("customer_letter.date", "the letter is dated before the impact ended")
    ]
    assert _at(check(document, "internal", today=today), "letter-date") == []


def test_findings_are_frozen_and_carry_their_span() -> None:
    finding = Finding(Level.WARNING, "customer_letter.apology", "x", "y", "non-apology", "customer", (3, 9))
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.span = (0, 1)  # type: ignore[misc]
    assert finding.to_dict() == {
        "severity": "warning", "location": "customer_letter.apology", "message": "x", "suggestion": "y",
        "rule": "non-apology", "audience": "customer", "span": [3, 9],
    }
    assert Finding(Level.HINT, "meta.title", "z").to_dict()["span"] is None


# ---------------------------------------------------------------- the command line


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "postmortem", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )


def test_cli_exits_one_on_a_letter_with_errors_and_lists_them() -> None:
    path = CORPUS / "bad-non-apology.postmortem"
    result = run("check", path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert (
        "error: customer_letter.body: “any inconvenience” makes the harm sound small and hypothetical"
    ) in lines
    assert "warning: customer_letter.body: the letter does not own the failure" in lines
    assert result.stderr.startswith(f"{path}: not ready: 4 errors (")


def test_cli_json_gives_spans_into_the_field(tmp_path: Path) -> None:
    path = CORPUS / "bad-leaks.postmortem"
    result = run("check", path, "--format", "json", "--audience", "customer")
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    host = next(f for f in findings if f["rule"] == "leak-host")
    text = load(path).timeline.events[1].description
    assert host["location"] == "timeline.events[1].description"
    assert text[host["span"][0]:host["span"][1]] == "mx-relay-2.pp.internal"
    assert host["severity"] == "error"
    assert host["suggestion"]
    hint = next(f for f in findings if f["rule"] == "reading-grade")
    assert hint["span"] is None


def test_cli_good_letter_exits_zero() -> None:
    result = run("check", CORPUS / "good-data-loss.postmortem", "--audience", "customer")
    assert result.returncode == 0, result.stdout
    assert [line for line in result.stdout.splitlines() if line.startswith("error:")] == []
