"""The file is written for small diffs: one changed word is one changed line, keys in model order."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from postmortem import editing
from postmortem.fileformat import dumps, load, loads, save
from postmortem.model import SECTIONS, Document, EventKind, TimelineEvent

# ---------------------------------------------------------------- small diffs


def _changes(old: str, new: str) -> tuple[list[int], list[str], list[str]]:
    """(indices of old lines touched, old lines removed, new lines added)."""
    a, b = old.splitlines(), new.splitlines()
    touched: list[int] = []
    removed: list[str] = []
    added: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            touched += range(i1, max(i2, i1 + 1))
            removed += a[i1:i2]
            added += b[j1:j2]
    return touched, removed, added


def test_changing_one_word_changes_one_line(example_copy: Path) -> None:
    before = example_copy.read_text(encoding="utf-8")
    document = load(example_copy)
    paragraphs = document.summary.text.split("\n\n")
    assert "the support desk were unavailable" in paragraphs[0]
    paragraphs[0] = paragraphs[0].replace("were unavailable", "were down", 1)
    editing.set_value(document, ("summary", "text"), "\n\n".join(paragraphs))
    save(document, example_copy)

    _, removed, added = _changes(before, example_copy.read_text(encoding="utf-8"))
    assert len(removed) == len(added) == 1
    assert removed[0].replace("were unavailable", "were down") == added[0]


def _event_block(text: str, index: int) -> range:
    """Line indices of timeline event `index` in the file text."""
    lines = text.splitlines()
    start = [i for i, line in enumerate(lines) if line.startswith("  - time: ")][index]
    # An event's lines are indented under its "- time:"; blank lines inside its text are empty.
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith("    ")), len(lines)
    )
    return range(start, end)


def test_changing_one_event_changes_only_its_lines(example_copy: Path) -> None:
    before = example_copy.read_text(encoding="utf-8")
    document = load(example_copy)
    block = _event_block(before, 6)
    editing.set_value(document, ("timeline", "events", 6, "kind"), EventKind.ACTION)
    editing.set_value(document, ("timeline", "events", 6, "time"),
                      dt.datetime(2026, 10, 28, 3, 45, tzinfo=dt.timezone(dt.timedelta(hours=-4))))
    editing.set_value(document, ("timeline", "events", 6, "description"), "Escalated\n\nto the leads.")
    save(document, example_copy)

    touched, removed, added = _changes(before, example_copy.read_text(encoding="utf-8"))
    assert touched
    assert set(touched) <= set(block)
    assert "  - time: 2026-10-28T03:45:00-04:00" in added
    assert "    kind: action" in added
    assert "    kind: escalation" in removed


def test_inserting_an_event_only_adds_its_lines(example_copy: Path) -> None:
    before = example_copy.read_text(encoding="utf-8")
    document = load(example_copy)
    event = TimelineEvent(
        time=dt.datetime(2026, 10, 28, 4, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
        kind=EventKind.ACTION,
        description="Spare disks ordered.",
    )
    editing.insert(document, ("timeline", "events"), 7, event)
    save(document, example_copy)

    _, removed, added = _changes(before, example_copy.read_text(encoding="utf-8"))
    assert removed == []
    assert added == [
        "  - time: 2026-10-28T04:00:00-04:00",
        "    kind: action",
        "    customer_visible: false",
        "    description: Spare disks ordered.",
    ]


# ---------------------------------------------------------------- key order


def _assert_keys_in_field_order(data: Any, model: type[BaseModel]) -> None:
    assert list(data) == list(model.model_fields)
    for name, info in model.model_fields.items():
        annotation = info.annotation
        inner = getattr(annotation, "__args__", (None,))[0]
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            _assert_keys_in_field_order(data[name], annotation)
        elif isinstance(inner, type) and issubclass(inner, BaseModel):
            for item in data[name]:
                _assert_keys_in_field_order(item, inner)


def test_every_key_is_written_in_model_order(sample_document: Document) -> None:
    data = yaml.safe_load(dumps(sample_document))
    assert list(data) == ["schema_version", *SECTIONS]
    _assert_keys_in_field_order(data, Document)


def test_empty_document_still_writes_every_key() -> None:
    _assert_keys_in_field_order(yaml.safe_load(dumps(Document())), Document)


def _reverse_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _reverse_keys(v) for k, v in reversed(value.items())}
    if isinstance(value, list):
        return [_reverse_keys(v) for v in value]
    return value


def test_hand_reordered_keys_are_saved_in_canonical_order(example_path: Path) -> None:
    original = example_path.read_text(encoding="utf-8")
    shuffled = yaml.safe_dump(_reverse_keys(yaml.safe_load(original)), sort_keys=False, allow_unicode=True)
    assert shuffled.index("customer_letter:") < shuffled.index("meta:")
    assert dumps(loads(shuffled)) == original
