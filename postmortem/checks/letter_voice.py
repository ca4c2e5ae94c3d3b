"""Does the letter speak as an organisation that owns what happened?

Read over the whole letter, not paragraph by paragraph: a writer may
apologise in the closing line ("My humblest apologies,") and own the
failure in the story ("the responsibility rests on me").

- `no-apology` (error): the letter never apologises. Customers notice.
- `ownership` (warning): the letter never says, in the first person,
  that the failure was ours.
- `letter-blame` (warning): a person ("one of our engineers") as the one
  who made the mistake; customers hear the organisation stepping aside.
- `vague-promise` (warning): a promise ("we will look into ways to …")
  with no date and no customer-promised action item behind it.

The phrasings are in `phrases` (English) and `lexicons` (each other
language); this module decides what they mean for a letter. In another
language, the apology and ownership are judged with its lexicon; a person
blamed and vague promises are English phrase lists and do not run there.
"""

from __future__ import annotations

from postmortem.checks import lexicons, phrases
from postmortem.checks.consistency import content_words
from postmortem.checks.fields import TextField
from postmortem.checks.findings import Audience, E, Finding, W
from postmortem.checks.textscan import excerpt, inside, quoted_spans, sentences
from postmortem.model import Document

_CUSTOMER: Audience = "customer"
_LETTER = "customer_letter."


def letter_fields(fields: list[TextField]) -> list[TextField]:
    """The letter's own prose (not the impact text or events the letter also prints)."""
    return [f for f in fields if f.location.startswith(_LETTER) and f.kind == "prose"]


def _unquoted(spans: list[tuple[int, int]], field: TextField) -> list[tuple[int, int]]:
    quoted = quoted_spans(field.text)
    return [s for s in spans if not inside(s, quoted)]


def voice(doc: Document, fields: list[TextField], language: str | None = None) -> list[Finding]:
    """What the letter's voice lacks; `language` is the letter's (default: the document's)."""
    letter = letter_fields(fields)
    if not letter:
        return []
    lexicon = lexicons.lexicon_for(doc.meta.language if language is None else language)
    if lexicon is not None:
        return _voice_in(lexicon, fields, letter)
    out: list[Finding] = []
    # The closing line counts: "My humblest apologies," is where some writers say it.
    said = [f for f in fields if f.location.startswith(_LETTER) and f.kind in ("prose", "line")]
    if not any(_unquoted(phrases.apologies(f.text), f) for f in said):
        where = _named(letter, "apology")
        out.append(_no_apology(where))
    blamed = [(f, m) for f in letter for m in phrases.person_mistakes(f.text)
              if m["who"].strip().lower() not in ("i", "we")]
    if not any(_unquoted(phrases.ownership(f.text), f) for f in letter):
        where = _named(letter, "responsibility")
        out.append(_no_ownership(where))
    for field, match in blamed:
        words = " ".join(match.group().split())
        out.append(Finding(W, field.location, f"puts the mistake on a person: “{words}”",
                           "Own it as the organisation: “we made a mistake”, and say what let it through.",
                           "letter-blame", _CUSTOMER, match.span()))
    out += _vague_promises(doc, letter)
    return out


def _no_apology(where: TextField) -> Finding:
    return Finding(E, where.location, "the letter never apologises",
                   "Say plainly that you are sorry, and for what: “We are sorry: for two hours you "
                   "could not take payments.”", "no-apology", _CUSTOMER)


def _no_ownership(where: TextField) -> Finding:
    return Finding(W, where.location, "the letter does not own the failure",
                   "Say in the first person what you got wrong: “We …, and that was our mistake.”",
                   "ownership", _CUSTOMER)


def _voice_in(lexicon: lexicons.Lexicon, fields: list[TextField], letter: list[TextField]) -> list[Finding]:
    """The apology and ownership, in a language other than English, where its lexicon has them."""
    out: list[Finding] = []
    said = [f for f in fields if f.location.startswith(_LETTER) and f.kind in ("prose", "line")]
    if lexicon.apology is not None and not any(
        _unquoted(lexicons.spans(lexicon.apology, f.text), f) for f in said
    ):
        out.append(_no_apology(_named(letter, "apology")))
    if lexicon.ownership is not None and not any(
        _unquoted(lexicons.spans(lexicon.ownership, f.text), f) for f in letter
    ):
        out.append(_no_ownership(_named(letter, "responsibility")))
    return out


def _named(letter: list[TextField], part: str) -> TextField:
    """The part of the letter a finding about the whole letter points at (its first part otherwise)."""
    return next((f for f in letter if f.location == _LETTER + part), letter[0])


def _vague_promises(doc: Document, letter: list[TextField]) -> list[Finding]:
    """Promises with no date and no action item behind them.

    A promise that matches an action item is either dated by it (promised
    items print with their date) or already reported as an unmarked
    promise; either way it is not vague.
    """
    items = [content_words(f"{item.title} {item.description}") for item in doc.action_items.items]
    out: list[Finding] = []
    for field in letter:
        quoted = quoted_spans(field.text)
        for span in sentences(field.text):
            sentence = field.text[span[0]:span[1]]
            if inside(span, quoted) or not phrases.promises_change(sentence):
                continue
            if phrases.is_offer(sentence) or phrases.dated(sentence) or "{{" in sentence:
                continue  # a {{ field }} in the sentence prints the promised items with their dates
            said = content_words(sentence)
            if any(len(said & words) >= 2 for words in items):
                continue
            out.append(Finding(W, field.location, f"promises without a date: “{excerpt(field.text, span)}”",
                               "Say what will change and by when, and add it as a customer-promised action "
                               "item; or leave the promise out.", "vague-promise", _CUSTOMER, span))
    return out
