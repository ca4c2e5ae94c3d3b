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
    assert document.schema_version == SCHEMA_VERSION == 3
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
    text = V1.read_text(encoding="utf-8").replace("schema_version: 1", "schema_version: 4")
    newer.write_text(text.replace("  tags:\n", "  colour_scheme: dark\n  tags:\n"), encoding="utf-8")
    with pytest.raises(DocumentError, match="newer Postmortem Studio"):
        postmortem.load(newer)


# ---------------------------------------------------------------- schema 2 -> 3: the letter becomes one body

V2 = Path(__file__).parent / "data" / "v2" / "raid-outage.postmortem"
# The schema 2 letter parts that moved into customer_letter.body.
MOVED_PARTS = ("narrative", "apology", "responsibility", "next_steps", "call_to_action")


def _old_letter() -> dict[str, str]:
    import yaml

    return yaml.safe_load(V2.read_text(encoding="utf-8"))["customer_letter"]


def test_the_saved_version_2_file_really_is_version_2() -> None:
    text = V2.read_text(encoding="utf-8")
    assert "\nschema_version: 2\n" in text
    assert all(f"\n  {part}: " in text for part in MOVED_PARTS)


def test_version_2_letter_keeps_every_word_of_every_part_in_one_body() -> None:
    old = _old_letter()
    body = postmortem.load(V2).customer_letter.body
    for part in MOVED_PARTS:
        # Every word of every part, in one piece: the part is a paragraph (or more) of the body.
        assert old[part].strip() in body, part
    # The reader's order: what happened, then the apology straight after it, not saved for last.
    positions = [body.index(old[part].strip()) for part in MOVED_PARTS]
    assert positions[0] < positions[1] < positions[2] < positions[3] < positions[4]
    paragraphs = body.split("\n\n")
    assert paragraphs.index(old["apology"].strip()) < len(paragraphs) // 2


def test_version_2_facts_the_letter_printed_become_fields_where_a_reader_needs_them() -> None:
    old = _old_letter()
    body = postmortem.load(V2).customer_letter.body
    order = [
        old["apology"].strip(), "{{ timeline }}", "{{ data_loss }}", "{{ customer_action }}",
        old["responsibility"].strip(), old["next_steps"].strip(), "{{ promises }}",
        old["call_to_action"].strip(),
    ]
    positions = [body.index(piece) for piece in order]
    assert positions == sorted(positions)


def test_version_2_letter_keeps_its_other_fields() -> None:
    old, new = _old_letter(), postmortem.load(V2).customer_letter
    assert (new.reference, new.greeting, new.closing, new.signer, new.include_bio, new.internal_notes) == (
        old["reference"], old["greeting"], old["closing"], old["signer"], old["include_bio"],
        old["internal_notes"],
    )
    assert new.date is not None and new.date.isoformat() == str(old["date"])


def test_opening_a_version_2_file_does_not_change_it(tmp_path: Path) -> None:
    copy = tmp_path / "old.postmortem"
    shutil.copy(V2, copy)
    before = copy.read_bytes()
    document = postmortem.load(copy)
    assert copy.read_bytes() == before
    postmortem.save(document, copy)
    text = copy.read_text(encoding="utf-8")
    assert "\nschema_version: 3\n" in text and "\n  body: " in text
    assert "\n  narrative: " not in text and "\n  apology: " not in text
    assert postmortem.load(copy) == document


def test_an_error_in_an_old_letter_part_names_that_part_and_its_line(tmp_path: Path) -> None:
    text = V2.read_text(encoding="utf-8")
    lines = text.splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith("  apology: "))
    lines[number - 1] = "  apology: [not, text]"
    broken = tmp_path / "broken.postmortem"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        postmortem.load(broken)
    assert str(caught.value).startswith(f"{broken}:{number}: customer_letter.apology")
