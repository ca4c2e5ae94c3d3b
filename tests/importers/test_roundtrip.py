"""Internal Markdown export, then import: the same document, every field."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from postmortem.cli import main
from postmortem.export import export
from postmortem.fileformat import load
from postmortem.importers import Options, read_sources
from postmortem.importers.merge import apply
from postmortem.model import (
    ActionItem,
    ActionStatus,
    Category,
    DataLoss,
    Document,
    EventKind,
    Person,
    Priority,
    Severity,
    Status,
    TimelineEvent,
    Why,
)

ZONES = ["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata"]
text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=40)
words = st.text(alphabet=st.characters(categories=["L", "N", "P", "Zs"], max_codepoint=0x24F), max_size=30)
moments = st.builds(
    lambda naive, zone: naive.replace(tzinfo=ZoneInfo(zone)),
    st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2090, 1, 1)),
    st.sampled_from(ZONES),
)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    doc = Document()
    doc.meta.title = draw(words)
    doc.meta.incident_id = draw(words)
    doc.meta.severity = draw(st.sampled_from(list(Severity)))
    doc.meta.time_zone = draw(st.sampled_from(ZONES))
    doc.meta.date = draw(st.none() | st.dates(min_value=dt.date(2000, 1, 1)))
    doc.meta.authors = [
        Person(name=n, title=t) for n, t in draw(st.lists(st.tuples(words, words), max_size=2))
    ]
    doc.meta.tags = draw(st.lists(words, max_size=3))
    doc.meta.internal_notes = draw(text)
    doc.summary.text = draw(text)
    doc.summary.internal_notes = draw(text)
    doc.timeline.events = [
        TimelineEvent(time=t, kind=k, customer_visible=v, description=d)
        for t, k, v, d in draw(
            st.lists(st.tuples(moments, st.sampled_from(list(EventKind)), st.booleans(), text), max_size=5)
        )
    ]
    doc.timeline.internal_notes = draw(text)
    doc.impact.start = draw(st.none() | moments)
    doc.impact.services = draw(st.lists(words, max_size=3))
    doc.impact.customers_affected_count = draw(st.none() | st.integers(0, 10**6))
    doc.impact.data_loss = draw(st.sampled_from(list(DataLoss)))
    doc.impact.description = draw(text)
    doc.root_cause.root_causes = draw(st.lists(text, max_size=3))
    doc.root_cause.five_whys = [
        Why(question=q, answer=a) for q, a in draw(st.lists(st.tuples(words, text), max_size=3))
    ]
    doc.lessons.went_well = draw(st.lists(text, max_size=2))
    doc.lessons.got_lucky = draw(st.lists(text, max_size=2))
    doc.action_items.items = [
        ActionItem(
            title=title, owner=owner, due=due, priority=p, category=c, status=s, customer_promised=cp
        )
        for title, owner, due, p, c, s, cp in draw(
            st.lists(
                st.tuples(
                    words,
                    words,
                    st.none() | st.dates(),
                    st.sampled_from(list(Priority)),
                    st.sampled_from(list(Category)),
                    st.sampled_from(list(ActionStatus)),
                    st.booleans(),
                ),
                max_size=4,
            )
        )
    ]
    doc.action_items.internal_notes = draw(text)
    doc.customer_letter.greeting = draw(words)
    doc.customer_letter.body = draw(text)
    doc.customer_letter.include_bio = draw(st.booleans())
    doc.customer_letter.internal_notes = draw(text)
    # The rest of the fields, so that every one goes through the round trip.
    doc.meta.status = draw(st.sampled_from(list(Status)))
    doc.meta.reviewers = [Person(name=n) for n in draw(st.lists(words, max_size=2))]
    doc.meta.organisation.name = draw(words)
    doc.meta.organisation.website = draw(st.sampled_from(["", "https://example.com/status"]))
    doc.impact.end = draw(st.none() | moments)
    doc.impact.customers_affected = draw(words)
    for name in ("data_loss_details", "customer_actions", "sla_notes", "internal_notes"):
        setattr(doc.impact, name, draw(text))
    for name in ("trigger", "detection_analysis", "response_analysis", "internal_notes"):
        setattr(doc.root_cause, name, draw(text))
    doc.root_cause.contributing_factors = draw(st.lists(text, max_size=2))
    doc.lessons.went_wrong = draw(st.lists(text, max_size=2))
    doc.lessons.internal_notes = draw(text)
    for item in doc.action_items.items:
        item.description = draw(text)
        item.tracker = draw(st.sampled_from(["", "https://tracker.example/T-1"]))
    doc.customer_letter.date = draw(st.none() | st.dates(min_value=dt.date(2000, 1, 1)))
    doc.customer_letter.reference = draw(words)
    doc.customer_letter.closing = draw(words)
    return doc


@settings(max_examples=40, deadline=None)
@given(documents())
def test_internal_markdown_export_imports_back_to_the_same_document(document: Document) -> None:
    markdown = export(document, "md", "internal", today=dt.date(2026, 1, 1))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.md"
        path.write_bytes(markdown)
        again = Document()
        apply(again, read_sources([path], "auto", Options()))
    assert again == document


def test_the_example_survives_the_cli_round_trip(tmp_path: Path) -> None:
    example = next(Path(__file__).parents[2].joinpath("examples").rglob("*.postmortem"))
    markdown = tmp_path / "report.md"
    assert (
        main(["export", str(example), "--format", "md", "--audience", "internal", "-o", str(markdown)]) == 0
    )
    assert main(["import", str(markdown), "-o", str(tmp_path / "back.postmortem")]) == 0
    assert load(tmp_path / "back.postmortem") == load(example)


def test_the_report_body_is_what_is_imported(tmp_path: Path) -> None:
    """The readable report is read back, not a copy of the file: an edit to it comes through."""
    example = next(Path(__file__).parents[2].joinpath("examples").rglob("*.postmortem"))
    markdown = tmp_path / "report.md"
    main(["export", str(example), "--format", "md", "--audience", "internal", "-o", str(markdown)])
    text = markdown.read_text(encoding="utf-8")
    front, _, body = text.partition("\n---\n\n")
    trigger = load(example).root_cause.trigger
    assert trigger in body
    data = yaml.safe_load(front.removeprefix("---\n"))
    # What the report shows exactly is read from it, not repeated in the front matter.
    assert "trigger" not in data.get("root_cause", {}) and "summary" not in data and "lessons" not in data
    shown = {"title", "incident_id", "severity", "status", "date", "time_zone", "tags"}
    assert shown.isdisjoint(data["meta"])
    assert "five_whys" not in data.get("root_cause", {})
    assert {"description", "data_loss_details", "customer_actions", "sla_notes"}.isdisjoint(data["impact"])
    assert "base64" not in text and "```postmortem" not in text
    markdown.write_text(text.replace(trigger, "A second disk failed during the rebuild."), encoding="utf-8")
    assert main(["import", str(markdown), "-o", str(tmp_path / "back.postmortem")]) == 0
    assert load(tmp_path / "back.postmortem").root_cause.trigger == "A second disk failed during the rebuild."
