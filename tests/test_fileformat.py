"""The `.postmortem` file: round trips, small diffs, atomic saves and clear errors for bad files."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postmortem.errors import DocumentError
from postmortem.fileformat import dumps, load, loads, save
from postmortem.model import (
    ActionItem,
    ActionItems,
    ActionStatus,
    Category,
    CustomerLetter,
    DataLoss,
    Document,
    EventKind,
    Impact,
    Lessons,
    Meta,
    Organisation,
    PageSize,
    Person,
    Priority,
    RootCause,
    Severity,
    Status,
    Summary,
    Timeline,
    TimelineEvent,
    Why,
)

# ---------------------------------------------------------------- strategies

# Fragments that YAML, Markdown or our normalisers treat specially.
TRICKY = [
    "null", "~", "yes", "No", "true", "1e3", "0x1F", "0o17", ".inf", "- item", "# heading", "key: value",
    "'", '"', "|", ">", "&anchor", "*alias", "!tag", "!!python/object:os.system", "%YAML", "@", "`",
    "[[prompt]]", "{a: b}", "[1, 2]", "...", "---", "  ", "\t", "\r\n", "\n", "\r", "\u2028", "\x00",
    "\x85", "\x1b", "\ufeff", "\u00e9", "\u65e5\u672c\u8a9e", "\U0001f525", "\u200b", "\u00a0", "\\",
    "2026-10-27", "12:30", "2026-10-27T03:10:00-04:00", "<script>alert(1)</script>", "**bold**",
    "    indented code", "> quote",
]
fragment = st.one_of(st.text(max_size=12), st.sampled_from(TRICKY))
text = st.lists(fragment, max_size=6).map("".join)
markdown = st.lists(text, max_size=4).map("\n\n".join)  # several paragraphs, like real prose
offsets = st.integers(-14 * 60, 14 * 60).map(lambda minutes: dt.timezone(dt.timedelta(minutes=minutes)))
aware = st.datetimes(
    min_value=dt.datetime(1970, 1, 2), max_value=dt.datetime(2099, 12, 30), timezones=offsets
)
dates = st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2099, 12, 31))
colours = st.from_regex(r"#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}", fullmatch=True)
asset_part = st.from_regex(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,8}", fullmatch=True)
assets = st.one_of(
    st.just(""),
    st.builds(
        lambda folders, name, suffix: "/".join([*folders, name + suffix]),
        st.lists(asset_part, max_size=2),
        asset_part,
        st.sampled_from([".png", ".svg", ".JPG", ".webp"]),
    ),
)
emails = st.one_of(
    st.just(""), st.from_regex(r"[a-z0-9._+-]{1,10}@[a-z0-9-]{1,10}\.[a-z]{2,6}", fullmatch=True)
)
urls = st.one_of(
    st.just(""),
    st.from_regex(r"https?://[a-z0-9-]{1,12}\.[a-z]{2,4}(/[A-Za-z0-9._~%-]{1,8}){0,3}", fullmatch=True),
)
zones = st.sampled_from(sorted(available_timezones() | {"UTC"}))
languages = st.from_regex(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}", fullmatch=True)

people = st.builds(Person, name=text, title=text, email=emails, bio=markdown)
events = st.builds(
    TimelineEvent, time=aware, kind=st.sampled_from(EventKind), customer_visible=st.booleans(),
    description=markdown,
)
actions = st.builds(
    ActionItem, title=text, description=markdown, owner=text, due=st.none() | dates,
    priority=st.sampled_from(Priority), category=st.sampled_from(Category),
    status=st.sampled_from(ActionStatus), tracker=urls, customer_promised=st.booleans(),
)
documents = st.builds(
    Document,
    meta=st.builds(
        Meta, title=text, incident_id=text, severity=st.sampled_from(Severity),
        status=st.sampled_from(Status), date=st.none() | dates, time_zone=zones, language=languages,
        page_size=st.sampled_from(PageSize),
        organisation=st.builds(
            Organisation, name=text, logo=assets, contact_email=emails, website=urls, phone=text,
            brand_colour=colours,
        ),
        authors=st.lists(people, max_size=3), reviewers=st.lists(people, max_size=2),
        tags=st.lists(text, max_size=3), internal_notes=markdown,
    ),
    summary=st.builds(Summary, text=markdown, internal_notes=markdown),
    timeline=st.builds(Timeline, events=st.lists(events, max_size=6), internal_notes=markdown),
    impact=st.builds(
        Impact, start=st.none() | aware, end=st.none() | aware, services=st.lists(text, max_size=3),
        customers_affected=text, customers_affected_count=st.none() | st.integers(0, 10**15),
        customers_affected_percent=st.none() | st.floats(0, 100), description=markdown,
        data_loss=st.sampled_from(DataLoss), data_loss_details=markdown,
        data_loss_start=st.none() | aware, data_loss_end=st.none() | aware,
        customer_actions=markdown, sla_notes=markdown, internal_notes=markdown,
    ),
    root_cause=st.builds(
        RootCause, trigger=markdown, root_causes=st.lists(markdown, max_size=3),
        contributing_factors=st.lists(markdown, max_size=3),
        five_whys=st.lists(st.builds(Why, question=text, answer=markdown), max_size=3),
        detection_analysis=markdown, response_analysis=markdown, internal_notes=markdown,
    ),
    lessons=st.builds(
        Lessons, went_well=st.lists(markdown, max_size=2), went_wrong=st.lists(markdown, max_size=2),
        got_lucky=st.lists(markdown, max_size=2), internal_notes=markdown,
    ),
    action_items=st.builds(ActionItems, items=st.lists(actions, max_size=5), internal_notes=markdown),
    customer_letter=st.builds(
        CustomerLetter, date=st.none() | dates, reference=text, greeting=text, body=markdown,
        closing=text, signer=text, include_bio=st.booleans(), signature_image=assets,
        internal_notes=markdown,
    ),
)


# ---------------------------------------------------------------- round trips


@given(documents)
def test_any_document_saves_and_loads_back_equal(document: Document) -> None:
    text = dumps(document)
    again = loads(text)
    assert again == document
    # Offsets are part of what the writer wrote: keep them, not just the instant.
    assert [e.time.utcoffset() for e in again.timeline.events] == [
        e.time.utcoffset() for e in document.timeline.events
    ]
    assert dumps(again) == text

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "incident.postmortem"
        save(document, path)
        first = path.read_bytes()
        assert first == text.encode("utf-8")
        loaded = load(path)
        assert loaded == document
        save(loaded, path)
        assert path.read_bytes() == first
        assert [p.name for p in Path(folder).iterdir()] == ["incident.postmortem"]


def test_example_reads_and_writes_back_byte_for_byte(example_path: Path) -> None:
    assert dumps(load(example_path)).encode("utf-8") == example_path.read_bytes()


def test_markdown_paragraphs_are_lines_of_a_literal_block(sample_document: Document) -> None:
    text = dumps(sample_document)
    assert (
        "  text: |-\n"
        "    On 2 March our public API refused every connection for 62 minutes because its TLS "
        "certificate expired.\n"
        "\n"
        "    Customers' integrations failed until a renewed certificate was deployed.\n"
    ) in text
    assert "  - time: 2026-03-02T08:00:00+01:00\n" in text  # unquoted, with its offset
    assert not [line for line in text.splitlines() if line != line.rstrip()]


# ---------------------------------------------------------------- bad files


def _line_of(data: bytes, needle: bytes) -> int:
    return data[: data.index(needle)].count(b"\n") + 1


def _replace(old: bytes, new: bytes) -> Any:
    def mutate(raw: bytes) -> bytes:
        assert old in raw
        return raw.replace(old, new, 1)

    return mutate


BAD_FILES = {
    # name: (change to the example, bytes marking the line the error must name, words in the message)
    "non-utf8": (_replace("Tomás".encode(), b"Tom\xe1s"), b"Tom\xe1s", "UTF-8"),
    "bad colour": (
        _replace(b"brand_colour: '#1d5c63'", b"brand_colour: red;} body{display:none"),
        b"brand_colour: red", "meta.organisation.brand_colour",
    ),
    "naive time": (
        _replace(b"- time: 2026-10-28T02:24:00-04:00", b"- time: 2026-10-28T02:24:00\n"),
        b"- time: 2026-10-28T02:24:00\n", "timeline.events[5].time",
    ),
    "bad enum": (_replace(b"kind: escalation", b"kind: panic"), b"kind: panic", "timeline.events[6].kind"),
    "negative count": (
        _replace(b"customers_affected_count: null", b"customers_affected_count: -5"),
        b"customers_affected_count: -5", "impact.customers_affected_count",
    ),
    "javascript tracker": (
        _replace(
            b"tracker: https://tracker.northwind-loadlabs.example/OPS-516", b"tracker: javascript:alert(1)"
        ),
        b"javascript:", "action_items.items[4].tracker",
    ),
    "unknown field": (
        _replace(b"  incident_id:", b"  colour: blue\n  incident_id:"), b"  colour: blue", "meta.colour",
    ),
    "duplicate key": (
        _replace(b"  severity: SEV1\n", b"  severity: SEV1\n  severity: SEV3\n"), b"  severity: SEV3",
        "appears twice",
    ),
    "newer schema": (
        _replace(b"schema_version: 3", b"schema_version: 4"), b"schema_version: 4", "newer Postmortem Studio",
    ),
    "missing schema": (_replace(b"schema_version: 3\n", b""), b"# Postmortem Studio", "schema_version"),
    "python tag": (
        _replace(b"  title: Web site", b"  title: !!python/object/apply:os.system ['touch pwned']\n  x: Web"),
        b"!!python", "unsupported YAML tag",
    ),
    "alias bomb": (
        lambda raw: raw + b"bomb: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a]\n"
        b"c: &c [*b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c]\n",
        b"b: &b", "anchors and aliases",  # the line of the first alias
    ),
    "deep nesting": (
        _replace(b"  tags:\n", b"  tags: " + b"[" * 100_000 + b"]" * 100_000 + b"\n  x:\n"),
        b"  tags: [[", "not a valid postmortem file",
    ),
    "empty": (lambda raw: b"", None, "empty"),
    "only whitespace": (lambda raw: b" \n\n\t\n", None, "empty"),
    "not a mapping": (lambda raw: b"- meta\n- summary\n", None, "not a postmortem file"),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_file_gives_one_line_error_naming_file_and_place(
    kind: str, example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mutate, marker, words = BAD_FILES[kind]
    bad = mutate(example_copy.read_bytes())
    example_copy.write_bytes(bad)
    monkeypatch.chdir(example_copy.parent.parent)  # makes pwned appear here if a tag ran
    path = Path(example_copy.parent.name) / example_copy.name

    with pytest.raises(DocumentError) as caught:
        load(path)

    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}:")
    assert words in message
    expected_line = _line_of(bad, marker) if marker else 1
    assert caught.value.line == expected_line
    assert message.startswith(f"{path}:{expected_line}: ")
    assert example_copy.read_bytes() == bad
    assert not Path("pwned").exists()


TRUNCATION_POINTS = [0.02, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999]


@pytest.mark.parametrize("fraction", TRUNCATION_POINTS)
@pytest.mark.parametrize("at_line_end", [False, True], ids=["mid-line", "line-end"])
def test_truncated_file_is_refused(example_copy: Path, fraction: float, at_line_end: bool) -> None:
    raw = example_copy.read_bytes()
    cut = int(len(raw) * fraction)
    if at_line_end:
        cut = raw.rindex(b"\n", 0, cut) + 1
    example_copy.write_bytes(raw[:cut])

    with pytest.raises(DocumentError) as caught:
        load(example_copy)

    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{example_copy}:{caught.value.line}: the file ends early")
    assert example_copy.read_bytes() == raw[:cut]


def test_files_without_the_closing_line_promise_load(example_path: Path) -> None:
    # Hand-made files, and files written before the closing line existed, have no
    # header line announcing it; they are read as they are.
    lines = example_path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[2].startswith("# The last line") and lines[-1] == "# End of postmortem.\n"
    expected = load(example_path).model_dump()
    assert loads("".join(lines[:2] + lines[3:-1])).model_dump() == expected
    assert loads("".join(lines[3:-1])).model_dump() == expected


def test_file_missing_only_its_final_newline_still_loads(example_copy: Path, example_path: Path) -> None:
    example_copy.write_bytes(example_copy.read_bytes().rstrip(b"\n"))
    assert load(example_copy).model_dump() == load(example_path).model_dump()


@pytest.mark.parametrize(
    ("kind", "change"),
    [
        ("bom", lambda raw: b"\xef\xbb\xbf" + raw),
        ("crlf", lambda raw: raw.replace(b"\n", b"\r\n")),
        ("cr", lambda raw: raw.replace(b"\n", b"\r")),
    ],
)
def test_bom_and_windows_line_ends_load_fine(
    example_copy: Path, example_path: Path, kind: str, change: Any
) -> None:
    changed = change(example_copy.read_bytes())
    example_copy.write_bytes(changed)
    document = load(example_copy)
    assert document.model_dump() == load(example_path).model_dump()
    assert "\r" not in document.summary.text
    assert example_copy.read_bytes() == changed


def test_folder_instead_of_file(tmp_path: Path) -> None:
    folder = tmp_path / "incident.postmortem"
    folder.mkdir()
    with pytest.raises(DocumentError) as caught:
        load(folder)
    assert str(caught.value) == f"{folder}: is a folder, not a postmortem file"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        load(tmp_path / "nope.postmortem")
    assert str(caught.value) == f"{tmp_path / 'nope.postmortem'}: cannot read: No such file or directory"


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.postmortem"
    with path.open("wb") as handle:
        handle.truncate(65 * 2**20)  # sparse: costs no disk space
    with pytest.raises(DocumentError) as caught:
        load(path)
    assert str(caught.value) == f"{path}: file is 65 MB; the limit is 64 MB"


def test_schema_invalid_value_error_counts_further_problems(example_path: Path) -> None:
    raw = example_path.read_bytes()
    raw = raw.replace(b"severity: SEV1", b"severity: SEV9").replace(b"status: final", b"status: done")
    with pytest.raises(DocumentError) as caught:
        loads(raw, "x.postmortem")
    line = _line_of(raw, b"severity: SEV9")
    assert str(caught.value).startswith(f"x.postmortem:{line}: meta.severity: input should be 'SEV1'")
    assert str(caught.value).endswith("(and 1 more problem)")
