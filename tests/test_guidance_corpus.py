"""The guidance corpus in tests/data/guidance: letters and reports written to be judged.

Each `NAME.postmortem` has a `NAME.expected.yaml` listing the findings
(rule and location, and where it helps the words they point at) that must
appear. `exhaustive: true` means the list is every warning and error the
document deserves: anything else is a false positive. Documents named
`good-*` must have no error. Settings come from the nearest
`postmortem-settings.yaml`, as for `postmortem check` (see acme-org/).
`benchmarks/check_quality.py` reports precision and recall on the same files.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from postmortem.checks import Finding, Level, check, find_settings
from postmortem.editing import get
from postmortem.fileformat import load
from postmortem.model import Document

CORPUS = Path(__file__).parent / "data" / "guidance"
DOCUMENTS = sorted(CORPUS.rglob("*.postmortem"))


def _id(path: Path) -> str:
    return str(path.relative_to(CORPUS).with_suffix(""))


def _expected(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.with_name(path.stem + ".expected.yaml").read_text(encoding="utf-8"))
    data.setdefault("exhaustive", True)
    data["findings"] = data.get("findings") or []
    return data


def _check(path: Path) -> tuple[Document, list[Finding]]:
    document = load(path)
    today = document.meta.date or dt.date(2026, 11, 6)
    return document, check(document, today=today, settings=find_settings(path))


def _counted(findings: list[Finding]) -> set[tuple[str, str]]:
    """Warnings and errors make claims about a document; hints only inform."""
    return {(f.rule, f.location) for f in findings if f.severity != Level.HINT}


def _path(location: str) -> tuple[str | int, ...]:
    """'timeline.events[1].description' -> ('timeline', 'events', 1, 'description')."""
    return tuple(int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", location))


def test_corpus_has_good_and_bad_documents_each_with_expectations() -> None:
    assert len(DOCUMENTS) >= 15
    good = [p for p in DOCUMENTS if p.name.startswith("good-")]
    bad = [p for p in DOCUMENTS if p.name.startswith("bad-")]
    assert len(good) >= 5
    assert len(bad) >= 10
    assert len(good) + len(bad) == len(DOCUMENTS)
    for path in DOCUMENTS:
        expected = _expected(path)
        assert expected["about"], path
        assert bool(expected["findings"]) == path.name.startswith("bad-"), path


@pytest.mark.parametrize("path", DOCUMENTS, ids=_id)
def test_document_gets_exactly_its_expected_findings(path: Path) -> None:
    expected = _expected(path)
    _, findings = _check(path)
    wanted = {(e["rule"], e["location"]) for e in expected["findings"]}
    got = _counted(findings)
    assert not wanted - got, f"missing: {sorted(wanted - got)}"
    if expected["exhaustive"]:
        extra = [f"{f.severity.value} {f.rule} {f.location}: {f.message}" for f in findings
                 if f.severity != Level.HINT and (f.rule, f.location) not in wanted]
        assert not extra, "unexpected findings:\n" + "\n".join(extra)


@pytest.mark.parametrize("path", [p for p in DOCUMENTS if p.name.startswith("good-")], ids=_id)
def test_good_document_has_no_error(path: Path) -> None:
    _, findings = _check(path)
    assert [str(f) for f in findings if f.severity == Level.ERROR] == []


@pytest.mark.parametrize("path", DOCUMENTS, ids=_id)
def test_spans_point_at_the_quoted_words(path: Path) -> None:
    document, findings = _check(path)
    for finding in findings:
        if finding.span is None:
            continue
        text = get(document, _path(finding.location))
        start, end = finding.span
        assert 0 <= start < end <= len(text), finding
    for entry in _expected(path)["findings"]:
        if "quote" not in entry:
            continue
        text = get(document, _path(entry["location"]))
        at = text.find(entry["quote"])
        assert at >= 0, f"{entry['quote']!r} is not in {entry['location']}"
        spans = [f.span for f in findings if (f.rule, f.location) == (entry["rule"], entry["location"])]
        assert any(s and s[0] < at + len(entry["quote"]) and at < s[1] for s in spans), (entry, spans)


def test_the_bundled_example_has_no_error_with_its_settings(example_path: Path, today: dt.date) -> None:
    findings = check(load(example_path), today=today, settings=find_settings(example_path))
    assert [str(f) for f in findings if f.severity == Level.ERROR] == []
    assert [str(f) for f in findings if f.severity == Level.WARNING] == []
