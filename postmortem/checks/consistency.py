"""Consistency: times, durations and promises that cannot all be true.

Times: key moments in an impossible order, events far outside the
incident, windows that end before they start or last absurdly long, dates
in the future. Actions: no owner, no due date, past due, promised to
customers without a date, or promised in the letter's words without being
marked customer-promised.
"""

from __future__ import annotations

import datetime as dt
import re

from postmortem import timefmt
from postmortem.checks.fields import TextField
from postmortem.checks.findings import E, Finding, W
from postmortem.checks.textscan import excerpt, quoted_spans, sentences
from postmortem.durations import ordering_problems
from postmortem.model import Document

_SLACK = dt.timedelta(days=7)
_LONGEST_IMPACT = dt.timedelta(days=90)
_DAY = dt.timedelta(days=1)


def times(doc: Document, today: dt.date) -> list[Finding]:
    out = []
    for location, message in ordering_problems(doc):
        out.append(Finding(E, location, message, "Check the times and their UTC offsets.", "order"))
    impact = doc.impact
    future = _future(doc, today)
    out += _outside(doc, {f.location for f in future})
    if impact.start and impact.end and impact.end >= impact.start:
        if impact.end - impact.start > _LONGEST_IMPACT:
            out.append(Finding(W, "impact.end", "the impact lasted more than 90 days; is the date right?",
                               rule="absurd-duration"))
        elif impact.end == impact.start:
            out.append(Finding(W, "impact.end", "the impact window starts and ends at the same minute",
                               "Give the time customer impact ended.", "absurd-duration"))
    if impact.data_loss_start and impact.data_loss_end and impact.data_loss_end < impact.data_loss_start:
        out.append(Finding(E, "impact.data_loss_end", "the data-loss window ends before it starts",
                           rule="order"))
    out += future
    letter_day = doc.customer_letter.date
    if letter_day and impact.end and letter_day < timefmt.localise(impact.end, doc.meta.time_zone).date():
        out.append(
            Finding(W, "customer_letter.date", "the letter is dated before the impact ended",
                    "Date the letter on the day it is sent.", "letter-date", "customer")
        )
    return out


def _outside(doc: Document, already: set[str]) -> list[Finding]:
    """Times far from all the others: usually a mistyped date.

    Each event (and each end of the impact window) is measured against the
    span of all the other times, so a wrong resolution cannot stretch the
    incident to cover itself. When changing its year, its month, or
    swapping day and month, brings it inside that span, it is an error with
    that date as the suggestion: the durations built on it are absurd.
    Otherwise more than a week away is a warning.
    """
    stamped: list[tuple[str, str, dt.datetime]] = [
        (f"timeline.events[{i}].time", f"the event “{_clip(e.description)}”", e.time)
        for i, e in enumerate(doc.timeline.events)
    ]
    stamped += [(loc, name, t) for loc, name, t in (("impact.start", "the impact start", doc.impact.start),
                                                   ("impact.end", "the impact end", doc.impact.end)) if t]
    if len(stamped) < 3:
        return []
    zone = doc.meta.time_zone
    ordered = sorted(t for _, _, t in stamped)
    out = []
    for location, name, instant in stamped:
        if location in already:
            continue
        # The span of the other times, without copying the list for each one
        # (a 20,000-message import made that quadratic).
        first = ordered[1] if instant == ordered[0] else ordered[0]
        last = ordered[-2] if instant == ordered[-1] else ordered[-1]
        if first - _SLACK <= instant <= last + _SLACK:
            continue
        local = timefmt.localise(instant, zone)
        meant = _likely_date(local, timefmt.localise(first, zone), timefmt.localise(last, zone))
        if meant is not None:
            out.append(Finding(E, location, f"{name} is dated {local:%Y-%m-%d}, far from the rest of the "
                               f"incident ({first.astimezone(local.tzinfo):%Y-%m-%d} to "
                               f"{last.astimezone(local.tzinfo):%Y-%m-%d})",
                               f"Did you mean {meant:%Y-%m-%d}? The durations use this time.",
                               "mistyped-date"))
        else:
            out.append(Finding(W, location, "more than a week away from the rest of the incident; "
                               "is the date right?", rule="outside-span"))
    return out


def _likely_date(local: dt.datetime, first: dt.datetime, last: dt.datetime) -> dt.date | None:
    """The date the writer most likely meant: one typing slip away, and inside the incident."""
    candidates = []
    for year in range(local.year - 2, local.year + 3):
        for month in range(1, 13):
            for day in {local.day, local.month}:
                try:
                    candidate = local.replace(year=year, month=month, day=day)
                except ValueError:
                    continue
                near = first - _DAY <= candidate <= last + _DAY
                if candidate != local and near:
                    slips = (year != local.year) + (month != local.month) + (day != local.day)
                    candidates.append((slips, abs(candidate - first), candidate.date()))
    return min(candidates)[2] if candidates else None


