"""The `.postmortem` file: YAML text that reads and diffs well, saved atomically.

Layout choices that keep `git diff` small:
- keys in model field order, every key always written;
- Markdown as literal blocks, one paragraph per line, never re-wrapped, so
  changing one word changes one line;
- each timeline event and action item is its own block of lines.

The header announces a closing comment line (`FOOTER`). A file whose header
announces it but which lacks it was cut short (an interrupted copy or sync,
a full disk) and is refused: without the check most truncations would still
parse, as a silently shorter document. Files without the announcement
(hand-made, or written before it existed) are read as they are.

Reading goes through `safeyaml.parse` (libyaml's events, no Python object
construction, no implicit typing, no aliases: every scalar reaches pydantic
as the text the writer wrote, and the data is never larger than the file),
which also gives the line of every value for error messages.
"""

from __future__ import annotations

import itertools
import os
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from postmortem import problems, safeyaml
from postmortem.atomic import atomic_write
from postmortem.errors import DocumentError, format_location
from postmortem.limits import MAX_DOCUMENT_BYTES
from postmortem.migrations import MigrationError, renamed_locations, upgrade
from postmortem.model import SCHEMA_VERSION, Document
from postmortem.safeio import read_regular

EXTENSION = ".postmortem"
HEADER = (
    "# Postmortem Studio document: plain YAML, edit it in the app or any text editor.\n"
    "# Markdown text sits in '|' blocks, one paragraph per line; times carry their UTC offset.\n"
    "# The last line says 'End of postmortem'; a file without it is incomplete.\n"
)
FOOTER = "# End of postmortem.\n"
MAX_BYTES = MAX_DOCUMENT_BYTES
_RAW_BREAK = re.compile("[\x85\u2028\u2029]")
_BREAK_NAMES = {"\x85": "NEXT LINE", "\u2028": "LINE SEPARATOR", "\u2029": "PARAGRAPH SEPARATOR"}
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")

Location = safeyaml.Location


# ---------------------------------------------------------------- writing


def _raw_line_break(text: str, path: str | os.PathLike[str] | None) -> DocumentError | None:
    """YAML reads NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR as line breaks, so one
    typed into a value by another editor breaks the file with a puzzling message;
    this names the character instead. Our writer never leaves one raw."""
    found = _RAW_BREAK.search(text)
    if found is None:
        return None
    char = found.group()
    line = text.count("\n", 0, found.start()) + 1
    return DocumentError(
        path,
        f"holds a raw {_BREAK_NAMES[char]} character (U+{ord(char):04X}), which YAML reads as a line "
        "break; replace it with a space or a plain line break",
        line=line,
    )


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """SafeDumper that writes times and dates unquoted and Markdown as blocks."""


# Times read better unquoted; our reader takes every scalar as text anyway.
_Dumper.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dumps(document: Document) -> str:
    """The file text for a document; equal documents give identical text."""
    data = document.model_dump(mode="json")
    body = yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000_000,
        indent=2,
    )
    return HEADER + body + FOOTER


def save(document: Document, path: str | os.PathLike[str]) -> None:
    """Write the document atomically: the old file stays whole until the new one is."""
    target = Path(path)
    atomic_write(target, dumps(document).encode("utf-8"))
    document.folder = target.resolve().parent


# ---------------------------------------------------------------- reading


def load(path: str | os.PathLike[str]) -> Document:
    """Read and validate a `.postmortem` file; never modifies it.

    Only a regular file (or a symlink to one) of at most 64 MB is read:
    a FIFO, device or socket is refused before a byte is read from it.
    """
    source = Path(path)
    raw = read_regular(source, MAX_BYTES, kind="postmortem file")
    document = loads(raw, source)
    document.folder = source.resolve().parent
    return document


def loads(raw: bytes | str, path: str | os.PathLike[str] | None = None) -> Document:
    """Parse file content; `path` only names the file in error messages."""
    text = _decode(raw, path) if isinstance(raw, bytes) else raw
    # Stray control characters (a paste from a terminal, a bad converter)
    # would make the YAML reader refuse the whole file; the model drops
    # them from text anyway, so drop them here and keep the writer's words.
    text = _CONTROL.sub("", text.removeprefix("\ufeff"))
    _check_complete(text, path)
    data, lines = _parse(text, path)
    _check_version(data, lines, path)
    # Long lists are checked item by item first, so that 200,000 bad events
    # cost a few problems' worth of memory, not 200,000 error records.
    early = problems.first_problems(Document, data)
    if early is not None:
        raise problems.to_error(*early, lines, path)
    try:
        return Document.model_validate(data)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        raise problems.to_error(first, error.error_count(), lines, path) from None


def _decode(raw: bytes, path: str | os.PathLike[str] | None) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise DocumentError(
            path, f"is not UTF-8 text (byte {error.start} cannot be decoded)", line=line
        ) from None


def _check_complete(text: str, path: str | os.PathLike[str] | None) -> None:
    lines = text.splitlines()
    comments = [line.rstrip() for line in itertools.takewhile(lambda line: line.startswith("#"), lines)]
    if HEADER.splitlines()[-1] not in comments:
        return  # no promise of a closing line: hand-made, or written before there was one
    closing = FOOTER.strip()
    if not any(line.rstrip() == closing for line in lines):
        raise DocumentError(
            path,
            f"the file ends early: its last line, '{closing}', is missing, so the end of the "
            "document was probably lost while copying or syncing it; open a backup instead",
            line=len(lines),
        )


def _parse(text: str, path: str | os.PathLike[str] | None) -> tuple[Any, dict[Location, int]]:
    if not text.strip():
        raise DocumentError(path, "the file is empty", line=1)
    try:
        data, lines = safeyaml.parse(text, path)
    except DocumentError as error:
        raise _raw_line_break(text, path) or error from None
    if data is None:
        raise DocumentError(path, "the file is empty", line=1)
    if not isinstance(data, dict):
        raise DocumentError(
            path, "not a postmortem file: expected keys such as meta:", line=lines.get((), 1)
        )
    return data, lines


def _check_version(data: dict[str, Any], lines: dict[Location, int], path: Any) -> None:
    line = lines.get(("schema_version",), 1)
    raw = data.get("schema_version")
    if raw is None:
        raise DocumentError(path, "missing; is this a postmortem file?", line=1, field="schema_version")
    try:
        version = int(raw)
    except (TypeError, ValueError):
        raise DocumentError(path, f"{raw!r} is not a number", line=line, field="schema_version") from None
    if version > SCHEMA_VERSION:
        raise DocumentError(
            path,
            f"the file was written by a newer Postmortem Studio (schema {version}; "
            f"this version reads up to {SCHEMA_VERSION}); update to open it",
            line=line,
            field="schema_version",
        )
    if version < 1:
        raise DocumentError(path, f"unknown schema version {version}", line=line, field="schema_version")
    if version < SCHEMA_VERSION:
        # Older files are upgraded in memory; the file itself changes only
        # when the writer saves. Renamed fields keep their original lines.
        for new_loc, old_loc in renamed_locations(version).items():
            for loc, number in list(lines.items()):
                if loc[: len(old_loc)] == old_loc:
                    lines[new_loc + loc[len(old_loc) :]] = number
        try:
            upgrade(data, version, SCHEMA_VERSION)
        except MigrationError as error:
            where = format_location(error.location)
            raise DocumentError(path, str(error), line=lines.get(error.location), field=where) from None
    data["schema_version"] = SCHEMA_VERSION
