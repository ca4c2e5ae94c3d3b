"""Data loss in the letter's words against the document's data-loss status.

- `data-loss-contradiction` (error): the words say no data was lost while
  data loss is marked, or that data was lost while it is marked none. It
  is one of the `falsehoods` a customer export refuses, so this module is
  all of the letter's wording rules an export loads: the phrase lexicon
  (`phrases`) only for a hedged "we believe no data was lost".
- `data-loss-hedged` (warning): the words only believe no data was lost
  and tell customers to write again if it was.
- `data-loss-plain`, `data-loss-window` (warnings): the details leave
  customers guessing what was lost, or when.

In another language the words are read with its lexicon (`lexicons`):
"no data was lost" and "lost" in that language; a hedged belief and words
that say data was lost while none is marked are English patterns only.
"""

from __future__ import annotations

import re

from postmortem.checks.fields import TextField
from postmortem.checks.findings import Audience, E, Finding, Level, W, blank
from postmortem.checks.textscan import Span, find_all, quoted_spans, sentences
from postmortem.i18n.locales import is_english
from postmortem.model import DataLoss, Document

_CUSTOMER: Audience = "customer"
# The kinds of text the letter's wording rules read: not settings, contact details or signatures.
READ_KINDS = ("line", "prose")

_PLAIN_LOSS = re.compile(
    r"\blos[te]\b|\bloss\b|\blosing\b|\bdeleted\b|\berased\b|\bmissing\b|\bgone\b|\boverwritten\b|\bcorrupt(?:ed)?\b"
    r"|\bdestroyed\b|\bwiped\b|\bunrecoverable\b|\b(?:cannot|can['’]t|could\s+not|couldn['’]t|not)\s+be\s+"
    r"(?:recovered|restored)\b|\bnever\s+(?:arrived|reached)\b",
    re.IGNORECASE,
)
_SAYS_NO_LOSS = re.compile(
    r"\bno\s+(?:customer\s+|of\s+your\s+|your\s+)?data\s+(?:was|has\s+been|were|is)\s+(?:lost|affected|at\s+risk)\b"
    r"|\bno\s+(?:[\w-]+\s+){0,2}?(?:messages?|files?|records?|payments?|e-?mails?|orders?|documents?|statements?"
    r"|entries|photos?|uploads?|changes?|information)\s+(?:was|were|has\s+been|have\s+been)\s+(?:permanently\s+)?"
    r"(?:lost|deleted|destroyed)\b"
    r"|\bno\s+data\s+(?:was\s+)?loss\b|\bnothing\s+(?:was|has\s+been)\s+lost\b"
    r"|\b(?:did\s+not|didn['’]t)\s+lose\s+any\b|\byour\s+data\s+(?:is|was|remained|stayed)\s+safe\b",
    re.IGNORECASE,
)
_SAYS_LOSS = re.compile(
    r"\b(?:was|were|has\s+been|(?<!could\s)(?<!would\s)have\s+been|may\s+have\s+been|might\s+have\s+been|may\s+be|might\s+be)\s+"
    r"(?:(?!not\b|never\b)\w+\s+)?(?:lost|deleted|erased|destroyed)\b",
    re.IGNORECASE,
)
_NEGATION_BEFORE = re.compile(r"\b(?:no|not|nothing|never|none)\b(?:\s+\w+){0,3}\s*$", re.IGNORECASE)
_AGREE = "Make the words and the data-loss status agree."


def _found(
    level: Level, field: TextField, span: Span, message: str, suggestion: str, *, rule: str
) -> Finding:
    return Finding(level, field.location, message, suggestion, rule, _CUSTOMER, span)


def _widen(text: str, start: int, words: int = 2) -> int:
    """Move `start` back over up to `words` words of the same sentence, to quote the subject."""
    before = re.search(rf"(?:[\w’'-]+[ \t]+){{0,{words}}}$", text[:start])
    return before.start() if before else start


