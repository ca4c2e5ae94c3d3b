"""The letter's `{{ fields }}`, and the dates it promises.

- `unknown-field` (error): a name the vocabulary does not have, with its
  line and column; the export prints it as written, never as a gap.
- `empty-field` (error): a known field with nothing to print (no
  customer-visible event for `{{ timeline }}`, ...); also printed as written.
- `block-only-field` (error): `{{ chart }}` inside a sentence, where a
  figure means nothing; printed as written until it has a line of its own.
- `promise-before-letter` (warning): a change promised by a date earlier
  than the letter's own date, as a customer-promised action item still
  open or as "by 1 March 2011" in the writer's words.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re

from postmortem import timefmt
from postmortem.checks.consistency import COMMITMENT
from postmortem.checks.findings import E, Finding, W
from postmortem.letterfields import VOCABULARY, expand_letter
from postmortem.letterfields.recipient import PREFIX
from postmortem.model import Document
from postmortem.views import customer_view, document_date

LOCATION = "customer_letter.body"

_NOTHING = {
    "impact_window": "the impact has no start time (Impact step)",
    "services": "no affected service is named (Impact step)",
    "data_loss": "data loss is marked but not described (Impact step)",
    "data_loss_window": "the data-loss period has no start (Impact step)",
    "customer_action": "what customers should do is empty (Impact step)",
    "timeline": "no timeline event is marked customer-visible",
    "promises": "no action item is marked customer-promised",
    "signer": "nobody signs the letter",
    "organisation": "the organisation has no name (Overview step)",
    "contact_email": "the organisation has no contact address (Overview step)",
    "chart": "the impact needs a start and an end or resolution time (Impact step)",
}

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_BY_DATE = re.compile(
    rf"\bby\s+(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTHS})\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTHS})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"
    rf"|(?P<iso>\d{{4}}-\d\d-\d\d))\b",
    re.IGNORECASE,
)


def fields(doc: Document) -> list[Finding]:
    view = customer_view(doc)
    out = []
    for problem in expand_letter(view.body, view.facts).problems:
        use = problem.use
        if problem.unknown:
            guess = difflib.get_close_matches(use.name, VOCABULARY.names(), n=1)
            hint = f"Did you mean {{{{ {guess[0]} }}}}? " if guess else ""
            out.append(Finding(E, LOCATION, f"unknown field {use.written} at {use.position}",
                               hint + "`postmortem fields` lists the fields a letter can use.",
                               "unknown-field", "customer", (use.start, use.end)))
        elif problem.misplaced:
            out.append(Finding(E, LOCATION, f"{use.written} at {use.position} must stand on its own line",
                               "Put it on a line of its own, between two paragraphs.", "block-only-field",
                               "customer", (use.start, use.end)))
        else:
            reason = _NOTHING.get(use.name, "only a merge fills it, from each recipient's row "
                                  "(postmortem merge, the Recipients step)" if use.name.startswith(PREFIX)
                                  else "nothing fills it")
            out.append(Finding(E, LOCATION, f"{use.written} at {use.position} has nothing to print: {reason}",
                               "Fill in what it prints, or take the field out.", "empty-field", "customer",
                               (use.start, use.end)))
    return out


def letter_day(doc: Document) -> dt.date | None:
    return doc.customer_letter.date or document_date(doc)


def _date(match: re.Match[str]) -> dt.date | None:
    try:
        if match.group("iso"):
            return dt.date.fromisoformat(match.group("iso"))
        day, month, year = (match.group("d1"), match.group("m1"), match.group("y1"))
        if day is None:
            day, month, year = (match.group("d2"), match.group("m2"), match.group("y2"))
        return dt.datetime.strptime(f"{day} {month.title()} {year}", "%d %B %Y").date()
    except ValueError:
        return None


def _sentence_around(text: str, at: int) -> str:
    start = max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1
    ends = [i for i in (text.find(mark, at) for mark in ".!?\n") if i >= 0]
    return text[start:min(ends, default=len(text))]


def promises_before_letter(doc: Document) -> list[Finding]:
    day = letter_day(doc)
    if day is None:
        return []
    written = timefmt.letter_date(day)
    out = []
    for i, item in enumerate(doc.action_items.items):
        if item.customer_promised and item.status.is_open and item.due and item.due < day:
            out.append(Finding(W, f"action_items.items[{i}].due",
                               f"'{item.title}' is promised by {timefmt.letter_date(item.due)}, "
                               f"before the letter's date ({written})",
                               "Give the date customers can still expect it, or mark it done.",
                               "promise-before-letter", "customer"))
    body = doc.customer_letter.body
    for match in _BY_DATE.finditer(body):
        promised = _date(match)
        if promised and promised < day and COMMITMENT.search(_sentence_around(body, match.start())):
            out.append(Finding(W, LOCATION, f"promises something “{match.group()}”, before the letter's "
                               f"date ({written})", "A promise needs a date after the letter is sent.",
                               "promise-before-letter", "customer", match.span()))
    return out
