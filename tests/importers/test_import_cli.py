"""`postmortem import`: new documents, merging twice, the dry run, the report and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from postmortem.cli import main
from postmortem.fileformat import load, save
from postmortem.model import Document

DATA = Path(__file__).parent.parent / "data" / "imports"


@pytest.fixture
def data() -> Path:
    """The sources written for these tests, in each tool's documented format (tests/data/imports)."""
    return DATA



@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSTMORTEM_STUDIO_DATA", str(tmp_path / "user-data"))


def test_new_document_from_several_sources_with_a_report(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "new.postmortem"
    code = main(
        [
            "import",
            str(data / "pagerduty-log-entries.json"),
            str(data / "statuspage-incident.json"),
            "-o",
            str(out),
            "--zone",
            "Europe/Berlin",
        ]
    )
    report = capsys.readouterr().out
    assert code == 1  # the status page's link had no field of its own and went to the notes
    assert "imported 9 events, 0 action items and 3 sections; skipped 0 duplicates" in report
    assert "times without an offset were read in Europe/Berlin" in report
    assert "not placed, kept in impact.internal_notes <- " in report
    document = load(out)
    assert document.meta.time_zone == "Europe/Berlin"
    assert len(document.timeline.events) == 9


def test_merging_the_same_sources_twice_changes_nothing(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "incident.postmortem"
    save(Document(), target)
    sources = [
        str(data / "slack-export"),
        str(data / "pagerduty-log-entries.json"),
        str(data / "google-sre-shape.md"),
    ]
    assert main(["import", *sources, "--into", str(target)]) in (0, 1)
    once = target.read_bytes()
    first = load(target)
    times = [e.time for e in first.timeline.events]
    assert times == sorted(times)
    capsys.readouterr()
    assert main(["import", *sources, "--into", str(target)]) in (0, 1)
    report = capsys.readouterr().out
    assert target.read_bytes() == once
    assert "imported 0 events, 0 action items and 0 sections" in report
    versions = list((tmp_path / "user-data").rglob("*.postmortem"))
    assert versions  # the file as it was before the merge is kept, as for any save


def test_near_identical_events_already_there_are_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "incident.postmortem"
    notes = tmp_path / "notes.txt"
    notes.write_text("2026-03-09 06:52 Replication lag alert fired\n")
    assert main(["import", str(notes), "-o", str(target)]) == 0
    notes.write_text("2026-03-09 06:52 replication-lag alert fired.\n2026-03-09 07:00 new line\n")
    capsys.readouterr()
    assert main(["import", str(notes), "--into", str(target)]) == 0
    assert "imported 1 event, 0 action items and 1 section; skipped 1 duplicate" in capsys.readouterr().out
    assert len(load(target).timeline.events) == 2


def test_dry_run_prints_one_line_an_item_and_writes_nothing(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "incident.postmortem"
    save(Document(), target)
    before = target.read_bytes()
    main(["import", str(data / "statuspage-incident.json"), "--into", str(target), "--dry-run"])
    out = capsys.readouterr().out.splitlines()
    assert target.read_bytes() == before
    assert sum(line.startswith("event ") for line in out) == 3
    assert sum(line.startswith("field ") for line in out) == 4
    assert out[-1].endswith("nothing written (dry run)")
    assert not list(tmp_path.glob("*.postmortem.*"))


def test_unreadable_source_is_one_line_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "log.json"
    broken.write_text('{"log_entries": [\n  {"type": "trigger_log_entry",\n  oops}\n]}')
    out = tmp_path / "new.postmortem"
    assert main(["import", str(broken), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: {broken}:3: is not valid JSON") and "\n" not in err
    assert not out.exists()


def test_usage_errors_exit_2_and_change_nothing(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = tmp_path / "there.postmortem"
    save(Document(), existing)
    before = existing.read_bytes()
    source = str(data / "statuspage-incident.json")
    assert main(["import", source]) == 2
    assert main(["import", source, "-o", str(existing)]) == 2
    assert main(["import", source, "-o", str(tmp_path / "x.postmortem"), "--zone", "Mars/Olympus"]) == 2
    assert main(["import", source, "-o", str(tmp_path / "x.postmortem"), "--date", "9 March"]) == 2
    assert existing.read_bytes() == before and not (tmp_path / "x.postmortem").exists()
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 4 and all(line.startswith("error: ") for line in errors)


def test_time_of_day_only_source_takes_date_option(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("10:27 AM paged\n10:31 AM acked\n")
    out = tmp_path / "new.postmortem"
    assert main(["import", str(notes), "-o", str(out), "--date", "2026-03-09", "--zone", "Asia/Tokyo"]) == 0
    first = load(out).timeline.events[0].time
    assert (first.year, first.month, first.day, first.hour, first.utcoffset().total_seconds()) == (
        2026,
        3,
        9,
        10,
        9 * 3600,
    )


def test_slack_day_file_alone_is_refused_with_advice(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    day = tmp_path / "2026-03-09.json"
    shutil.copy(data / "slack-export" / "incident-db" / "2026-03-09.json", day)
    assert json.loads(day.read_text())
    assert main(["import", str(day), "--dry-run"]) == 2
    assert "import the channel's folder or the zip" in capsys.readouterr().err
