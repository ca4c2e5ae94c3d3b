"""Which text fields each check reads, with the location each finding names.

What customers see is not listed here: `customer_fields` builds the
customer view with `postmortem.views.customer_view`, the very function the
letter's renderers use, and traces each string in it back to the document
field it was copied from. A field the view starts to copy is scanned for
leaks from that moment on; a field it stops copying is no longer treated
as customer-visible. The two cannot drift apart.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Literal

from pydantic import BaseModel

from postmortem.errors import format_location
from postmortem.letterfields import mask_fields
from postmortem.model import Document
from postmortem.views import customer_view

Kind = Literal["setting", "contact", "signature", "bio", "line", "prose"]

# View fields that carry published contact details or the signer's own
# name: they are what a letter is allowed to show.
_CONTACT_PREFIX = "letterhead."
# Values that are not prose at all: a language tag, file names, a colour.
_SETTINGS = {"language", "letterhead.logo", "letterhead.brand_colour", "signature_image"}
_SIGNATURE = {"signer_name", "signer_title", "facts.signer_name", "facts.signer_title"}
_BIO = {"signer_bio"}
_LINES = {"title", "reference", "greeting", "closing", "facts.services", "facts.promises.title"}
_FACT_CONTACT = {"facts.organisation", "facts.contact_email"}
# Drawn from times alone (labels, durations, the zone): no words of the writer's.
_GENERATED = ("facts.chart",)

# Internal analysis: where blameless language matters.
_ANALYSIS_SECTIONS = ("summary", "timeline", "root_cause", "lessons")


@dataclass(frozen=True)
class TextField:
    location: str  # "customer_letter.body", "timeline.events[3].description"
    text: str
    view_name: str = ""  # for customer fields: the CustomerView attribute ("events.description")
    kind: Kind = "prose"


Path = tuple[str | int, ...]


def iter_text(model: BaseModel, where: Path = ()) -> Iterator[tuple[Path, str]]:
    """Every string field of a model, depth first in field order, as (path, the stored object)."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        yield from _walk(value, (*where, name))


def _walk(value: object, where: Path) -> Iterator[tuple[Path, str]]:
    if isinstance(value, BaseModel):
        yield from iter_text(value, where)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _walk(item, (*where, i))
    elif isinstance(value, str) and not isinstance(value, Enum):
        yield where, value


def _view_strings(value: object, name: str = "") -> Iterator[tuple[str, str]]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            child = f"{name}.{field.name}" if name else field.name
            yield from _view_strings(getattr(value, field.name), child)
    elif isinstance(value, list):
        for item in value:
            yield from _view_strings(item, name)
    elif isinstance(value, str):
        yield name, value


def _kind(view_name: str) -> Kind:
    if view_name in _SETTINGS:
        return "setting"
    if view_name.startswith(_CONTACT_PREFIX) or view_name in _FACT_CONTACT:
        return "contact"
    if view_name in _SIGNATURE:
        return "signature"
    if view_name in _BIO:
        return "bio"
    return "line" if view_name in _LINES else "prose"


def customer_fields(document: Document) -> list[TextField]:
    """Every piece of the writer's text that the customer letter carries, where it came from.

    The view copies strings without changing them, so each is found by
    identity; a string the view composes from several fields (customers
    affected) is traced to the fields it contains. Strings the view
    generates from dates and enums have no source and are left out.
    """
    sources = [(format_location(path), text) for path, text in iter_text(document) if text.strip()]
    by_identity = {id(text): location for location, text in sources}
    by_location = dict(sources)
    fields: list[TextField] = []
    seen: set[str] = set()
    for view_name, value in _view_strings(customer_view(document)):
        if not value.strip() or view_name.startswith(_GENERATED):
            continue
        location = by_identity.get(id(value))
        if location is not None:
            found = [location]
        else:
            found = [loc for loc, text in sources if text == value]
            if not found:
                found = [loc for loc, text in sources if len(text) >= 4 and text in value]
        for loc in found:
            if loc not in seen:
                seen.add(loc)
                # Fields in the body are the document's facts, checked where they
                # come from; the wording checks read the writer's own words around them.
                text = mask_fields(by_location[loc]) if view_name == "body" else by_location[loc]
                fields.append(TextField(loc, text, view_name, _kind(view_name)))
    return fields


def analysis_fields(document: Document) -> list[TextField]:
    """The internal analysis: summary, timeline, root cause and lessons, with their notes.

    Notes are analysis too: blame written there ("the engineer ran it on the
    wrong host") shapes how the team remembers the incident.
    """
    out = []
    for section in _ANALYSIS_SECTIONS:
        for path, text in iter_text(getattr(document, section), (section,)):
            if path[-1] != "time" and text.strip():
                out.append(TextField(format_location(path), text, kind="prose"))
    return out


def notes_fields(document: Document) -> list[TextField]:
    """Every `internal_notes` field that holds text."""
    return [
        TextField(format_location(path), text)
        for path, text in iter_text(document)
        if path[-1] == "internal_notes" and text.strip()
    ]


def all_fields(document: Document) -> list[TextField]:
    return [TextField(format_location(path), text) for path, text in iter_text(document) if text.strip()]
