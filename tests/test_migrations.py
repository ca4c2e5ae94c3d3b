"""Files written by earlier versions open, upgraded, and nothing they held is lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import postmortem
from postmortem import SCHEMA_VERSION, DocumentError

V1 = Path(__file__).parent / "data" / "v1" / "raid-outage-v1.postmortem"


def test_the_saved_version_1_file_really_is_version_1() -> None:
    text = V1.read_text(encoding="utf-8")
    assert "\nschema_version: 1\n" in text
    assert "\n  detection: The first disk failure" in text


def test_version_1_opens_with_renamed_fields_carrying_their_text() -> None:
    document = postmortem.load(V1)
    assert document.schema_version == SCHEMA_VERSION == 2
    assert document.root_cause.detection_analysis.startswith("The first disk failure was reported")
    assert document.root_cause.response_analysis.startswith("The on-call engineer escalated quickly")


def test_opening_an_old_file_does_not_change_it() -> None:
    before = V1.read_bytes()
    postmortem.load(V1)
    assert V1.read_bytes() == before


def test_saving_an_upgraded_file_writes_the_current_schema(tmp_path: Path) -> None:
    copy = tmp_path / "old.postmortem"
    shutil.copy(V1, copy)
    postmortem.save(postmortem.load(copy), copy)
    text = copy.read_text(encoding="utf-8")
    assert f"\nschema_version: {SCHEMA_VERSION}\n" in text
    assert "\n  detection_analysis: The first disk failure" in text
    assert "\n  detection: " not in text
    # Everything else the old file held is still there.
    assert postmortem.load(copy) == postmortem.load(V1)


def test_the_upgraded_example_matches_the_current_example() -> None:
    current = Path(__file__).parent.parent / "examples" / "raid-outage" / "raid-outage.postmortem"
    old, new = postmortem.load(V1), postmortem.load(current)
    assert old.root_cause == new.root_cause


def test_errors_in_an_old_file_point_at_the_line_the_writer_sees(tmp_path: Path) -> None:
    text = V1.read_text(encoding="utf-8")
    lines = text.splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith("  detection: "))
    lines[number - 1] = "  detection: [not, text]"
    broken = tmp_path / "broken.postmortem"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        postmortem.load(broken)
    assert str(caught.value).startswith(f"{broken}:{number}: root_cause.detection_analysis")


def test_a_file_from_a_newer_version_is_refused_not_trimmed(tmp_path: Path) -> None:
    newer = tmp_path / "newer.postmortem"
    text = V1.read_text(encoding="utf-8").replace("schema_version: 1", "schema_version: 3")
    newer.write_text(text.replace("  tags:\n", "  colour_scheme: dark\n  tags:\n"), encoding="utf-8")
    with pytest.raises(DocumentError, match="newer Postmortem Studio"):
        postmortem.load(newer)
