"""How writers apologise, own up, deflect and say what was lost, in each language but English.

English has its own, larger lexicon (`checks.phrases`, the patterns in `letter`,
`data_loss` and `coverage`), which these do not change. A `Lexicon` holds one
language's patterns, each written for how a careful writer in that language
puts it (not translated from the English list: German apologises with "es tut
mir leid" and "um Entschuldigung bitten", Japanese with 申し訳ございません and
お詫び申し上げます). A pattern left `None` is a check that does not run in that
language; `not_run` names those checks for the one hint that says so.

One module per language, loaded with the first document in that language.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, fields
from functools import cache

from postmortem.checks.findings import Audience, Finding, H
from postmortem.i18n.locales import primary

Pattern = re.Pattern[str]

# The modules that hold a language's lexicon, by primary language subtag.
_MODULES = {"de": "german", "fr": "french", "es": "spanish", "ja": "japanese", "ar": "arabic"}


@dataclass(frozen=True)
class Lexicon:
    """One language's phrasings. `None`: the check does not run in this language."""

    name: str  # the language's English name, for messages
    apology: Pattern | None = None
    ownership: Pattern | None = None
    non_apologies: tuple[tuple[Pattern, str], ...] | None = None  # (pattern, why it is no apology)
    non_apology_help: str = ""  # "Say what you are sorry for, plainly: …", with an example in the language
    deflection: Pattern | None = None
    plain_loss: Pattern | None = None  # words that say plainly that something was lost
    says_no_loss: Pattern | None = None  # "no data was lost"
    zone: Pattern | None = None  # words that name a time zone ("New Yorker Zeit")
    happened: Pattern | None = None  # words that say something stopped working
    to_do: Pattern | None = None  # what the reader should do, or how to reach a person
    mentions_data: Pattern | None = None
    commitment: Pattern | None = None  # "we will …"
    by_when: Pattern | None = None  # "by 15 December", "within two weeks"
    words: Pattern | None = None  # a word, for sentence lengths; None where words are not spaced
    reading: str = ""  # the readability formula's key in `checks.reading_ease`; "" for none


# What each pattern lets a check judge, as the hint names it when the pattern is missing.
CHECK_NAMES = {
    "apology": "whether the letter apologises",
    "ownership": "whether it owns the failure",
    "non_apologies": "non-apologies",
    "deflection": "deflection",
    "plain_loss": "whether the data-loss details say plainly what was lost",
    "says_no_loss": "words that contradict the data-loss status",
    "zone": "times without a time zone",
    "happened": "whether it says what happened",
    "to_do": "whether it says what to do",
    "mentions_data": "whether it says what was lost",
    "commitment": "whether it says what will change and by when",
    "words": "sentence lengths",
    "reading": "the reading grade",
}
# Checks whose phrase lists are English only, in every other language. Each needs a lexicon
# as large as its English one (hundreds of phrasings from real letters) before it can be
# trusted in a language; a short list would miss most blame and let the letter pass.
ENGLISH_ONLY = (
    "supplier blame",
    "a person blamed",
    "promises without a date",
    "names guessed from capitals",
    "“data was lost” while none is marked, and a hedged “no data was lost”",
)
# Read in the internal analysis, which is in the document's language.
ANALYSIS_ONLY_ENGLISH = ("blame and hindsight in the analysis", "promises not marked as customer-promised")


@cache
def lexicon_for(language: str) -> Lexicon | None:
    """The lexicon of `language`'s main subtag; None for English (its own rules apply).

    A language with no lexicon gets an empty one: none of the wording checks
    runs on it, rather than English patterns reading words they do not know.
    """
    main = primary(language)
    if main == "en":
        return None
    module = _MODULES.get(main)
    if module is None:
        return Lexicon(name=_name(language))
    found: Lexicon = importlib.import_module(f"{__name__}.{module}").LEXICON
    return found


def not_run(lexicon: Lexicon) -> list[str]:
    """The checks that do not run on text in this lexicon's language, as the hint lists them."""
    missing = [CHECK_NAMES[f.name] for f in fields(lexicon)
               if f.name in CHECK_NAMES and not getattr(lexicon, f.name)]
    return [*missing, *ENGLISH_ONLY]


def _name(language: str) -> str:
    from postmortem.checks.translations import language_name

    return language_name(language)


def spans(pattern: Pattern | None, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


def not_run_hint(
    language: str, location: str, audience: Audience | None, *, analysis: bool = False
) -> list[Finding]:
    """One hint naming the checks that did not run on text in `language`, and why; none in English."""
    lexicon = lexicon_for(language)
    if lexicon is None:
        return []
    missing = [*not_run(lexicon), *(ANALYSIS_ONLY_ENGLISH if analysis else ())]
    why = "They read English phrasings"
    if not lexicon.reading:
        why += f", and no reading-grade formula made for {lexicon.name} is known here"
    return [Finding(H, location, f"not checked in {lexicon.name}: {'; '.join(missing)}",
                    f"{why}; the people the document names are still looked for by name. Ask someone who "
                    f"reads {lexicon.name} to look for the rest.", "checks-not-run", audience)]
