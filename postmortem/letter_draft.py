"""A first draft of the letter's body, from what customers may see of the analysis.

The draft is prose in the order a reader needs: what happened to them and
when, what may be lost and what to do, what went wrong, what we are
changing and by when, that the failure was ours, the apology, and how to
reach us. Every fact that exists elsewhere in the document is a
`{{ field }}`, never a copy, so the letter stays right when the facts
change. What the analysis cannot say for the writer (what went wrong, in
plain words) is a `[[prompt]]`, which the checks report until it is
replaced: a draft can never be sent as it is.

It reads only the customer view's facts (no internal notes, no
internal-only events, no unpromised actions).
"""

from __future__ import annotations

import re

from postmortem.letterfields import VOCABULARY, mask_fields
from postmortem.model import Document
from postmortem.templates import PROMPT
from postmortem.views import letter_facts

# Fewer of the writer's own words than this, once prompts and fields are
# taken out, and the body is still a template: the draft may replace it.
_TEMPLATE_WORDS = 5


def writer_words(body: str) -> int:
    """How many words the writer typed: prompts and fields do not count."""
    return len(re.findall(r"\w+", PROMPT.sub(" ", mask_fields(body))))


def can_replace(body: str) -> bool:
    """True for an empty body or one that holds only a template's prompts and fields."""
    return writer_words(body) <= _TEMPLATE_WORDS


def draft_paragraphs(document: Document) -> list[str]:
    """The draft body, one paragraph (or block) per item."""
    facts = letter_facts(document, VOCABULARY.needs(set(VOCABULARY.names())))
    services = [s for s in facts.services if s.strip()]
    when = " {{ impact_window }}" if facts.window else ""
    if services:
        opening = f"I am writing about the outage{when}, when you could not rely on our {{{{ services }}}}."
    else:
        opening = f"I am writing about the outage{when}, when our service did not work for you."
    out = [opening]
    if facts.events:
        out += ["This is how it went, as you would have seen it:", "{{ timeline }}"]
    out.append("{{ data_loss }}")
    if facts.customer_actions.strip():
        out.append("{{ customer_action }}")
    out.append("[[What went wrong, in plain words a customer would use, without blaming a supplier or a "
               "person.]]")
    if facts.promises:
        out += ["These are the changes we are making, and when each will be done:", "{{ promises }}"]
    else:
        out.append("[[What you are changing so that this does not happen again, and by when.]]")
    out.append("The failure was ours, not yours, and putting it right is our job.")
    out.append("I am sorry. You trusted us with your work, and this time we did not deserve it.")
    if facts.contact_email:
        out.append("If you have a question, or think you lost something this letter does not mention, "
                   "write to {{ contact_email }}. A person will read it and answer.")
    else:
        out.append("[[How to reach a person who can answer questions.]]")
    return out


def draft_body(document: Document) -> str:
    return "\n\n".join(draft_paragraphs(document))
