"""The originals a translation of the letter must give in its own words.

Besides the letter's own parts (reference, greeting, body, closing, e-mail
note), a letter prints texts written elsewhere in the document through its
`{{ fields }}`: the services, the data-loss details, what customers should
do, the customer-visible events, the promised actions. Only those the
letter uses now are listed, and only their customer-visible versions, the
same ones `postmortem.views.letter_facts` copies. A letter without a
reference line prints the document's title in its place (the heading, the
PDF's title, the e-mail's subject), so the title is listed exactly then.
"""

from __future__ import annotations

import re

from postmortem.letterfields import VOCABULARY, names_used
from postmortem.model import DataLoss, Document

LETTER_PARTS = ("reference", "greeting", "closing", "email_note")
"""The letter's own one-text parts, as `customer_letter.<part>` and `translations.<lang>.<part>`."""

_TEXT_NAMES = (
    (re.compile(r"meta\.title"), "document title (the letter's heading without a reference line)"),
    (re.compile(r"impact\.services\[(\d+)\]"), "affected service {n}"),
    (re.compile(r"impact\.data_loss_details"), "data-loss details"),
    (re.compile(r"impact\.customer_actions"), "text on what customers should do"),
    (re.compile(r"timeline\.events\[(\d+)\]\.description"), "description of timeline event {n}"),
    (re.compile(r"action_items\.items\[(\d+)\]\.title"), "title of action item {n}"),
    (re.compile(r"action_items\.items\[(\d+)\]\.description"), "description of action item {n}"),
    (re.compile(r"meta\.authors\[\d+\]\.title"), "signer's title"),
    (re.compile(r"meta\.authors\[\d+\]\.bio"), "signer's biography"),
)


def text_name(place: str) -> str:
    """'action_items.items[2].title' -> 'title of action item 3', as the app numbers them."""
    for pattern, name in _TEXT_NAMES:
        match = pattern.fullmatch(place)
        if match:
            return name.format(n=int(match.group(1)) + 1 if match.groups() else "")
    return place


def document_texts(document: Document) -> dict[str, str]:
    """Place -> original text, for every document text the letter prints now (blank ones left out)."""
    needs = VOCABULARY.needs(names_used(document.customer_letter.body))
    impact = document.impact
    texts: dict[str, str] = {}
    if not document.customer_letter.reference.strip():
        texts["meta.title"] = document.meta.title
    if "services" in needs:
        texts |= {f"impact.services[{i}]": s for i, s in enumerate(impact.services)}
    if needs & {"data_loss", "data_loss_details"} and impact.data_loss != DataLoss.NONE:
        texts["impact.data_loss_details"] = impact.data_loss_details
    if "customer_actions" in needs:
        texts["impact.customer_actions"] = impact.customer_actions
    if "events" in needs:
        for i, event in enumerate(document.timeline.events):
            if event.customer_visible:
                texts[f"timeline.events[{i}].description"] = event.description
    if "promises" in needs:
        for i, item in enumerate(document.action_items.items):
            if item.customer_promised:
                texts[f"action_items.items[{i}].title"] = item.title
                texts[f"action_items.items[{i}].description"] = item.description
    # The signature block prints the signer's title, and their biography when chosen.
    letter = document.customer_letter
    for i, author in enumerate(document.meta.authors):
        if author.name and author.name == letter.signer:
            texts[f"meta.authors[{i}].title"] = author.title
            if letter.include_bio:
                texts[f"meta.authors[{i}].bio"] = author.bio
            break
    return {place: text for place, text in texts.items() if text.strip()}


def letter_parts(document: Document) -> dict[str, str]:
    """'reference' -> the original reference line, and so on; blank parts left out."""
    letter = document.customer_letter
    parts = {part: str(getattr(letter, part)) for part in LETTER_PARTS}
    return {part: text for part, text in parts.items() if text.strip()}
