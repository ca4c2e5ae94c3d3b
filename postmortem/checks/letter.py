"""The letter's language: does it own the failure, in words customers understand?

- `non-apology` (error): "we apologise for any inconvenience", "sorry if",
  "mistakes were made": phrases that apologise for nothing in particular.
- `vendor-blame` (warning): a vendor or provider as the one who failed,
  with nothing in the letter owning the choice to depend on it.
- `deflection` (warning): "outside our control", "not our fault".
- `jargon` (warning): terms from the settings' jargon list, with the plain
  words to use instead.
- `banned-phrase`: the organisation's own list, at the severity it chose.
- `time-zone` (warning): a clock time customers cannot place, in a letter
  that states no zone (fields that print times state theirs).
- data loss (`data_loss`): `data-loss-contradiction` (error) when the
  words contradict the data-loss status, and its warnings.

Whether the letter apologises and owns the failure is `letter_voice`;
what else it covers (what happened, when, loss, ...) is `coverage`; its
fields are `fielduse`. The letter is one body, read with its `{{ fields }}`
blanked out: fields are facts, checked where they are written.

In another language, non-apologies, deflection, the time zone and data loss
are read with that language's lexicon (`lexicons`); supplier blame is an
English phrase list and does not run there. Jargon and the organisation's
banned phrases are its own words, looked for in every language.
"""

from __future__ import annotations

import functools
import re

from postmortem import timefmt
from postmortem.checks import data_loss, lexicons, phrases
from postmortem.checks.fields import TextField
from postmortem.checks.findings import Audience, E, Finding, Level, W
from postmortem.checks.settings import Compiled
from postmortem.checks.textscan import (
    EMAIL,
    URL,
    Span,
    find_all,
    mask,
    overlaps,
    paragraphs,
    quoted_spans,
)
from postmortem.letterfields import names_used
from postmortem.model import Document

_CUSTOMER: Audience = "customer"
_DOTTED = re.compile(r"(?<![\w-])[\w-]+(?:\.[\w-]+)+(?![\w-])")

_APOLOGISE = r"(?:apologi[sz]e[sd]?|(?:are|am|'m|’m)\s+sorry|regret)"
_NON_APOLOGIES = (
    (re.compile(r"\bany\s+inconvenience\b", re.IGNORECASE),
     "“any inconvenience” makes the harm sound small and hypothetical"),
    (re.compile(rf"\b{_APOLOGISE}\s+(?:for\s+)?(?:the|this|that)\s+inconvenience\b", re.IGNORECASE),
     "calling the outage an “inconvenience” makes the harm sound small"),
    (re.compile(rf"\b{_APOLOGISE}\s+if\b|\bsorry\s+if\b", re.IGNORECASE),
     "an apology with “if” doubts that anyone was harmed"),
    (re.compile(r"\b(?:sorry|apologi[sz]e|regret)\s+(?:for\s+)?any\b", re.IGNORECASE),
     "“sorry for any …” apologises for harm it will not name"),
    (re.compile(r"\bsorry\s+(?:that\s+)?you\s+(?:feel|felt)\b", re.IGNORECASE),
     "being sorry for how customers feel is not being sorry for what we did"),
    (re.compile(r"\bregret\s+(?:that\s+)?(?:you|some\s+\w+|\w+)\s+(?:may\s+have\s+|might\s+have\s+)?"
                r"(?:experienced|encountered|had|faced|suffered)\b", re.IGNORECASE),
     "regretting what customers “experienced” stops short of owning it"),
    (re.compile(r"\bmistakes\s+were\s+made\b", re.IGNORECASE), "“mistakes were made” hides who made them"),
    (re.compile(r"\bto\s+anyone\s+who\s+(?:may\s+have\s+been|might\s+have\s+been|was)\s+"
                r"(?:affected|impacted|inconvenienced)\b", re.IGNORECASE),
     "apologising “to anyone who may have been affected” doubts that anyone was"),
)
_NON_APOLOGY_HELP = "Say what you are sorry for, plainly: “I am sorry: for two days you could not reach us.”"
_DEFLECTION = re.compile(
    r"\b(?:outside|beyond)\s+(?:of\s+)?our\s+control\b|\b(?:had|have|has)\s+no\s+control\s+over\b"
    r"|\bnot\s+(?:our|the\s+company['’]s)\s+fault\b|\bnothing\s+we\s+could\s+(?:have\s+)?done\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"(?<![\d:.])(?:[01]?\d|2[0-3])[:h][0-5]\d(?![\d:])(?:\s?[ap]\.?m\.?)?"
    r"|(?<![\d:.])(?:1[0-2]|0?[1-9])\s?(?:[ap]\.m\.|[ap]m)\b|\bnoon\b|\bmidnight\b",
    re.IGNORECASE,
)
_ZONE_WORDS = (
    r"\b(?:UTC|GMT)(?:\s?[+\-−]\s?\d{1,2}(?::?\d\d)?)?\b|\b[A-Z]{1,4}[SD]T\b|\btime\s+zone\b"
    r"|\b(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Greenwich|Universal|European|Western"
    r"|British|Irish|India|Indian|Japan|Australian|Singapore|China|Korea|UK|US|EU)(?:\s+\w+)?\s+[Tt]ime\b"
)
MENTIONS_DATA = re.compile(r"\bdata\b|\blost\b|\bloss\b|\blose\b", re.IGNORECASE)



