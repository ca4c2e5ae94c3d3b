"""Validation problems as one line each, without collecting all of them.

Pydantic reports every problem of a document at once; for a file of
200,000 bad timeline events that is over a gigabyte of error records, to
print one line. `first_problems` checks long lists item by item instead,
keeps the first problem and counts the rest up to `MAX_COUNTED_PROBLEMS`, then
stops; `to_error` turns a problem into the `DocumentError` that names the
line and field.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from postmortem.errors import DocumentError, format_location
from postmortem.limits import MAX_COUNTED_PROBLEMS
from postmortem.model import SCHEMA_VERSION
from postmortem.safeyaml import Lines, Location

_LONG_LIST = 20  # shorter lists are checked with the whole document, as before


@cache
def _adapter(annotation: Any) -> TypeAdapter[Any]:
    return TypeAdapter(annotation)


Problem = tuple[ErrorDetails, int]  # the first problem, and how many there are


def first_problems(model: type[BaseModel], data: Any, where: Location = ()) -> Problem | None:
    """The first problem in `data`'s long lists and how many there are (counting stops past 1,000).

    Items that pass are replaced in `data` by their validated values.
    """
    if not isinstance(data, dict):
        return None
    for name, field in model.model_fields.items():
        key = field.alias or name
        value = data.get(key)
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            found = first_problems(annotation, value, (*where, key))
            if found:
                return found
        elif isinstance(value, list) and get_origin(annotation) is list and len(value) > _LONG_LIST:
            found = _list_problems(_adapter(get_args(annotation)[0]), value, (*where, key))
            if found:
                return found
    return None


def _list_problems(adapter: TypeAdapter[Any], items: list[Any], where: Location) -> Problem | None:
    first: ErrorDetails | None = None
    count = 0
    for index, item in enumerate(items):
        try:
            # Kept in place: the document's own validation takes a model instance
            # as it is, so long lists are not validated twice.
            items[index] = adapter.validate_python(item)
        except ValidationError as error:
            count += error.error_count()
            if first is None:
                first = error.errors(include_url=False)[0]
                first["loc"] = (*where, index, *first["loc"])
            if count > MAX_COUNTED_PROBLEMS:
                break
    return (first, count) if first is not None else None


def to_error(
    first: ErrorDetails, count: int, lines: Lines, path: str | os.PathLike[str] | None
) -> DocumentError:
    """One line: the first problem with its line and field, and how many more there are."""
    # Unions and validators add type tags such as 'function-after[...]' to locations.
    loc = tuple(p for p in first["loc"] if isinstance(p, int) or "[" not in p)
    line = None
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            line = lines[loc[:end]]
            break
    reason = _plain_message(first)
    more = count - 1
    if more > MAX_COUNTED_PROBLEMS - 1:
        reason += f" (and over {MAX_COUNTED_PROBLEMS:,} more problems)"
    elif more:
        reason += f" (and {more:,} more problem{'s' if more > 1 else ''})"
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
