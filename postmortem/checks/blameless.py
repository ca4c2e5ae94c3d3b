"""Blameless language in the internal analysis.

Three rules, all warnings: hindsight counterfactuals ("should have"),
words that put the fault on a person ("human error", "careless"), and a
person (by name, role or pronoun) as the subject of a mistake ("Sam forgot
to", "the engineer failed to"). "We failed to" and "the job failed to"
pass: the first is the organisation owning a gap, the second describes a
system, and both are what a blameless analysis should say.

Words inside double quotes or `code` are cited, not said, and pass too:
a lesson may quote “human error” in order to retire the phrase. Only the
analysis is read (summary, timeline, root cause, lessons); the customer
letter should own failures in the first person ("we should have"), and
has its own checks.
"""

from __future__ import annotations

import re

from postmortem.checks import names, phrases
from postmortem.checks.fields import TextField
from postmortem.checks.findings import Finding, W
from postmortem.checks.textscan import Span, find_all, inside, overlaps, quoted_spans
from postmortem.model import Document

_SUGGESTION = "Describe what the responder knew and did at the time, and ask how the system allowed it."

_APOSTROPHE = "['’]"

_BLAME_WORDS = re.compile(
    r"\b(?:human|operator|user|pilot)\s+error\b|\bcareless(?:ly|ness)?\b|\bnegligen(?:t|tly|ce)\b"
    r"|\bsloppy\b|\bsloppiness\b|\bincompeten(?:t|ce)\b|\blaz(?:y|iness)\b|\breckless(?:ly|ness)?\b"
    r"|\bstupid(?:ity)?\b|\bdumb\b|\bidiot(?:ic)?\b|\bfat[- ]finger(?:ed|s)?\b|\bPEBKAC\b"
    r"|\bto\s+blame\b|\bblamed?\b|\bat\s+fault\b|\bfault\s+of\b|" + _APOSTROPHE + r"s\s+fault\b",
    re.IGNORECASE,
)

# Every blame word contains one of these; a text without any skips the pattern (it is the slowest here).
_BLAME_KEYS = ("error", "careless", "negligen", "sloppi", "sloppy", "incompeten", "lazy", "lazi", "reckless",
               "stupid", "dumb", "idiot", "fat", "pebkac", "blame", "fault")

_DENIED = re.compile(r"\b(?:nobody|no\s+one|not|never|no)\b(?:\s+\w+){0,2}\s+$", re.IGNORECASE)

_COUNTERFACTUAL = re.compile(
    r"\b(?:should|could|ought\s+to)(?:\s+not|n" + _APOSTROPHE + r"t)?\s+have\b"
    r"|\b(?:should|could)" + _APOSTROPHE + r"ve\b|\bif\s+only\b",
    re.IGNORECASE,
)
# "took longer than it should have" compares the outcome with a plan;
# "could have been worse" weighs an outcome. Neither judges a person.
_COMPARATIVE_BEFORE = re.compile(r"\b(?:than|as\s+\w+\s+as)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_OUTCOME_AFTER = re.compile(
    r"\s+(?:been|become|gone|happened|lasted|cost|taken|lost|affected|hit|spread|reached|caused|led"
    r"|resulted|meant|ended|failed)\b",
    re.IGNORECASE,
)



def _name_pattern(names: list[str]) -> re.Pattern[str] | None:
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # A name with hindsight ("Sam should have asked") is blame too, not just a counterfactual.
    hindsight = r"(?:should|could|ought\s+to)(?:\s+not|n['’]t)?\s+have(?!\s+been)\b"
    return re.compile(
        rf"(?<![\w-])(?P<who>{alternatives})(?![\w-]){phrases.ADVERBS}\s+(?P<what>{phrases.MISTAKE}|{hindsight})"
    )


# Any capitalised word before a mistake; the name lexicon decides whether it is a person.
_CAPITAL_MISTAKE = re.compile(
    rf"(?<![\w-])(?P<who>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?){phrases.ADVERBS}"
    rf"\s+(?P<what>{phrases.MISTAKE})"
)


