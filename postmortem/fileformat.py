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

Reading goes through `yaml.compose` (no Python object construction, no
implicit typing: every scalar reaches pydantic as the text the writer wrote),
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

from postmortem.atomic import atomic_write
from postmortem.errors import DocumentError, format_location
from postmortem.migrations import renamed_locations, upgrade
from postmortem.model import SCHEMA_VERSION, Document

EXTENSION = ".postmortem"
HEADER = (
    "# Postmortem Studio document: plain YAML, edit it in the app or any text editor.\n"
    "# Markdown text sits in '|' blocks, one paragraph per line; times carry their UTC offset.\n"
    "# The last line says 'End of postmortem'; a file without it is incomplete.\n"
)
FOOTER = "# End of postmortem.\n"
MAX_BYTES = 64 * 1024 * 1024
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")

_SafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NULL_TAG = "tag:yaml.org,2002:null"
_STD_TAGS = {
    _NULL_TAG,
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}

Location = tuple[str | int, ...]


# ---------------------------------------------------------------- writing


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
    document._folder = str(target.resolve().parent)


# ---------------------------------------------------------------- reading


def load(path: str | os.PathLike[str]) -> Document:
    """Read and validate a `.postmortem` file; never modifies it."""
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(source, f"file is {size // 2**20} MB; the limit is 64 MB")
        raw = source.read_bytes()
    except IsADirectoryError:
        raise DocumentError(source, "is a folder, not a postmortem file") from None
    except OSError as error:
        raise DocumentError(source, f"cannot read: {error.strerror or error}") from None
    document = loads(raw, source)
    document._folder = str(source.resolve().parent)
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
    try:
        return Document.model_validate(data)
    except ValidationError as error:
        raise _validation_error(error, lines, path) from None


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
        node = yaml.compose(text, Loader=_SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        reason = error.problem or error.context or "malformed YAML"
        line = mark.line + 1 if mark else None
        raise DocumentError(path, f"not a valid postmortem file: {reason}", line=line) from None
    except yaml.YAMLError as error:
        raise DocumentError(path, f"not a valid postmortem file: {error}") from None
    except RecursionError:
        raise DocumentError(path, "not a valid postmortem file: nested too deeply") from None
    if node is None:
        raise DocumentError(path, "the file is empty", line=1)
    if not isinstance(node, yaml.MappingNode):
        raise DocumentError(
            path, "not a postmortem file: expected keys such as meta:", line=node.start_mark.line + 1
        )
    lines: dict[Location, int] = {}
    try:
        data = _Walker(path, lines).value(node, ())
    except RecursionError:
        raise DocumentError(path, "not a valid postmortem file: nested too deeply") from None
    return data, lines


class _Walker:
    """Turns composed YAML nodes into plain data, recording each value's line."""

    def __init__(self, path: str | os.PathLike[str] | None, lines: dict[Location, int]) -> None:
        self.path = path
        self.lines = lines
        self.seen: set[int] = set()

    def fail(self, node: yaml.Node, reason: str) -> DocumentError:
        return DocumentError(self.path, reason, line=node.start_mark.line + 1)

    def value(self, node: yaml.Node, where: Location) -> Any:
        self.lines[where] = node.start_mark.line + 1
        if node.tag not in _STD_TAGS:
            raise self.fail(node, f"unsupported YAML tag {node.tag}")
        if isinstance(node, yaml.ScalarNode):
            return None if node.tag == _NULL_TAG else node.value
        # Aliases make one node appear twice; expanding them invites
        # "billion laughs" blow-ups, and the writer never produces them.
        if id(node) in self.seen:
            raise self.fail(node, "YAML anchors and aliases are not supported")
        self.seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            return [self.value(item, (*where, i)) for i, item in enumerate(node.value)]
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(key_node, "keys must be plain words")
            key = key_node.value
            if key in result:
                raise self.fail(key_node, f"key {key!r} appears twice")
            result[key] = self.value(value_node, (*where, key))
        return result


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
        upgrade(data, version, SCHEMA_VERSION)
    data["schema_version"] = SCHEMA_VERSION


def _validation_error(error: ValidationError, lines: dict[Location, int], path: Any) -> DocumentError:
    problems = error.errors(include_url=False)
    first = problems[0]
    # Unions and validators add type tags such as 'function-after[...]' to locations.
    loc = tuple(p for p in first["loc"] if isinstance(p, int) or "[" not in p)
    line = None
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            line = lines[loc[:end]]
            break
    reason = _plain_message(first)
    if len(problems) > 1:
        more = len(problems) - 1
        reason += f" (and {more} more problem{'s' if more > 1 else ''})"
    return DocumentError(path, reason, line=line, field=format_location(loc) or None)


def _plain_message(problem: Any) -> str:
    kind = problem["type"]
    message = str(problem["msg"]).removeprefix("Value error, ")
    if kind == "extra_forbidden":
        return f"unknown field (not part of schema {SCHEMA_VERSION})"
    if kind == "missing":
        return "required but missing"
    if kind == "timezone_aware":
        return "needs a time zone offset, e.g. 2026-10-27T03:10:00-04:00"
    return message[:1].lower() + message[1:] if message[:2] != message[:2].upper() else message
