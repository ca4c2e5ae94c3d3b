"""Issue 10's time items: mistyped dates, letters that would say something false, full durations,
both offsets across a clock change, and one past-due rule for `check` and the report."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from postmortem import timefmt
from postmortem.checks import Level, check
from postmortem.durations import format_duration, key_figures
from postmortem.export import export
from postmortem.fileformat import load, save
from postmortem.model import ActionItem, ActionStatus, Document, EventKind
from postmortem.views import internal_view

LA = "America/Los_Angeles"


@pytest.fixture
def doc(example_path: Path) -> Document:
    return load(example_path)


# ---------------------------------------------------------------- a mistyped year


def test_a_resolution_a_year_after_the_rest_is_an_error_with_the_likely_date(doc: Document) -> None:
    events = doc.timeline.events
    index, resolution = next((i, e) for i, e in enumerate(events) if e.kind == EventKind.RESOLUTION)
    meant = timefmt.localise(resolution.time, doc.meta.time_zone).date()
    resolution.time = resolution.time.replace(year=resolution.time.year + 1)
    assert key_figures(doc).time_to_resolve > dt.timedelta(days=365)  # what the report would print
    found = [f for f in check(doc, today=dt.date(2030, 1, 1)) if f.rule == "mistyped-date"]
    assert [(f.severity, f.location) for f in found] == [(Level.ERROR, f"timeline.events[{index}].time")]
    assert "the event “" in found[0].message
    assert f"{meant.year + 1}-" in found[0].message
    assert found[0].suggestion.startswith(f"Did you mean {meant.isoformat()}?")


def test_an_early_change_a_few_days_before_is_not_a_mistyped_date(doc: Document) -> None:
    doc.timeline.events[0].time -= dt.timedelta(days=3)
    findings = check(doc, today=dt.date(2030, 1, 1))
    assert not [f for f in findings if f.rule in ("mistyped-date", "outside-span")]


# ---------------------------------------------------------------- exports that would say something false


def _run(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "postmortem", *map(str, args)],
                          capture_output=True, text=True, timeout=180, check=False)


@pytest.fixture
def backwards(doc: Document, tmp_path: Path) -> Path:
    """The example with an impact window that ends two hours before it starts."""
    assert doc.impact.start is not None
    doc.impact.end = doc.impact.start - dt.timedelta(hours=2)
    path = tmp_path / "backwards.postmortem"
    save(doc, path)
    return path


def test_customer_export_of_a_false_letter_exits_1_and_writes_nothing(backwards: Path) -> None:
    result = _run("export", backwards, "--format", "md", "--audience", "customer")
    assert result.returncode == 1
    assert not backwards.with_name("backwards-letter.md").exists()
    assert "error: impact.end: the impact window ends before it starts" in result.stderr.splitlines()
    assert "--force" in result.stderr


def test_force_writes_it_and_prints_the_errors(backwards: Path) -> None:
    result = _run("export", backwards, "--format", "md", "--audience", "customer", "--force")
    assert result.returncode == 0
    assert backwards.with_name("backwards-letter.md").exists()
    assert "error: impact.end: the impact window ends before it starts" in result.stderr.splitlines()


def test_internal_export_writes_and_warns(backwards: Path) -> None:
    result = _run("export", backwards, "--format", "md", "--audience", "internal")
    assert result.returncode == 0
    assert backwards.with_name("backwards-report.md").exists()
    assert "warning: impact.end: the impact window ends before it starts" in result.stderr.splitlines()


# ---------------------------------------------------------------- durations and clock changes


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(24 * 60 + 14, "1 d 0 h 14 min"), (2 * 24 * 60, "2 d 0 h 0 min"), (4 * 60 + 5, "4 h 5 min"),
     (60, "1 h 0 min"), (12, "12 min")],
)
def test_durations_are_printed_in_full(minutes: int, text: str) -> None:
    assert format_duration(dt.timedelta(minutes=minutes)) == text


def test_the_report_prints_a_day_long_impact_in_full(doc: Document, today: dt.date) -> None:
    assert doc.impact.start is not None
    doc.impact.end = doc.impact.start + dt.timedelta(hours=24, minutes=14)
    report = export(doc, "md", "internal", today=today).decode()
    assert "1 d 0 h 14 min" in report


def test_a_window_across_the_clock_change_names_both_offsets(doc: Document, today: dt.date) -> None:
    # 1 November 2026: Los Angeles goes from PDT (UTC-7) back to PST (UTC-8) at 02:00.
    start = dt.datetime(2026, 11, 1, 8, 30, tzinfo=dt.UTC)  # 01:30 PDT
    end = dt.datetime(2026, 11, 1, 10, 0, tzinfo=dt.UTC)  # 02:00 PST, ninety minutes later
    assert timefmt.window(start, end, LA) == (
        "Sunday 1 November 2026, 01:30 PDT to 02:00 PST (Los Angeles time)"
    )
    doc.meta.time_zone = LA
    doc.impact.start, doc.impact.end = start, end
    doc.impact.data_loss_start, doc.impact.data_loss_end = start, end
    for audience in ("customer", "internal"):
        text = export(doc, "md", audience, today=today).decode()
        assert "01:30 PDT to 02:00 PST" in text, audience


# ---------------------------------------------------------------- past due


def test_check_and_report_agree_on_past_due(doc: Document) -> None:
    """A postmortem published last year: open items are overdue today, done items never."""
    doc.meta.date = dt.date(2025, 3, 1)
    doc.action_items.items = [
        ActionItem(title="Open since spring", owner="Ops", due=dt.date(2025, 6, 1), status=ActionStatus.OPEN),
        ActionItem(title="Done long ago", owner="Ops", due=dt.date(2025, 4, 1), status=ActionStatus.DONE),
        ActionItem(title="Due next year", owner="Ops", due=dt.date(2027, 1, 1), status=ActionStatus.OPEN),
    ]
    today = dt.date(2026, 11, 6)
    overdue_in_check = {f.location for f in check(doc, today=today) if f.rule == "overdue"}
    assert overdue_in_check == {"action_items.items[0].due"}
    report = internal_view(doc, today=today)
    assert [a.overdue for a in report.actions] == [True, False, False]
    # Without an explicit date, both judge against the real date.
    assert [a.overdue for a in internal_view(doc).actions] == [True, False, False]


def test_customer_export_refuses_a_letter_with_an_unknown_field(doc: Document, tmp_path: Path) -> None:
    doc.customer_letter.body += "\n\nWe will write again on {{ next_updte }}."
    path = tmp_path / "unknown.postmortem"
    save(doc, path)
    result = _run("export", path, "--format", "md", "--audience", "customer")
    assert result.returncode == 1
    assert not path.with_name("unknown-customer.md").exists()
    errors = result.stderr.splitlines()
    assert any(line.startswith("error: customer_letter.body: unknown field") for line in errors)