def hedged_with_recourse(text: str, at: int, fields: list[TextField]) -> bool:
    """'We believe no data has been lost', in a letter that tells customers to write again if it was.

    Careful writers hedge what they cannot yet know; that is a warning (say
    what may be lost), not the contradiction of a flat "no data was lost".
    """
    # The lexicon loads only here, for a letter that says "no data was lost" while
    # data loss is marked: an export that checks this rule rarely needs it.
    from postmortem.checks import phrases

    sentence = next(((s, e) for s, e in sentences(text) if s <= at < e), (0, len(text)))
    hedged = any(sentence[0] <= s < at for s, _ in phrases.hedges(text))
    return hedged and any(phrases.asks_to_write_again(f.text) for f in fields)


def readable(fields: list[TextField]) -> list[TextField]:
    """The fields whose words the letter's rules read."""
    return [f for f in fields if f.kind in READ_KINDS]


def data_loss(doc: Document, fields: list[TextField], language: str | None = None) -> list[Finding]:
    """What `fields` (the `readable` ones) say about lost data against the data-loss status,
    read in `language` (default: the document's)."""
    language = doc.meta.language if language is None else language
    if not is_english(language):
        return _data_loss_in(doc, fields, language)
    impact = doc.impact
    out: list[Finding] = []
    lost = impact.data_loss != DataLoss.NONE
    for field in fields:
        quoted = quoted_spans(field.text)
        if lost:
            for match in find_all(_SAYS_NO_LOSS, field.text, skip=quoted):
                if hedged_with_recourse(field.text, match.start(), fields):
                    out.append(_found(W, field, match.span(),
                                      f"says “{match.group()}” as a belief, but data loss is marked "
                                      f"{impact.data_loss.value}",
                                      "Say what may be lost and between which times, so customers can "
                                      "check: “Messages sent between … and … may be lost.”",
                                      rule="data-loss-hedged"))
                    continue
                out.append(_found(E, field, match.span(),
                                  f"says “{match.group()}”, "
                                  f"but data loss is marked {impact.data_loss.value}",
                                  _AGREE, rule="data-loss-contradiction"))
        else:
            for match in find_all(_SAYS_LOSS, field.text, skip=quoted):
                if _NEGATION_BEFORE.search(field.text[max(0, match.start() - 40):match.start()]):
                    continue
                span = (_widen(field.text, match.start()), match.end())
                said = " ".join(field.text[span[0]:span[1]].split())
                out.append(_found(E, field, span, f"says “{said}”, but data loss is marked none",
                                  _AGREE, rule="data-loss-contradiction"))
    return out + _details(doc, _PLAIN_LOSS)


def _details(doc: Document, plain: re.Pattern[str] | None) -> list[Finding]:
    """The data-loss details: do they use the word, and is the period given?"""
    impact = doc.impact
    details = impact.data_loss_details
    out: list[Finding] = []
    if impact.data_loss != DataLoss.NONE and not blank(details):
        if plain is not None and not plain.search(details):
            out.append(Finding(W, "impact.data_loss_details", "does not say plainly what was or may be lost",
                               "Use the word: “Messages sent between … and … may be lost.”",
                               "data-loss-plain", _CUSTOMER))
        if impact.data_loss_start is None:
            out.append(Finding(W, "impact.data_loss_start", "the period of possible data loss is not given",
                               "Give its start and end; the letter prints them with the time zone.",
                               "data-loss-window", _CUSTOMER))
    return out


def _data_loss_in(doc: Document, fields: list[TextField], language: str) -> list[Finding]:
    """The same rules in another language, as far as its lexicon reaches."""
    from postmortem.checks.lexicons import lexicon_for

    lexicon = lexicon_for(language)
    assert lexicon is not None
    out: list[Finding] = []
    if doc.impact.data_loss != DataLoss.NONE and lexicon.says_no_loss is not None:
        for field in fields:
            for match in find_all(lexicon.says_no_loss, field.text, skip=quoted_spans(field.text)):
                message = f"says “{match.group()}”, but data loss is marked {doc.impact.data_loss.value}"
                out.append(_found(E, field, match.span(), message, _AGREE, rule="data-loss-contradiction"))
    return out + _details(doc, lexicon.plain_loss)
