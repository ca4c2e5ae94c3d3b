"""People's names and internal handles in text.

Given names and surnames come from Faker's person lexicon (about 31,000
given names and 28,000 surnames from 90 locales, maintained, offline,
MIT): a list made by people who collect names, not a few dozen typed here.
Everyday English words come from Faker's English word lists, so that a
given name that is also a word ("Will", "Grant", "Hope") counts only when
it clearly is a name: followed by a surname, or in the middle of a sentence
and not a word the lists know.

The lexicon is loaded on first use (about half a second and 16 MB; see
benchmarks/check_quality.py), never at import, and only when some text has
a capitalised word placed like a name, so the app and the CLI start as fast
as before; the app loads it in the background once its window is painted.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from postmortem.checks.textscan import Span

_CAPITALISED = re.compile(r"(?<![\w@.'’-])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?(?![\w@-])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*(?:[-*+]\s+|\d+[.)]\s+|#+\s+|>\s*)?|[\"“(]\s*)$")
_HEADING = re.compile(r"^#+\s.*$|^\*\*[^*\n]+\*\*\s*$", re.MULTILINE)
_HANDLE = re.compile(
    r"(?<![\w.@+-])@[A-Za-z][\w.-]*[A-Za-z0-9]"
    # lower-case only: "OPS-4471" is a ticket (its own rule), "team-member-1" a person
    r"|(?<![\w-])(?:team-member|team-mate|teammate|member|user|engineer|eng|sre|dev|developer|oncall|on-call"
    r"|responder|operator|person|employee|staff|admin|ic|agent|analyst|tech)[-_]\d+(?![\w-])"
)


@dataclass(frozen=True)
class Lexicon:
    given: frozenset[str]
    surnames: frozenset[str]
    words: frozenset[str]  # everyday English words, lower-case
    places: frozenset[str]  # words of country and state names: "North", "America", "Jordan"


_LOADING = threading.Lock()


def lexicon() -> Lexicon:
    """The name and word lists, read from Faker's providers once per process (any thread may ask)."""
    with _LOADING:
        return _load()


@functools.cache
def _load() -> Lexicon:
    from faker.providers import address, lorem, person

    given: set[str] = set()
    surnames: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            given.update(_names(getattr(provider, attribute, ())))
        surnames.update(_names(getattr(provider, "last_names", ())))
    english = importlib.import_module(f"{lorem.__name__}.en_US").Provider
    words = {w.lower() for w in english.word_list}
    for part in english.parts_of_speech.values():
        words.update(w.lower() for w in part)
    atlas = importlib.import_module(f"{address.__name__}.en_US").Provider
    places = {w for place in (*atlas.countries, *atlas.states) for w in place.split()}
    places.update(("North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"))
    return Lexicon(frozenset(given), frozenset(surnames), frozenset(words), frozenset(places))


def _names(value: object) -> Iterable[str]:
    # Lists are tuples, or dicts of name -> weight; some locales define properties instead.
    if isinstance(value, dict | tuple | list | set | frozenset):
        return (n for n in value if isinstance(n, str) and n[:1].isupper() and " " not in n)
    return ()


def handles(text: str) -> list[Span]:
    """'@jdoe', 'team-member-1': how chat tools and anonymised notes name people."""
    return [m.span() for m in _HANDLE.finditer(text)]


# Short words of English grammar that some languages use as given names ("An", "Do", "Can").
_GRAMMAR = frozenset(
    """
    a an the and but or nor so yet if as at by in into of on to up we us our you your he she it its
    they them me my do did does can could may might will would shall should must is are was were be
    been has had have no not all any each some this that these those there then than when while who
    whom what which where why how also just only even from for with about after before said says per
    via one two long min max hour hours day days
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


def _is_word(token: str, lex: Lexicon, extra: frozenset[str]) -> bool:
    return token.lower() in lex.words or token.lower() in _GRAMMAR or token in extra or token in lex.places


def person_names(
    text: str, *, allowed: Iterable[str] = (), common: frozenset[str] = frozenset()
) -> list[Span]:
    """Spans of people's names: 'Priya Raman', 'asked Tobias', 'Dana restarted'.

    `allowed` are words that may stand capitalised without being a person
    here (the signer, the organisation, its products); `common` adds
    capitalised everyday words (months, days) to the English lists.
    """
    keep = {w for phrase in allowed for w in re.findall(r"[\w'’-]+", phrase)}
    headings = [m.span() for m in _HEADING.finditer(text)]
    tokens = [m for m in _CAPITALISED.finditer(text)
              if m.group() not in keep and not any(s <= m.start() < e for s, e in headings)]
    if not any(_could_be_a_name(text, i, tokens) for i in range(len(tokens))):
        return []  # "Sincerely," alone: no need to load the lexicon
    lex = lexicon()
    out: list[Span] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        word = token.group()
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        pair = following is not None and text[token.end():following.start()] == " "
        given = word in lex.given and word not in lex.places and word.lower() not in _GRAMMAR
        if given and pair and following is not None and following.group() not in lex.places and (
            following.group() in lex.surnames or not _is_word(following.group(), lex, common)
        ):
            out.append((token.start(), following.end()))  # a full name: given name and surname
            i += 2
            continue
        single = word in lex.given and len(word) > 2 and not _is_word(word, lex, common) and not pair
        if single and _placed_like_a_name(text, token):
            out.append(token.span())
        i += 1
    return out


def _starts_sentence(text: str, at: int) -> bool:
    # A bounded look back keeps this linear in the text's length.
    window = text[max(0, at - 24):at]
    return _SENTENCE_START.search(window if at <= 24 else "x" + window) is not None


def _placed_like_a_name(text: str, token: re.Match[str]) -> bool:
    """At a sentence start a capital says nothing; a verb after it ("Dana restarted") does."""
    return not _starts_sentence(text, token.start()) or re.match(r" [a-z]", text[token.end():]) is not None


def _could_be_a_name(text: str, i: int, tokens: list[re.Match[str]]) -> bool:
    """Whether token `i` could be a name at all, judged by its place alone."""
    token = tokens[i]
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    pair = following is not None and text[token.end():following.start()] == " "
    return pair or _placed_like_a_name(text, token)