def _lexicon_names(text: str, skip: list[Span]) -> list[re.Match[str]]:
    """'Dana mistakenly restarted …': a name the document never listed, found by the name lexicon."""
    out = []
    for match in find_all(_CAPITAL_MISTAKE, text, skip=skip):
        who = match.span("who")
        if names.person_names(text[who[0]:who[1]] + " x", common=COMMON_WORDS):
            out.append(match)
    return out


def people(doc: Document) -> list[str]:
    """Names of the people a document mentions in its metadata: authors, reviewers, owners."""
    found: list[str] = []
    for person in (*doc.meta.authors, *doc.meta.reviewers):
        if person.name.strip():
            found.append(person.name.strip())
    for item in doc.action_items.items:
        if looks_like_a_name(item.owner):
            found.append(item.owner.strip())
    return list(dict.fromkeys(found))


_NOT_A_PERSON = re.compile(
    r"\b(?:team|group|squad|ops|operations|engineering|support|department|platform|infra|infrastructure"
    r"|security|finance|legal|sales|marketing|desk|office|board|committee|tbd|none|nobody)\b",
    re.IGNORECASE,
)


def looks_like_a_name(text: str) -> bool:
    """'Tomás Reyes' yes; 'Platform team', 'ops', 'TBD' no."""
    words = text.split()
    return (
        1 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not _NOT_A_PERSON.search(text)
        and not any(ch.isdigit() or ch == "@" for ch in text)
    )


def name_variants(names: list[str]) -> list[str]:
    """Full names, then given names and surnames that are safe to look for on their own."""
    variants = list(names)
    for name in names:
        for part in name.split():
            if len(part) >= 3 and part not in COMMON_WORDS and part not in variants:
                variants.append(part)
    return variants


# Given names that are also everyday capitalised words; looking for them
# alone would flag months, modal verbs and sentence starts.
COMMON_WORDS = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "Will", "Mark", "Bill", "Grant", "Page", "Hope", "Joy", "Faith", "Summer", "Winter",
    "Autumn", "Sky", "Ray", "Rich", "Frank", "Gene", "Jack", "Pat", "Chase", "Reed", "Rose", "Dawn",
    "Art", "Victor", "Sterling", "Don", "Guy", "Max", "Van", "Von", "Del", "Mac",
})


def blameless(doc: Document, fields: list[TextField]) -> list[Finding]:
    names = _name_pattern(name_variants(people(doc)))
    out: list[Finding] = []
    for field in fields:
        text = field.text
        quoted = quoted_spans(text)
        taken: list[Span] = []
        first = len(out)

        def add(
            span: Span, message: str, rule: str, *, where: TextField = field, taken: list[Span] = taken
        ) -> None:
            if not overlaps(span, taken):
                taken.append(span)
                out.append(Finding(W, where.location, message, _SUGGESTION, rule, "internal", span))

        if names:
            for match in find_all(names, text, skip=quoted):
                add(match.span(), f"names {match['who']} as the one who got it wrong: "
                    f"“{_clip(match.group())}”", "named-blame")
        for match in _lexicon_names(text, quoted):
            add(match.span(), f"names {match['who']} as the one who got it wrong: "
                f"“{_clip(match.group())}”", "named-blame")
        for match in phrases.person_mistakes(text):
            if not inside(match.span(), quoted):
                add(match.span(), f"puts the mistake on a person: “{_clip(match.group())}”", "blame-language")
        lower = text.lower()
        maybe = any(key in lower for key in _BLAME_KEYS)
        for match in find_all(_BLAME_WORDS, text, skip=quoted) if maybe else ():
            if _DENIED.search(text[max(0, match.start() - 30):match.start()]):
                continue  # "nobody is to blame", "not human error": the blameless point itself
            add(match.span(), f"“{match.group()}” puts the fault on a person", "blame-language")
        for match in find_all(_COUNTERFACTUAL, text, skip=quoted):
            if _COMPARATIVE_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
                continue
            if match.group().lower().startswith("could") and _OUTCOME_AFTER.match(text, match.end()):
                continue
            add(match.span(), f"“{match.group()}” judges with hindsight", "counterfactual")
        out[first:] = sorted(out[first:], key=lambda f: f.span or (0, 0))
    return out


def _clip(text: str) -> str:
    return " ".join(text.split())
