"""Each source read into events, items and fields: what a writer would find in the document."""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
import zipfile
from pathlib import Path

import pytest

from postmortem.errors import DocumentError
from postmortem.importers import Options, detect, read_sources
from postmortem.importers.merge import apply
from postmortem.model import ActionStatus, Document, EventKind, Priority, Severity

DATA = Path(__file__).parent.parent / "data" / "imports"


@pytest.fixture
def data() -> Path:
    """The sources written for these tests, in each tool's documented format (tests/data/imports)."""
    return DATA


@pytest.fixture(scope="session")
def slack_maker():  # type: ignore[no-untyped-def]
    """tests/data/imports/make_slack_export.py, which writes a Slack export in Slack's layout."""
    spec = importlib.util.spec_from_file_location("make_slack_export", DATA / "make_slack_export.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module



def _doc(paths: list[Path], zone: str = "UTC", **options: object) -> tuple[Document, object]:
    document = Document()
    imported = read_sources(paths, "auto", Options(zone=zone, **options))  # type: ignore[arg-type]
    return document, apply(document, imported)


# ---------------------------------------------------------------- Slack


def test_slack_export_folds_threads_marks_edits_and_keeps_joins(data: Path) -> None:
    export = data / "slack-export"
    assert detect(export) == "slack"
    messages = sum(
        len(__import__("json").loads(p.read_text())) for p in (export / "incident-db").glob("*.json")
    )
    assert messages >= 300
    document, _report = _doc([export])
    events = document.timeline.events
    assert 0 < len(events) < messages  # thread replies live inside their parent's event
    threaded = [e for e in events if "\n\n- " in e.description]
    assert threaded and all("UTC):" in e.description.split("\n\n- ", 1)[1] for e in threaded)
    assert any(e.description.endswith("*(edited)*") for e in events)
    joins = [e for e in events if e.description.endswith("joined the channel")]
    assert len(joins) == 6 and all(e.kind == EventKind.ESCALATION for e in joins)
    assert not any(e.customer_visible for e in events)  # names stay internal
    assert any(
        "@priya.n" in e.description or "[dashboard](https://grafana" in e.description for e in events
    )
    assert {e.time.date() for e in events} == {dt.date(2026, 3, 9), dt.date(2026, 3, 10)}
    assert all(e.time.utcoffset() == dt.timedelta(0) for e in events)


def test_slack_zip_reads_like_the_folder(data: Path, tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for path in sorted((data / "slack-export").rglob("*.json")):
            out.write(path, path.relative_to(data / "slack-export").as_posix())
    from_zip, _ = _doc([archive])
    from_folder, _ = _doc([data / "slack-export"])
    assert from_zip.timeline.events == from_folder.timeline.events


def test_slack_export_with_two_channels_is_refused_by_name(tmp_path: Path, slack_maker: object) -> None:
    slack_maker.write_export(tmp_path, 20, 1)
    shutil.copytree(tmp_path / "incident-db", tmp_path / "random")
    with pytest.raises(DocumentError, match="holds 2 channels"):
        _doc([tmp_path])


# ---------------------------------------------------------------- PagerDuty and Statuspage


def test_pagerduty_log_entries_keep_their_utc_times_and_kinds(data: Path) -> None:
    source = data / "pagerduty-log-entries.json"
    assert detect(source) == "pagerduty"
    document, _ = _doc([source], zone="America/New_York")
    kinds = [e.kind for e in document.timeline.events]
    assert kinds[0] == EventKind.DETECTION and kinds[-1] == EventKind.RESOLUTION
    first = document.timeline.events[0]
    assert first.time == dt.datetime(2026, 3, 9, 6, 52, 14, tzinfo=dt.UTC)
    assert "Replication lag above 30 s" in first.description
    assert any("writes paused" in e.description for e in document.timeline.events)  # the note's text
    assert not any(e.customer_visible for e in document.timeline.events)


def test_statuspage_updates_are_customer_visible_communications_oldest_first(data: Path) -> None:
    source = data / "statuspage-incident.json"
    assert detect(source) == "statuspage"
    document, _ = _doc([source])
    events = document.timeline.events
    assert [e.description.split(":")[0] for e in events] == ["Investigating", "Monitoring", "Resolved"]
    assert all(e.customer_visible and e.kind == EventKind.COMMUNICATION for e in events)
    assert events[0].time.utcoffset() == dt.timedelta(hours=1)  # the offset the source gave
    assert document.meta.title == "Orders could not be placed"
    assert document.impact.services == ["Checkout"]
    assert document.impact.start == dt.datetime(2026, 3, 9, 6, 48, tzinfo=dt.UTC)
    assert "https://stspg.io/p7n3kq1" in document.impact.internal_notes


# ---------------------------------------------------------------- CSV and chat


def test_tsv_with_odd_headers_finds_time_author_kind_and_visibility(data: Path) -> None:
    document, _ = _doc([data / "timeline-odd-headers.tsv"], zone="Europe/Berlin", zone_given=True)
    events = document.timeline.events
    # "When (UTC)" says how its times are meant, whatever --zone says.
    assert events[0].time == dt.datetime(2026, 3, 9, 6, 52, tzinfo=dt.UTC)
    assert events[0].description == "mara.lind: Replication lag alert fired (Ticket: INC-4711)"
    assert [e.kind for e in events] == [
        EventKind.DETECTION,
        EventKind.MITIGATION,
        EventKind.COMMUNICATION,
        EventKind.RESOLUTION,
    ]
    assert [e.customer_visible for e in events] == [False, False, True, False]
    # Customers will read the third: who logged it stays internal.
    assert events[2].description == "Status page: investigating"
    assert "logged by sofia.r" in document.timeline.internal_notes


def test_csv_column_mapping_and_unreadable_times_are_findings_with_lines(data: Path) -> None:
    source = data / "timeline-spreadsheet.csv"
    with pytest.raises(
        DocumentError, match=r"timeline-spreadsheet.csv:1: --columns time=Nope: no such column"
    ):
        read_sources([source], "csv", Options(columns={"time": "Nope"}, zone="UTC"))
    document, report = _doc([source], zone="Europe/Berlin", columns={"description": "Notes"})
    assert document.timeline.events[0].description.startswith("On-call confirms")
    assert any("timeline-spreadsheet.csv:2:" in f and "09/03/2026" in f for f in report.findings)
    assert any(
        "timeline-spreadsheet.csv:5:" in f and "25:10 is not a time of day" in f for f in report.findings
    )
    # Nothing dropped: the rows not read are in the timeline's internal notes.
    assert "Typo in the sheet" in document.timeline.internal_notes
    assert "First customer report" in document.timeline.internal_notes


def test_chat_text_takes_its_date_from_the_file_name(tmp_path: Path) -> None:
    source = tmp_path / "incident-2021-06-08.txt"
    source.write_text(
        "jdoe 9:47 AM seeing 500s on checkout\n[10:27] asmith: rolled back\n"
        "1:54 PM resolution: all normal\nlunch\n"
    )
    document, report = _doc([source], zone="America/Chicago")
    times = [e.time for e in document.timeline.events]
    chicago = dt.timezone(dt.timedelta(hours=-5))
    assert [t.astimezone(chicago).time() for t in times] == [
        dt.time(9, 47),
        dt.time(10, 27),
        dt.time(13, 54),
    ]
    assert times[0].date() == dt.date(2021, 6, 8)
    assert any(f.startswith(f"{source}:4:") for f in report.findings)
    assert "lunch" in document.timeline.internal_notes


def test_naive_times_across_a_clock_change_stay_in_order(tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("2026-11-01 01:30 failover started\n01:50 still degraded\n01:05 recovered\n")
    document, _ = _doc([source], zone="America/Los_Angeles")
    first, _second, last = document.timeline.events
    # 01:30 PDT to 01:05 PST, after the clocks went back: 35 minutes later, not 25 minutes earlier.
    assert last.time.astimezone(dt.UTC) - first.time.astimezone(dt.UTC) == dt.timedelta(minutes=35)


# ---------------------------------------------------------------- Markdown postmortems


def test_google_sre_shape(data: Path) -> None:
    document, _ = _doc([data / "google-sre-shape.md"])
    assert document.meta.date == dt.date(2026, 3, 9)
    assert [a.name for a in document.meta.authors] == ["Mara Lind", "Priya Natarajan"]
    assert document.summary.text.startswith("For 74 minutes")
    assert document.impact.description.startswith("About 3,100 orders")
    assert document.root_cause.trigger.startswith("The scheduled migration job")
    assert document.root_cause.detection_analysis.startswith("The replication-lag alert")
    assert len(document.lessons.went_well) == 2 and len(document.lessons.got_lucky) == 1
    first = document.action_items.items[0]
    assert first.owner == "mara.lind" and first.tracker == "https://tracker.example.com/DB-812"
    assert [e.kind for e in document.timeline.events][1:] == [
        EventKind.DETECTION,
        EventKind.MITIGATION,
        EventKind.RESOLUTION,
    ]
    assert document.timeline.events[0].time == dt.datetime(2026, 3, 9, 6, 40, tzinfo=dt.UTC)


def test_pagerduty_shape(data: Path) -> None:
    document, report = _doc([data / "pagerduty-shape.md"])
    events = document.timeline.events
    assert events[0].time.astimezone(dt.UTC) == dt.datetime(2026, 4, 2, 21, 5, tzinfo=dt.UTC)  # 2:05 PM PDT
    assert len(document.root_cause.contributing_factors) == 2
    first, second, third = document.action_items.items
    assert (first.title, first.owner, first.due, first.priority) == (
        "Alert when the empty-result rate doubles",
        "sofia.r",
        dt.date(2026, 4, 30),
        Priority.P1,
    )
    assert first.tracker == "https://tracker.example.com/SRCH-77"
    assert (second.owner, second.due) == ("jun", dt.date(2026, 5, 15))
    assert third.status == ActionStatus.DONE
    assert "Jun Takahashi" in document.summary.internal_notes + document.impact.internal_notes
    assert any("Responders" in line or "impact.internal_notes" in line for line in report.unplaced)


def test_atlassian_shape_with_front_matter(data: Path) -> None:
    document, _ = _doc([data / "atlassian-shape.md"])
    meta = document.meta
    assert (meta.title, meta.incident_id, meta.severity, meta.time_zone) == (
        "Login failures after certificate rotation",
        "HOT-2291",
        Severity.SEV1,
        "Europe/London",
    )
    assert meta.authors[0].title == "Site reliability engineer" and meta.tags == ["auth", "certificates"]
    assert "postmortem owner: Kwame Mensah" in meta.internal_notes
    assert document.root_cause.five_whys[0].question == "Why did logins fail?"
    assert document.timeline.events[0].time == dt.datetime(2026, 5, 18, 8, 12, tzinfo=dt.UTC)
    item = document.action_items.items[0]
    assert (item.status, item.priority, item.due) == (
        ActionStatus.IN_PROGRESS,
        Priority.P2,
        dt.date(2026, 6, 1),
    )
    assert "Backlog check" in document.root_cause.internal_notes


def test_chat_lines_in_brackets_are_not_taken_for_json(tmp_path: Path) -> None:
    source = tmp_path / "log"
    source.write_text("[10:27] jdoe: paged\n[10:31] asmith: acked\n")
    assert detect(source) == "chat"


def test_csv_rows_with_times_of_day_take_the_date_in_the_file_name(tmp_path: Path) -> None:
    sheet = tmp_path / "timeline-2026-03-09.csv"
    sheet.write_text("Time,What happened\n23:58,paged\n00:04,acked\n")
    document, _ = _doc([sheet], zone="UTC")
    assert [e.time.isoformat() for e in document.timeline.events] == [
        "2026-03-09T23:58:00+00:00",
        "2026-03-10T00:04:00+00:00",
    ]