def _finding(
    level: Level, field: TextField, span: Span, message: str, suggestion: str, *, rule: str
) -> Finding:
    return Finding(level, field.location, message, suggestion, rule, _CUSTOMER, span)


def language(
    doc: Document, fields: list[TextField], compiled: Compiled, language: str | None = None
) -> list[Finding]:
    """The letter's wording; `language` is the letter's (default: the document's)."""
    lexicon = lexicons.lexicon_for(doc.meta.language if language is None else language)
    out: list[Finding] = []
    readable = data_loss.readable(fields)
    # Owning the choice of a supplier anywhere in the letter covers a story told before it.
    owned = lexicon is not None or any(
        phrases.owns_supplier(f.text) for f in readable if f.location.startswith("customer_letter.")
    )
    non_apologies = _NON_APOLOGIES if lexicon is None else lexicon.non_apologies or ()
    non_apology_help = _NON_APOLOGY_HELP if lexicon is None else lexicon.non_apology_help
    deflection = _DEFLECTION if lexicon is None else lexicon.deflection
    for field in readable:
        quoted = quoted_spans(field.text)
        taken: list[Span] = []
        for pattern, message in non_apologies:
            for match in find_all(pattern, field.text, skip=quoted):
                if not overlaps(match.span(), taken):
                    taken.append(match.span())
                    out.append(_finding(E, field, match.span(), message, non_apology_help,
                                        rule="non-apology"))
        for banned, pattern in compiled.banned:
            for match in find_all(pattern, field.text, skip=quoted):
                out.append(_finding(Level(banned.severity), field, match.span(),
                                    f"“{match.group()}” is on your organisation's list of phrases to avoid",
                                    banned.suggestion or "Say it plainly, in your own words.",
                                    rule="banned-phrase"))
        out += _vendor_blame(field, quoted, owned)
        for match in find_all(deflection, field.text, skip=quoted) if deflection else ():
            out.append(_finding(W, field, match.span(), f"“{match.group()}” pushes the failure away from you",
                                "Own what was yours to control: how you prepared for this, and what you "
                                "are changing.", rule="deflection"))
        out += _jargon(field, compiled, lexicon)
    out += _time_zones(doc, readable, language)
    out += data_loss.data_loss(doc, readable, language)
    return out


