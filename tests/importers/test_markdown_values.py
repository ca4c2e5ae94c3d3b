"""Values under a Markdown postmortem's title: `**Key:** value` lines read as the writer meant."""

from __future__ import annotations

from pathlib import Path

from postmortem.importers import Options, read_sources
from postmortem.importers.merge import apply
from postmortem.model import Document


def _import(tmp_path: Path, text: str) -> tuple[Document, list[str]]:
    source = tmp_path / "old.md"
    source.write_text(text, encoding="utf-8")
    document = Document()
    report = apply(document, read_sources([source], "auto", Options()))
    return document, report.findings


def test_an_underscore_inside_a_zone_name_is_kept(tmp_path: Path) -> None:
    document, findings = _import(
        tmp_path,
        "# Outage\n\n**Time zone:** America/New_York\n**Incident:** INC\\_7\n\n"
        "## Timeline\n\n- 2026-03-01 10:00 Disk fails\n",
    )
    assert document.meta.time_zone == "America/New_York"
    assert document.meta.incident_id == "INC_7"
    assert document.timeline.events[0].time.utcoffset().total_seconds() == -5 * 3600
    assert findings == []


def test_an_unknown_zone_name_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    document, findings = _import(
        tmp_path, "# Outage\n\n**Time zone:** Mars/Olympus\n\n## Timeline\n\n- 2026-03-01 10:00 Disk fails\n"
    )
    assert document.meta.time_zone == "UTC"
    assert any("Mars/Olympus" in finding for finding in findings)
    assert "Mars/Olympus" in document.meta.internal_notes  # kept, not dropped


def test_written_out_dates_and_bold_why_questions_are_read(tmp_path: Path) -> None:
    document, findings = _import(
        tmp_path,
        "# Outage\n\n**Date:** 6 November 2026\n\n## Five whys\n\n"
        "1. **Why was the site down?** The array failed.\n2. **Why did it fail?** A second disk died.\n",
    )
    assert document.meta.date is not None and document.meta.date.isoformat() == "2026-11-06"
    assert [(w.question, w.answer) for w in document.root_cause.five_whys] == [
        ("Why was the site down?", "The array failed."),
        ("Why did it fail?", "A second disk died."),
    ]
    assert findings == []
