"""A whole document as importable rows: every field, event and action item.

Used for the document block of an internal Markdown export (see
`data_block`), so that exporting and importing gives back the same
document, and merging one into another follows the usual rules.
"""

from __future__ import annotations

import base64
import re
import zlib

from pydantic import BaseModel

from postmortem.errors import DocumentError
from postmortem.fileformat import dumps, loads
from postmortem.importers.result import (
    Imported,
    ImportedAction,
    ImportedEvent,
    ImportedField,
    Where,
    zone_label,
)
from postmortem.model import SECTIONS, Document

DATA_HEADING = "Document data"
DATA_NOTE = (
    "Everything above and the parts Markdown cannot show (the customer letter, exact times, "
    "settings), as the Postmortem Studio file, compressed; `postmortem import` reads it back."
)
_INFO = "postmortem-studio-document"
_BLOCK = re.compile(r"^```" + _INFO + r"\n(?P<body>[A-Za-z0-9+/=\n]*?)\n```$", re.MULTILINE)
_MAX = 64 * 2**20


def data_block(document: Document) -> str:
    """The document's file text, deflated and in base64 lines.

    Encoded rather than shown as YAML so that nothing the writer typed
    appears raw in the export: a hostile `<script>` stays out of every
    Markdown file this app writes, code block or not.
    """
    packed = base64.b64encode(zlib.compress(dumps(document).encode("utf-8"), 9)).decode("ascii")
    lines = [packed[i : i + 76] for i in range(0, len(packed), 76)]
    return "\n".join([f"```{_INFO}", *lines, "```"])


def data_section(document: Document) -> bytes:
    """The last section of the internal Markdown export."""
    return f"\n## {DATA_HEADING}\n\n{DATA_NOTE}\n\n{data_block(document)}\n".encode()


def find_document(markdown: str, name: str) -> tuple[Document, int] | None:
    """The document in an export's data block, and the block's first line; None if there is none."""
    match = _BLOCK.search(markdown)
    if match is None:
        return None
    line = markdown[: match.start()].count("\n") + 1
    where = f"{name}:{line} (document block)"
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(base64.b64decode(match.group("body")), _MAX)
        if inflater.unconsumed_tail:
            raise DocumentError(
                name, f"the document block unpacks to more than {_MAX // 2**20} MB", line=line
            )
    except (ValueError, zlib.error):
        raise DocumentError(name, "the document block is damaged (was it edited?)", line=line) from None
    return loads(raw, where), line


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
        if (*path, name) in (("timeline", "events"), ("action_items", "items")):
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
