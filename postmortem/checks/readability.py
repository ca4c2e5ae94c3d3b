"""How hard the letter is to read: the Flesch-Kincaid grade level (English).

grade = 0.39 × words per sentence + 11.8 × syllables per word − 15.59

Syllables are counted with a spelling heuristic (vowel groups, less a
silent final e and the usual -ed/-es endings) rather than a dictionary: it
is within a syllable of the dictionary count for most English words, is
fast, and gives the same grade on every machine, which a test can rely on.
The grade is reported on every letter as a hint, and as a warning when it
is above the organisation's limit, pointing at the hardest part. Sentences
longer than the settings' `sentence_limit` are warnings of their own.

A letter in another language is read with that language's formula
(`reading_ease`) and its own words (a lexicon's `words`: umlauts and accents
are letters); where the language has neither, nothing is judged, and the
hint of `lexicons.not_run` says so.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from postmortem.checks import lexicons, reading_ease
from postmortem.checks.fields import TextField
from postmortem.checks.findings import Finding, H, W
from postmortem.checks.textscan import EMAIL, URL, Span, paragraphs, sentences

# The parts customers read as prose; the bio is about the signer, not the incident.
PROSE = {
    "body", "facts.events.description", "facts.data_loss_details", "facts.customer_actions",
    "facts.promises.description",
}
_MIN_WORDS = 30  # below this a grade says more about one sentence than about the letter
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*")
# Link labels and addresses hold no brackets, so no match attempt scans past
# the next one: linear on a run of "[" or "[a](" (the open classes were quadratic).
_MARKUP = re.compile(r"\[([^\[\]]*)\]\([^()\[\]]*\)|[*_`#>]")


@dataclass(frozen=True)
class Score:
    words: int
    sentences: int
    syllables: int

    @property
    def grade(self) -> float:
        if not self.words or not self.sentences:
            return 0.0
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59


@functools.lru_cache(maxsize=8192)
def syllables(word: str) -> int:
    """Syllables in one English word, by spelling (cached: a letter repeats its words, the app re-checks)."""
    letters = re.sub(r"[^a-z]", "", word.lower())
    if not letters:
        digits = re.sub(r"\D", "", word)
        return max(1, len(digits) // 2 + 1) if digits else 1
    if len(letters) <= 3:
        return 1
    stem = re.sub(r"([^aeiouy])e(?=(?:ly|ment|ful|ness|less)$)", r"\1", letters)
    if stem.endswith("e") and not re.search(r"(?:[^aeiouy]le|ee)$", stem):
        stem = stem[:-1]  # silent final e: "while", "restore"; not "table", "free"
    elif re.search(r"[^aeiouy]es$", stem) and not re.search(r"(?:[sxz]|ch|sh|ce|ge|[^aeiouy]l)es$", stem):
        stem = stem[:-2]  # "minutes"; not "boxes", "changes", "tables"
    elif stem.endswith("ed") and stem[-3] not in "td":
        stem = stem[:-2]  # "failed", "played"; not "needed", "created"
    stem = stem.removeprefix("y")
    count = len(re.findall(r"[aeiouy]+", stem))
    # "-io", "-ia" and "-ua" are usually two syllables in one vowel group
    # (radio, period, actual), except in "-tion", "-sion", "-cial", "-gion".
    count += len(re.findall(r"(?<![ctsgq])i[aou]|(?<!q)ua", stem))
    return max(1, count)


# Cached: the app checks again after every pause in typing, and every text but the one
# being typed in is the same as last time; the letter's translations are cleaned again
# for their own grade.
@functools.lru_cache(maxsize=512)
def _clean(text: str) -> str:
    text = URL.sub(lambda m: "link" + " " * (len(m.group()) - 4), text)
    text = EMAIL.sub(lambda m: "address" + " " * max(0, len(m.group()) - 7), text)
    return _MARKUP.sub(lambda m: (m.group(1) or "").ljust(len(m.group())), text)


def score(texts: list[str]) -> Score:
    words = sentence_count = syllable_count = 0
    for text in texts:
        clean = _clean(text)
        for start, end in sentences(clean):
            found = _WORD.findall(clean, start, end)
            if found:
                sentence_count += 1
                words += len(found)
                syllable_count += sum(syllables(w) for w in found)
    return Score(words, sentence_count, syllable_count)


def readability(fields: list[TextField], limit: float, language: str = "en") -> list[Finding]:
    lexicon = lexicons.lexicon_for(language)
    if lexicon is not None:
        return _readability_in(fields, limit, lexicon)
    prose = [f for f in fields if f.view_name in PROSE]
    overall = score([f.text for f in prose])
    if overall.words == 0:
        return []
    grade = overall.grade
    out = [
        Finding(H, "customer_letter", f"the letter reads at grade {grade:.1f} (Flesch-Kincaid; "
                f"your limit is {limit:g})", rule="reading-grade", audience="customer")
    ]
    if grade > limit and overall.words >= _MIN_WORDS:
        # The letter is one body: its hardest part is a paragraph, not a field.
        parts = [(f, span) for f in prose for span in paragraphs(f.text)]
        hardest, (start, end) = max(parts, key=lambda part: score([part[0].text[slice(*part[1])]]).grade)
        longest = _longest_sentence(hardest.text[start:end])
        words = len(_WORD.findall(_clean(hardest.text[start:end]), *longest)) if longest else 0
        longest = (start + longest[0], start + longest[1]) if longest else None
        out.append(
            Finding(W, hardest.location,
                    f"the letter reads at grade {grade:.1f}, above your limit of {limit:g}; "
                    "this part is the hardest",
                    f"Split long sentences (the longest here has {words} words) and prefer short, "
                    "everyday words.",
                    "readability", "customer", longest)
        )
    return out


def long_sentences(fields: list[TextField], limit: int, language: str = "en") -> list[Finding]:
    """Each sentence longer than `limit` words: the grade of a whole letter can hide one.

    A colon or semicolon counts as a break: "we could not restore it: the
    backup was too old" reads as two short statements, not one long one.
    """
    lexicon = lexicons.lexicon_for(language)
    word = _WORD if lexicon is None else lexicon.words
    if word is None:
        return []  # words are not spaced (Japanese): a count of them would be a guess
    out = []
    for field in fields:
        if field.view_name not in PROSE:
            continue
        clean = _clean(field.text)
        for span in _clauses(clean):
            words = len(word.findall(clean, *span))
            if words > limit:
                out.append(
                    Finding(W, field.location, f"a sentence of {words} words", f"Split it; aim for sentences "
                            f"of under {limit} words, one idea each.", "long-sentence", "customer", span)
                )
    return out


def _clauses(text: str) -> list[Span]:
    """Sentences, further split at colons and semicolons: each part is read as a unit."""
    out = []
    for start, end in sentences(text):
        cut = start
        for mark in re.finditer(r"[:;](?=\s)", text[start:end]):
            out.append((cut, start + mark.start()))
            cut = start + mark.end() + 1
        out.append((cut, end))
    return [span for span in out if span[1] > span[0]]


def _longest_sentence(text: str) -> Span | None:
    clean = _clean(text)
    spans = sentences(clean)
    return max(spans, key=lambda s: len(_WORD.findall(clean, *s))) if spans else None


def _reading(texts: list[str], lexicon: lexicons.Lexicon) -> tuple[reading_ease.Reading | None, int]:
    """The texts' reading in the lexicon's formula (None without words), and their number of words."""
    syllables, formula = reading_ease.FORMULAS[lexicon.reading]
    assert lexicon.words is not None
    words = [lexicon.words.findall(clean, start, end)
             for clean in map(_clean, texts) for start, end in sentences(clean)]
    found = reading_ease.counts(words, syllables)
    return (formula(found) if found.words else None), found.words


def _readability_in(fields: list[TextField], limit: float, lexicon: lexicons.Lexicon) -> list[Finding]:
    """The letter's reading grade in its own language's formula; nothing where it has none."""
    if not lexicon.reading or lexicon.words is None:
        return []
    prose = [f for f in fields if f.view_name in PROSE]
    overall, words = _reading([f.text for f in prose], lexicon)
    if overall is None:
        return []
    out = [Finding(H, "customer_letter",
                   f"the letter reads at {overall.figure} ({overall.source}; your limit is {limit:g})",
                   rule="reading-grade", audience="customer")]
    if overall.above(limit) and words >= _MIN_WORDS:
        parts = [(f, span) for f in prose for span in paragraphs(f.text)]

        def grade(part: tuple[TextField, Span]) -> float:
            found, _ = _reading([part[0].text[slice(*part[1])]], lexicon)
            return found.grade if found else 0.0

        hardest, (start, _end) = max(parts, key=grade)
        clean = _clean(hardest.text[start:_end])
        spans = sentences(clean)
        longest = max(spans, key=lambda s: len(lexicon.words.findall(clean, *s))) if spans else None  # type: ignore[union-attr]
        count = len(lexicon.words.findall(clean, *longest)) if longest else 0
        out.append(Finding(W, hardest.location,
                           f"the letter reads at {overall.figure} ({overall.source}), above your limit of "
                           f"{limit:g}; this part is the hardest",
                           f"Split long sentences (the longest here has {count} words) and prefer short, "
                           "everyday words.", "readability", "customer",
                           (start + longest[0], start + longest[1]) if longest else None))
    return out
