"""The round trip of the internal Markdown export: readable body, YAML front matter.

The export's body is the report a person reads; the importer reads it like
any Markdown postmortem. Whatever that reading does not give back exactly
(events with their offsets and kinds, action items' fields, meta, the
customer letter, prose the body reshapes) is written, field by field, as
YAML front matter under a `postmortem-studio` key. The writer decides this
by reading its own body back, so export then import is exact by construction
and the front matter holds only what the body cannot carry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from postmortem.errors import DocumentError
from postmortem.importers.result import (
    Imported,
    ImportedAction,
    ImportedEvent,
    ImportedField,
    Where,
    zone_label,
)
from postmortem.importers.source import Options
from postmortem.model import SCHEMA_VERSION, SECTIONS, Document

KEY = "postmortem-studio"
# The Markdown importer's body reader, passed in by its callers: this module
# is imported by that importer, so importing it back would close a circle.
BodyReader = Callable[[Path, str, Options], Imported]
# Always from the front matter: the body shows times in one zone, not their offsets.
_LISTS = (("timeline", "events"), ("action_items", "items"))
# A URL scheme other than the web's and mail's ("javascript:", "file:") in a
# string: written with an escaped colon so that no Markdown file this app
# writes holds a live-looking script link.
_SCHEME = re.compile(r"(?i)\b(?!https?:|mailto:)([a-z][a-z0-9+.-]*):(?=\S)")


def leaf_paths(model: BaseModel, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every field of `model` that is not itself a section: text, lists, dates."""
    found = []
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            found += leaf_paths(value, (*path, name))
        else:
            found.append((*path, name))
    return found


def _get(data: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        data = data[part] if isinstance(data, dict) else getattr(data, part)
    return data


def _put(data: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for part in path[:-1]:
        data = data.setdefault(part, {})
    data[path[-1]] = value


def body_document(body: str, read_body: BodyReader) -> Document:
    """What importing the export's body alone gives, exactly as `postmortem import` reads it."""
    from postmortem.importers.merge import apply

    document = Document()
    apply(document, read_body(Path("report.md"), body, Options()))
    return document


def front_matter(document: Document, body: str, read_body: BodyReader) -> str:
    """The `---` block that goes before `body` so that importing both gives back `document`."""
    from_body = body_document("\n" + body, read_body).model_dump(mode="json")
    dumped = document.model_dump(mode="json")
    data: dict[str, Any] = {KEY: SCHEMA_VERSION}
    for path in leaf_paths(document):
        if path in _LISTS:
            if _get(dumped, path):
                _put(data, path, _get(dumped, path))
        elif _get(from_body, path) != _get(dumped, path):
            _put(data, path, _get(dumped, path))
    text = yaml.dump(
        data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False, width=10**9
    )
    # Only double-quoted strings can hold these (see `_represent_str`), where escapes are allowed.
    text = _SCHEME.sub(r"\1\\u003a", text.replace("<", "\\u003c").replace(">", "\\u003e"))
    return f"---\n{text}---\n\n"


class _Dumper(yaml.SafeDumper):
    """yaml.safe_dump, with risky or multi-line strings on one double-quoted line."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # One line per value: a multi-line block could hold a `---` line and end
    # the front matter early; `<`, `>` and schemes are escaped after dumping.
    # A value ending in "word:" is quoted by YAML, and its closing quote would make the
    # colon look like a scheme to the escape pass: it must be double-quoted too.
    risky = ("\n" in value or "\r" in value or "<" in value or ">" in value
             or _SCHEME.search(value + "'"))
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"' if risky else None)


_Dumper.add_representer(str, _represent_str)


def restore(data: dict[str, Any], body: str, path: Path, line: int, read_body: BodyReader) -> Imported:
    """The document of an internal export: its body as read, the front matter's fields over it."""
    version = data.pop(KEY)
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise DocumentError(
            path, f"front matter {KEY}: {version!r} is a newer file version than this app reads", line=line
        )
    try:
        exact = Document.model_validate(data)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"])
        raise DocumentError(path, f"front matter {where}: {first['msg']}", line=line) from None
    document = body_document(body, read_body)
    for field in leaf_paths(exact):
        if _has(data, field):
            owner: Any = document
            for part in field[:-1]:
                owner = getattr(owner, part)
            setattr(owner, field[-1], _get(exact, field))
    return from_document(document, Where(str(path), line))


def _has(data: Any, path: tuple[str, ...]) -> bool:
    for part in path:
        if not isinstance(data, dict) or part not in data:
            return False
        data = data[part]
    return True


def from_document(document: Document, where: Where) -> Imported:
    result = Imported(sources=[where.path], formats=["markdown"], zone=document.meta.time_zone)
    for event in document.timeline.events:
        result.events.append(ImportedEvent(event.model_copy(), where, zone_label(event.time, None)))
    for item in document.action_items.items:
        result.actions.append(ImportedAction(item.model_copy(), where))
    for section in SECTIONS:
        _fields(getattr(document, section), (section,), where, result)
    return result


def _fields(model: BaseModel, path: tuple[str, ...], where: Where, result: Imported) -> None:
    blank = type(model)()
    for name in type(model).model_fields:
        if (*path, name) in _LISTS:
            continue
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            _fields(value, (*path, name), where, result)
        elif value != getattr(blank, name):
            copied = (
                [v.model_copy() if isinstance(v, BaseModel) else v for v in value]
                if isinstance(value, list)
                else value
            )
            result.fields.append(ImportedField((*path, name), copied, where))
