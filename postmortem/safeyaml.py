"""YAML to plain data with bounded work, for files nobody vouches for.

PyYAML's composer builds a node for every value and resolves aliases into
shared nodes; whoever walks those nodes afterwards expands each alias into
a full copy, so a few kilobytes of `&a`/`*a` become gigabytes of text
("billion laughs", also on plain strings). This module builds the data
straight from libyaml's event stream instead, with no recursion, and:
- refuses every alias (the writer never produces one), so each value in
  memory is a piece of the file's own text;
- stops at `MAX_YAML_DEPTH` levels of nesting and `MAX_YAML_VALUES` values;
- keeps every scalar as the text written (no implicit typing, only the
  standard tags), recording the line of each value for error messages.
"""

from __future__ import annotations

import os
from typing import Any

import yaml

from postmortem.errors import DocumentError
from postmortem.limits import MAX_YAML_DEPTH, MAX_YAML_VALUES

Location = tuple[str | int, ...]
Lines = dict[Location, int]

_SafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NULL_TAG = "tag:yaml.org,2002:null"
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
STD_TAGS = frozenset({
    _NULL_TAG,
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
})


class _Frame:
    __slots__ = ("data", "key", "key_line", "where")

    def __init__(self, data: dict[str, Any] | list[Any], where: Location) -> None:
        self.data = data
        self.where = where
        self.key: str | None = None
        self.key_line = 0


def parse(
    text: str,
    path: str | os.PathLike[str] | None,
    *,
    kind: str = "postmortem file",
    error: type[DocumentError] = DocumentError,
) -> tuple[Any, Lines]:
    """The file's data (dicts, lists, strings, None) and the line of every value.

    Raises `error` with one line naming the file and line for malformed
    YAML, aliases, unknown tags, duplicate keys and the limits above.
    """
    lines: Lines = {}
    stack: list[_Frame] = []
    root: list[Any] = []
    documents = values = 0

    def fail(line: int, reason: str) -> DocumentError:
        return error(path, reason, line=line)

    def place(value: Any, line: int, is_scalar: bool) -> Location | None:
        """Attach a finished value to its parent; returns the location of a new collection."""
        if not stack:
            root.append(value)
            lines[()] = line
            return ()
        parent = stack[-1]
        if isinstance(parent.data, list):
            where = (*parent.where, len(parent.data))
            parent.data.append(value)
        elif parent.key is None:
            if not is_scalar or not isinstance(value, str):
                raise fail(line, "keys must be plain words")
            if value in parent.data:
                raise fail(line, f"key {_short(value)!r} appears twice")
            parent.key, parent.key_line = value, line
            return None
        else:
            where = (*parent.where, parent.key)
            parent.data[parent.key] = value
            parent.key = None
        lines[where] = line
        return where

    try:
        for event in yaml.parse(text, Loader=_SafeLoader):
            line = event.start_mark.line + 1 if event.start_mark else 0
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise fail(line, f"not a valid {kind}: it holds more than one YAML document")
                continue
            if isinstance(event, yaml.AliasEvent):
                name = _short(event.anchor or "")
                raise fail(line, f"YAML anchors and aliases (*{name}) are not supported")
            if isinstance(event, yaml.ScalarEvent | yaml.CollectionStartEvent):
                values += 1
                if values > MAX_YAML_VALUES:
                    raise fail(line, f"the {kind} holds over {MAX_YAML_VALUES:,} keys and values, the limit")
                tag = event.tag if event.tag not in (None, "!") else None
                if tag is not None and tag not in STD_TAGS:
                    raise fail(line, f"unsupported YAML tag {_short(tag)}")
            if isinstance(event, yaml.ScalarEvent):
                if tag == _NULL_TAG or (tag is None and event.implicit[0] and event.value in _NULLS):
                    place(None, line, True)
                else:
                    place(event.value, line, True)
            elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                if len(stack) >= MAX_YAML_DEPTH:
                    raise fail(line, f"not a valid {kind}: nested more than {MAX_YAML_DEPTH} levels deep")
                data: dict[str, Any] | list[Any] = {} if isinstance(event, yaml.MappingStartEvent) else []
                if stack and isinstance(stack[-1].data, dict) and stack[-1].key is None:
                    raise fail(line, "keys must be plain words")
                where = place(data, line, False)
                stack.append(_Frame(data, where if where is not None else ()))
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                stack.pop()
    except yaml.MarkedYAMLError as problem:
        mark = problem.problem_mark or problem.context_mark
        reason = problem.problem or problem.context or "malformed YAML"
        raise error(path, f"not a valid {kind}: {reason}", line=mark.line + 1 if mark else None) from None
    except yaml.YAMLError as problem:
        raise error(path, f"not a valid {kind}: {problem}") from None
    return (root[0] if root else None), lines


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
