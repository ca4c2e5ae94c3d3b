"""What the letter covers: the seven things a reader of an outage letter needs.

Each `Topic` is covered by a field that prints the fact, or by the
writer's own words saying it. The letter is one body in the writer's
order, so nothing here asks for a paragraph in a fixed place: a topic is
covered wherever it is said. The app lists the topics beside the letter
(ticked or open) from these same findings, and offers the topic's field
or sentence starter for an open one.

Apology and ownership are recognised by the lexicon in `phrases` and
reported by `letter_voice` (`no-apology`, `ownership`); this module only
reads them to tick the topics. Template prompts (`[[...]]`) never count as
saying anything.

In another language each topic is read with that language's lexicon
(`lexicons`) and its day and month names from CLDR (Babel); a topic its
lexicon has no words for counts as covered, and the hint of
`lexicons.not_run` says it was not judged.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from postmortem.checks import letter as wording
from postmortem.checks import lexicons, phrases
from postmortem.checks.consistency import COMMITMENT
from postmortem.checks.findings import E, Finding, H, Level, W
from postmortem.checks.textscan import mask
from postmortem.letterfields import mask_fields, names_used
from postmortem.model import Document
from postmortem.templates import PROMPT

LOCATION = "customer_letter.body"

_HAPPENED = re.compile(
    r"\b(?:outage|down|unavailable|unreachable|offline|fail\w*|broke\w*|stopped|crash\w*|could\s+not"
    r"|couldn['’]t|cannot|can['’]t|unable|errors?|disrupt\w*|interrupt\w*|went\s+wrong|lost|slow\w*"
    r"|delay\w*|incident|problem|wrong\w*|twice|blocked|missing|duplicat\w*|not\s+\w+ed)\b",
    re.IGNORECASE,
)
_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DAY = re.compile(
    rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+night"
    rf"|this\s+morning)\b|\b\d{{1,2}}\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\s+\d{{1,2}}\b|\b\d{{4}}-\d\d-\d\d\b",
    re.IGNORECASE,
)
_TO_DO = re.compile(
    r"\bplease\b|\byou\s+(?:can|could|should|need|may\s+want|might\s+want|will\s+need|do\s+not\s+need"
    r"|don['’]t\s+need|must)\b|\bno\s+action\b|\bnothing\s+(?:to\s+do|you\s+need)\b|\bwrite\s+to\b"
    r"|\b(?:contact|call|email|e-mail|phone)\s+us\b|\breply\b|\bget\s+in\s+touch\b|\blet\s+us\s+know\b"
    r"|\breach\s+us\b",
    re.IGNORECASE,
)
_BY_WHEN = re.compile(
    rf"\bby\s+(?:the\s+end\s+of\s+)?(?:\d{{1,2}}\s+)?(?:{_MONTHS}|\d{{4}}|next\s+\w+|mid-\w+|early\s+\w+"
    rf"|late\s+\w+|the\s+end\b)|\bwithin\s+(?:\w+\s+){{1,2}}(?:days?|weeks?|months?)\b"
    rf"|\b(?:next|this)\s+(?:week|month|quarter|year)\b|\bin\s+(?:{_MONTHS})\b|\balready\s+(?:done|in\s+place)\b"
    rf"|\b(?:have|has)\s+(?:already\s+)?(?:\w+ed|built|made|set\s+up)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Topic:
    key: str
    label: str  # as the app's list shows it
    rule: str  # the finding's rule id while the topic is open
    severity: Level
    message: str  # the finding's message
    explanation: str  # why a reader needs it, for the app
    field: str  # the letter field that covers it, or ""
    starter: str  # words to start a sentence with


TOPICS: tuple[Topic, ...] = (
    Topic("happened", "What happened", "covers-what-happened", E, "the letter does not say what happened",
          "Tell the reader, in plain words, what stopped working for them.", "",
          "Here is what happened. "),
    Topic("when", "When, and in which time zone", "covers-when", W,
          "the letter does not say when it happened, with the time zone",
          "Readers check the times against their own records: give the day and hours, with the zone.",
          "impact_window", "This lasted {{ impact_window }}. "),
    Topic("loss", "What was or may have been lost", "data-loss-unstated", H,
          "the letter does not tell customers whether data was lost",
          "Say plainly what was or may be lost, and when; or that nothing was.", "data_loss",
          "As for your data: "),
    Topic("action", "What the reader should do", "covers-what-to-do", W,
          "the letter does not say what customers should do, or how to reach you",
          "Say what the reader needs to do now (or that they need to do nothing), and how to reach a person.",
          "customer_action", "What you can do now: "),
    Topic("changes", "What will change, and by when", "covers-changes", W,
          "the letter does not say what will change and by when",
          "Name the changes you are making and when they will be done; readers hold you to dates.",
          "promises", "To keep this from happening again, we will "),
    Topic("ownership", "Ownership", "ownership", W, "the letter does not own the failure",
          "Say in the first person what you got wrong: “We …, and that was our mistake.”", "",
          "This failure was ours: we "),
    Topic("apology", "Apology", "no-apology", E, "the letter never apologises",
          "Apologise plainly for what the reader lost, in your own words.", "", "I am sorry. "),
)
TOPIC_BY_RULE = {topic.rule: topic for topic in TOPICS}
# Reported by `letter_voice` over the whole letter; listed here for the app's topic list.
_VOICE = {"ownership", "apology"}


def _writer_words(body: str) -> str:
    return mask(mask_fields(body), PROMPT)


def _check(topic: str, doc: Document, words: str, fields: set[str]) -> bool:
    lexicon = lexicons.lexicon_for(doc.meta.language)
    if lexicon is not None:
        return _check_in(lexicon, topic, doc, words, fields)
    zone = wording.zone_pattern(doc)
    assert zone is not None
    checks: dict[str, Callable[[], bool]] = {
        "happened": lambda: bool(
            fields & {"impact_window", "timeline", "services"}
            or _HAPPENED.search(words)
            or _DAY.search(words)
        ),
        "when": lambda: bool(fields & wording.ZONED_FIELDS) or (
            bool(_DAY.search(words) or wording.find_clock(words))
            and (wording.find_clock(words) is None or bool(zone.search(words)))
        ),
        "loss": lambda: bool(
            fields & {"data_loss", "data_loss_window"} or wording.MENTIONS_DATA.search(words)
        ),
        "action": lambda: bool("customer_action" in fields or _TO_DO.search(words)),
        "changes": lambda: "promises" in fields or _commits_with_date(words),
        "ownership": lambda: bool(phrases.ownership(words)),
        # The closing line counts: "My humblest apologies," is where some writers say it.
        "apology": lambda: bool(phrases.apologies(words) or phrases.apologies(doc.customer_letter.closing)),
    }
    return checks[topic]()


def _check_in(lexicon: lexicons.Lexicon, topic: str, doc: Document, words: str, fields: set[str]) -> bool:
    """`_check` in a language other than English; True (not judged) where the lexicon has no words."""

    def says(pattern: re.Pattern[str] | None) -> bool:
        return pattern is None or pattern.search(words) is not None

    zone = wording.zone_pattern(doc)
    clock = wording.find_clock(words)
    checks: dict[str, Callable[[], bool]] = {
        "happened": lambda: bool(fields & {"impact_window", "timeline", "services"})
        or says(lexicon.happened),
        "when": lambda: bool(fields & wording.ZONED_FIELDS) or zone is None or (
            bool(_day_in(doc.meta.language).search(words) or clock)
            and (clock is None or bool(zone.search(words)))
        ),
        "loss": lambda: bool(fields & {"data_loss", "data_loss_window"}) or says(lexicon.mentions_data),
        "action": lambda: "customer_action" in fields or says(lexicon.to_do),
        "changes": lambda: "promises" in fields or _commits_in(lexicon, words),
        "ownership": lambda: lexicon.ownership is None or bool(lexicon.ownership.search(words)),
        "apology": lambda: lexicon.apology is None or bool(
            lexicon.apology.search(words) or lexicon.apology.search(doc.customer_letter.closing)
        ),
    }
    return checks[topic]()


def _commits_in(lexicon: lexicons.Lexicon, words: str) -> bool:
    if lexicon.commitment is None or lexicon.by_when is None:
        return True
    # A full stop after a number is a German date ("bis zum 15. Dezember"), not a sentence's end.
    return any(
        lexicon.commitment.search(sentence) and lexicon.by_when.search(sentence)
        for sentence in re.split(r"(?<=[^\d][.!?])\s+|(?<=[。！？؟])\s*|\n\s*\n", words)
    )


@functools.cache
def _day_in(language: str) -> re.Pattern[str]:
    """Day and month names in `language` from CLDR, and dates written with digits."""
    from postmortem.i18n.locales import locale_for

    locale = locale_for(language)
    names = [*locale.days["format"]["wide"].values(), *locale.months["format"]["wide"].values(),
             *locale.months["format"]["abbreviated"].values()]
    alternatives = "|".join(re.escape(n.rstrip(".")) for n in sorted(set(names), key=len, reverse=True) if n)
    return re.compile(rf"(?:{alternatives})|\d{{4}}-\d\d-\d\d|\d{{1,2}}\.\s?\d{{1,2}}\.|\d{{1,2}}\s?[月日]",
                      re.IGNORECASE)


def _commits_with_date(words: str) -> bool:
    return any(
        COMMITMENT.search(sentence) and _BY_WHEN.search(sentence)
        for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", words)
    )


def covered(doc: Document) -> dict[str, bool]:
    """Topic key -> whether the letter covers it."""
    body = doc.customer_letter.body
    words, fields = _writer_words(body), names_used(body)
    return {topic.key: _check(topic.key, doc, words, fields) for topic in TOPICS}


def coverage(doc: Document) -> list[Finding]:
    """One finding for each topic the letter leaves open."""
    state = covered(doc)
    return [
        Finding(topic.severity, LOCATION, topic.message, topic.explanation, topic.rule, "customer")
        for topic in TOPICS
        if not state[topic.key] and topic.key not in _VOICE
    ]


def open_topics(findings: Iterable[Finding]) -> set[str]:
    """Topic keys left open, from a list of findings (what the app shows)."""
    # A translation's findings are about that language's letter, not the original's topics.
    translated = "customer_letter.translations."
    letter = [f for f in findings if f.section == "customer_letter" and not f.location.startswith(translated)]
    return {TOPIC_BY_RULE[f.rule].key for f in letter if f.rule in TOPIC_BY_RULE}


def empty_letter() -> Finding:
    return Finding(E, LOCATION, "the letter is empty",
                   "Write the letter between the greeting and the closing, in your own order.",
                   "required", "customer")