def _vendor_blame(field: TextField, quoted: list[Span], owned: bool) -> list[Finding]:
    """A supplier named as the one who failed, unless the letter owns depending on it.

    Ownership counts anywhere in the letter: a letter often tells the
    story first and owns it after. Owning the failure in general ("our
    fault") is not enough; the letter must own the choice of supplier.
    """
    out: list[Finding] = []
    text = field.text
    if owned or phrases.owns_supplier(text):
        return out
    for start, end in paragraphs(text):
        for found in phrases.supplier_blame(text[start:end]):
            span = (found[0] + start, found[1] + start)
            if overlaps(span, quoted):
                continue
            said = " ".join(text[span[0]:span[1]].split())
            out.append(_finding(W, field, span, f"blames a supplier: “{said}”",
                                "Customers chose you, not your supplier: say that depending on it was your "
                                "decision, and what you are changing.", rule="vendor-blame"))
            break  # one per paragraph: the fix is one sentence of ownership
    return out


def _jargon(field: TextField, compiled: Compiled, lexicon: lexicons.Lexicon | None = None) -> list[Finding]:
    """Terms from the jargon list (English words, which other languages borrow: RAID, DNS, cluster)."""
    text = _without_addresses(field.text)
    lower = text.lower()
    out: list[Finding] = []
    taken: list[Span] = []
    for term in compiled.jargon:
        if term.first_word not in lower:
            continue  # a plain substring test rules out most terms before any pattern runs
        matches = [m for m in term.pattern.finditer(text) if not overlaps(m.span(), taken)]
        if not matches:
            continue
        taken += [m.span() for m in matches]
        times = f" ({len(matches)} times in this field)" if len(matches) > 1 else ""
        instead = (f"Say “{term.plain}” instead, or explain it in a few words." if lexicon is None
                   else f"Explain it in a few plain words of {lexicon.name} (in English: “{term.plain}”).")
        out.append(_finding(W, field, matches[0].span(),
                            f"“{matches[0].group()}” is jargon customers may not know{times}", instead,
                            rule="jargon"))
    return sorted(out, key=lambda f: f.span or (0, 0))


@functools.lru_cache(maxsize=512)
def _without_addresses(text: str) -> str:
    """The text with links, e-mail addresses and dotted names blanked (cached, as `_clean` is)."""
    return mask(text, URL, EMAIL, _DOTTED)


# Fields whose text states its time zone when printed.
ZONED_FIELDS = frozenset({"impact_window", "timeline", "data_loss_window"})


def zone_pattern(doc: Document, language: str | None = None) -> re.Pattern[str] | None:
    """Words that name a time zone, including the document zone's place name; None where the
    letter's language has no words for it in its lexicon."""
    place = timefmt.place_name(doc.meta.time_zone)
    lexicon = lexicons.lexicon_for(doc.meta.language if language is None else language)
    if lexicon is None:
        named = re.escape(place)
        return re.compile(rf"{_ZONE_WORDS}|\b{named}(?:\s+\w+)?\s+[Tt]ime\b|\b{named}\)")
    if lexicon.zone is None:
        return None
    # The place, in the letter's language ("ニューヨーク") or in English, names the zone.
    local = timefmt.place_name(doc.meta.time_zone, doc.meta.language if language is None else language)
    places = "|".join(re.escape(p) for p in dict.fromkeys((local, place)))
    return re.compile(rf"{lexicon.zone.pattern}|(?:{places})", lexicon.zone.flags)


def find_clock(text: str) -> re.Match[str] | None:
    return _CLOCK.search(mask(text, URL, EMAIL))


def _time_zones(doc: Document, fields: list[TextField], language: str | None) -> list[Finding]:
    # Events are printed under a line naming their zone. (A data-loss text
    # gets its window appended only when it gives no times of its own.)
    covered = {"facts.events.description"}
    if names_used(doc.customer_letter.body) & ZONED_FIELDS:
        covered.add("body")
    place = timefmt.place_name(doc.meta.time_zone)
    zone = zone_pattern(doc, language)
    if zone is None:
        return []
    out: list[Finding] = []
    for field in fields:
        if field.view_name in covered:
            continue
        clock = find_clock(field.text)
        if clock and not zone.search(mask(field.text, URL, EMAIL)):
            example = "UTC" if place == "UTC" else f"{place} time"
            out.append(_finding(W, field, clock.span(), f"gives the time {clock.group()} without a time zone",
                                f"Say which zone, once in the letter, e.g. “{example}”.",
                                rule="time-zone"))
    return out