def _clip(text: str, width: int = 40) -> str:
    words = " ".join(text.split())
    return words if len(words) <= width else words[:width].rsplit(" ", 1)[0] + "…"


def _future(doc: Document, today: dt.date) -> list[Finding]:
    """Times after today are typing mistakes (a wrong year, a wrong month)."""
    zone = doc.meta.time_zone
    stamped: list[tuple[str, dt.datetime | None]] = [
        (f"timeline.events[{i}].time", e.time) for i, e in enumerate(doc.timeline.events)
    ]
    stamped += [("impact.start", doc.impact.start), ("impact.end", doc.impact.end)]
    out = []
    for location, instant in stamped:
        if instant is not None and timefmt.localise(instant, zone).date() > today:
            out.append(
                Finding(W, location, f"is in the future ({timefmt.localise(instant, zone):%Y-%m-%d})",
                        "Check the year and month.", "future-time")
            )
    return out


def actions(doc: Document, today: dt.date) -> list[Finding]:
    out = []
    for i, item in enumerate(doc.action_items.items):
        where = f"action_items.items[{i}]"
        if not item.owner.strip():
            out.append(Finding(W, f"{where}.owner", f"'{item.title}' has no owner", rule="owner",
                               audience="internal"))
        if item.due is None and item.customer_promised and item.status.is_open:
            # Customers read the promise: a change with a date is a commitment, one
            # without is a hope. One finding for both audiences, not two.
            out.append(
                Finding(W, f"{where}.due", f"'{item.title}' is promised to customers without a date",
                        "Give the date customers can expect it; the letter prints it.", "promise-date")
            )
        elif item.due is None:
            out.append(Finding(W, f"{where}.due", f"'{item.title}' has no due date", rule="due",
                               audience="internal"))
        elif item.is_overdue(today):
            out.append(Finding(W, f"{where}.due", f"'{item.title}' is past due ({item.due.isoformat()})",
                               rule="overdue", audience="internal"))
    return out


# ---------------------------------------------------------------- promises in the letter's words

COMMITMENT = re.compile(
    r"\b(?:we|I)(?:['’]ll|\s+will|\s+are\s+going\s+to|\s+plan\s+to|\s+intend\s+to|\s+promise\s+to"
    r"|\s+commit\s+to|\s+are\s+committing\s+to|['’]re\s+going\s+to)\b"
    r"|\b(?:we|I)(?:['’]re|\s+are|\s+am)\s+(?:now\s+|also\s+)?(?!sorry\b)\w+ing\b",
    re.IGNORECASE,
)
_STOP = {
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its",
    "of", "on", "or", "our", "so", "that", "the", "their", "them", "then", "this", "to", "we", "will",
    "with", "without", "you", "your", "all", "any", "every", "each", "can", "new", "more", "one", "two",
    "apart", "own", "us",
}
_LETTER_PARTS = {"body"}


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ing", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def content_words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z-]+", text) if w.lower() not in _STOP}


def unmarked_promises(doc: Document, fields: list[TextField]) -> list[Finding]:
    """A sentence that commits to a change matching an action item nobody marked as promised.

    Customers hold us to what the letter says; an action the letter
    promises must be marked so that the report tracks it as a promise and
    the letter lists its date.
    """
    items = [(item, content_words(f"{item.title} {item.description}")) for item in doc.action_items.items]
    title_words = [content_words(item.title) for item in doc.action_items.items]
    out = []
    for field in fields:
        if field.view_name not in _LETTER_PARTS:
            continue
        quoted = quoted_spans(field.text)
        for span in sentences(field.text):
            sentence = field.text[span[0]:span[1]]
            if not COMMITMENT.search(sentence) or any(s <= span[0] < e for s, e in quoted):
                continue
            said = content_words(sentence)
            best, best_score, promised_score = None, 0, 0
            for (item, words), title in zip(items, title_words, strict=True):
                # Overlap with the title counts double: titles name the change.
                score = len(said & words) + len(said & title)
                if item.customer_promised:
                    promised_score = max(promised_score, score)
                elif score > best_score:
                    best, best_score = item, score
            if best is None or best_score <= promised_score:
                continue
            needed = max(3, len(content_words(best.title)))
            if best_score >= needed:
                out.append(
                    Finding(
                        W, field.location,
                        f"promises '{best.title}', which is not marked customer-promised: "
                        f"“{excerpt(field.text, span)}”",
                        "Mark that action item as customer-promised so the letter lists it with its date, "
                        "or take the promise out.",
                        "unmarked-promise", "customer", span,
                    )
                )
    return out
