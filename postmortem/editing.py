"""Edits addressed by path, so that any editor (the Qt app's undo commands,
scripts, tests) changes a document through one small, validated API.

A path is a tuple of field names and list indices from the document root:
``("impact", "description")`` or ``("timeline", "events", 3, "kind")``.
Every setter validates through pydantic and raises `EditError` with a
plain message when the value is not acceptable; the document is then
unchanged.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from postmortem.errors import format_location
from postmortem.model import SECTIONS, Document

Path = tuple[str | int, ...]


class EditError(ValueError):
    """A value the document cannot take; `str()` is one line for the writer."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{format_location(path)}: {message}")


def get(document: Document, path: Path) -> Any:
    node: Any = document
    for part in path:
        # Lists by index; the letter's translations, a dict, by language tag.
        node = node[part] if isinstance(part, int) or isinstance(node, dict) else getattr(node, part)
    return node


def _message(error: ValidationError) -> str:
    first = error.errors(include_url=False)[0]
    return str(first["msg"]).removeprefix("Value error, ")


def set_value(document: Document, path: Path, value: Any) -> Any:
    """Set one field; returns the value as the model stored it (normalised)."""
    if not path:
        raise EditError(path, "cannot replace the whole document")
    parent = get(document, path[:-1])
    last = path[-1]
    try:
        if isinstance(last, int):
            owner = get(document, path[:-2])
            items = list(parent)
            items[last] = value
            setattr(owner, str(path[-2]), items)
        else:
            setattr(parent, last, value)
    except ValidationError as error:
        raise EditError(path, _message(error)) from None
    return get(document, path)


def checked_value(document: Document, path: Path, value: Any) -> Any:
    """The value as `set_value` would store it (normalised), without changing the document;
    raises `EditError` when the document cannot take it. Validation runs on a shallow
    copy of the field's owner, so the document itself is changed only by `set_value`."""
    if not path:
        raise EditError(path, "cannot replace the whole document")
    last = path[-1]
    try:
        if isinstance(last, int):
            owner = get(document, path[:-2]).model_copy()
            items = list(getattr(owner, str(path[-2])))
            items[last] = value
            setattr(owner, str(path[-2]), items)
            return getattr(owner, str(path[-2]))[last]
        owner = get(document, path[:-1]).model_copy()
        setattr(owner, last, value)
        return getattr(owner, last)
    except ValidationError as error:
        raise EditError(path, _message(error)) from None


def insert(document: Document, list_path: Path, index: int, item: Any) -> None:
    """Insert an item (a model instance or a dict of its fields) into a list field."""
    owner = get(document, list_path[:-1])
    items = list(getattr(owner, str(list_path[-1])))
    items.insert(index, item)
    try:
        setattr(owner, str(list_path[-1]), items)
    except ValidationError as error:
        raise EditError((*list_path, index), _message(error)) from None


def remove(document: Document, list_path: Path, index: int) -> Any:
    """Remove and return the item at index."""
    owner = get(document, list_path[:-1])
    items = list(getattr(owner, str(list_path[-1])))
    item = items.pop(index)
    setattr(owner, str(list_path[-1]), items)
    return item


def move(document: Document, list_path: Path, source: int, target: int) -> None:
    """Move one item so that it ends up at index `target`."""
    owner = get(document, list_path[:-1])
    items = list(getattr(owner, str(list_path[-1])))
    items.insert(target, items.pop(source))
    setattr(owner, str(list_path[-1]), items)


def copy_item(item: Any) -> Any:
    """A deep copy, for undo commands that must keep the removed value intact."""
    return item.model_copy(deep=True) if isinstance(item, BaseModel) else item


def replace_content(target: Document, source: Document) -> None:
    """Make `target` say what `source` says, section by section, in place.

    The document object (and the folder it lives in) stays the same, so the
    editor's views keep following it; used to restore a version, recover a
    snapshot and reload a file changed on disk.
    """
    for name in SECTIONS:
        setattr(target, name, getattr(source, name).model_copy(deep=True))
