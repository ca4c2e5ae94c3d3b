"""One recipient's letter: the customer view with their own facts, as PDF and e-mail.

Only the customer view is ever rendered here, so a recipient's letter can
hold nothing the document-wide letter could not. A recipient's own
impact window and lost items replace the document-wide ones; their
salutation, when given, replaces the letter's greeting.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from postmortem import timefmt
from postmortem.assets import AssetFolder
from postmortem.mail.draft import Addressee, build_draft, covering_note, digest
from postmortem.mail.languages import recipient_language
from postmortem.mail.recipient_fields import cell_markdown, fill
from postmortem.mail.recipients import Recipient
from postmortem.model import Document
from postmortem.translations.reading import in_language
from postmortem.views import CustomerView, customer_view


def recipient_key(document_json: str, recipient: Recipient) -> str:
    """Changes whenever the document or this recipient's row does: what 'up to date' compares."""
    return digest(document_json, json.dumps(recipient.cells, sort_keys=True, ensure_ascii=False))[:40]


def recipient_view(
    document: Document, recipient: Recipient, base: CustomerView | None = None
) -> CustomerView:
    """The letter as this recipient reads it. Without `base` (the customer view of `document`
    as the recipient reads it, which the merge's worker keeps warm) it is in their language."""
    if base is None:
        document = in_language(document, recipient_language(document, recipient))
    view = base or customer_view(document)
    changes: dict[str, Any] = {}
    # A recipient's facts print where the letter's fields put the document's
    # ({{ impact_window }}, {{ data_loss }}); a letter without them prints none.
    facts: dict[str, object] = {}
    if recipient.impact_start is not None:
        zone = document.meta.time_zone
        facts["window"] = timefmt.window(recipient.impact_start, recipient.impact_end, zone,
                                         document.meta.language)
        facts["window_open"] = recipient.impact_end is None
    lost = recipient.get("lost_items")
    if lost:
        facts["data_loss_details"] = cell_markdown(lost)
        if view.facts.data_loss == "none":
            facts["data_loss"] = "confirmed"
    if facts:
        changes["facts"] = dataclasses.replace(view.facts, **facts)  # type: ignore[arg-type]
    changes["body"] = fill(view.body, recipient)
    changes["greeting"] = recipient.get("salutation") or fill(view.greeting, recipient, markdown=False)
    return dataclasses.replace(view, **changes) if changes else view


def recipient_pdf(document: Document, recipient: Recipient, key: str, assets: AssetFolder,
                  base: CustomerView | None = None) -> bytes:
    from postmortem.render.html import letter_html
    from postmortem.render.pdf import html_to_pdf

    html = letter_html(recipient_view(document, recipient, base), assets)
    return html_to_pdf(html, assets, identifier=key[:32].encode("ascii"), tagged=True)


def recipient_email(document: Document, recipient: Recipient, key: str, pdf: bytes) -> bytes:
    note = covering_note(document)
    greeting = recipient.get("salutation") or fill(note.greeting, recipient, markdown=False)
    note = dataclasses.replace(note, greeting=greeting, note=fill(note.note, recipient))
    addressee = Addressee(recipient.email, recipient.name, greeting)
    return build_draft(document, pdf, addressee=addressee, note=note, salt=key)


def recipient_letter(document: Document, recipient: Recipient, assets: AssetFolder) -> bytes:
    """The PDF the merge writes for this recipient, for the app's preview of it (without a
    warm view, `recipient_view` puts it in their language, as the merge's worker does)."""
    return recipient_pdf(document, recipient, recipient_key(document.model_dump_json(), recipient), assets)
