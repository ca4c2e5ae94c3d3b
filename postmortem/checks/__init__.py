"""Findings about a document: what is missing, inconsistent, blaming or leaking.

`check(document)` returns findings for both audiences; `audience` narrows
them to what one export needs. A document is ready to publish when no
finding has severity "error". The app shows the same findings on its step
list, so each carries the field it is about (`location`) and, for findings
about words, the characters concerned (`span`).

One module per kind of check:

- `completeness`: the fields each export needs;
- `consistency`: times, durations and promises that cannot all be true;
- `blameless`: blame and hindsight in the internal analysis;
- `letter`: apologies, supplier blame, jargon, time zones, data loss;
- `coverage`: what the letter covers (what happened, when, loss, what to
  do, what changes, ownership, apology);
- `fielduse`: unknown or empty `{{ fields }}` in the letter, promises
  dated before the letter;
- `readability`: the letter's reading grade;
- `leaks`: internal details in anything customers see;
- `fonts`: text in a script no installed font covers;
- `settings`: the organisation's `postmortem-settings.yaml`;
- `images`: a logo or signature image that exports would leave out;
- `catalog`: the product's own wording missing in the document's language;
- `translations`: the letter's translations against the original (missing, stale);
- `translation_wording`: the wording checks above on each translation, in its language;
- `lexicons`: how writers apologise, own up and deflect in each language but
  English, and the hint naming the checks that do not run in a language.
"""

from __future__ import annotations

import datetime as dt
import importlib
from functools import cache
from typing import TYPE_CHECKING, Any

from postmortem.checks.findings import Audience, Finding, Level, blank, is_ready
from postmortem.model import SECTIONS, Document, Status

if TYPE_CHECKING:
    from postmortem.checks.fields import TextField
    from postmortem.checks.settings import Settings, SettingsError, find_settings, load_settings

__all__ = [
    "Audience",
    "Finding",
    "Level",
    "Settings",
    "SettingsError",
    "check",
    "falsehoods",
    "find_settings",
    "has_letter",
    "is_ready",
    "load_settings",
    "with_status",
]

# The settings (a pydantic model, RE2 patterns) load with the first check or lookup: the
# app imports this package for `Finding` and `Level` before its window is on screen.
_SETTINGS_NAMES = frozenset({"Settings", "SettingsError", "find_settings", "load_settings"})


def __getattr__(name: str) -> Any:
    if name not in _SETTINGS_NAMES:
        raise AttributeError(f"module 'postmortem.checks' has no attribute {name!r}")
    value = getattr(importlib.import_module("postmortem.checks.settings"), name)
    globals()[name] = value
    return value


@cache
def _defaults() -> Settings:
    from postmortem.checks.settings import Settings

    return Settings()


_ORDER = {Level.ERROR: 0, Level.WARNING: 1, Level.HINT: 2}
_SECTION_ORDER = {name: i for i, name in enumerate(SECTIONS)}


def check(
    document: Document,
    audience: Audience | None = None,
    *,
    today: dt.date | None = None,
    settings: Settings | None = None,
) -> list[Finding]:
    """All findings, errors first, in section order within each severity.

    `today` decides what is overdue or in the future (default: the real
    date); `settings` are the organisation's (default: the built-in ones;
    `find_settings(path)` finds a document's).
    """
    # The rules (and their word lists and patterns) load on the first check, not on
    # import: the app shows its window first and the CLI's export may never check.
    from postmortem.checks import (
        blameless,
        catalog,
        completeness,
        consistency,
        coverage,
        fielduse,
        fonts,
        images,
        leaks,
        letter,
        letter_voice,
        lexicons,
        readability,
        translation_wording,
        translations,
    )
    from postmortem.checks.fields import analysis_fields, customer_fields, notes_fields

    settings = settings or _defaults()
    compiled = settings.compiled()
    day = today or dt.date.today()
    visible = customer_fields(document)
    language = document.meta.language
    translated = translation_wording.letters(document)
    findings = [
        *completeness.overview(document),
        *completeness.timeline(document),
        *completeness.impact(document),
        *completeness.analysis(document),
        *completeness.actions(document),
        *completeness.letter(document),
        *completeness.prompts(document, visible),
        *(coverage.coverage(document) if has_letter(document) else [coverage.empty_letter()]),
        *fielduse.fields(document),
        *fielduse.promises_before_letter(document),
        *consistency.times(document, day),
        *consistency.actions(document, day),
        *consistency.unmarked_promises(document, visible),
        *blameless.blameless(document, analysis_fields(document)),
        *letter.language(document, visible, compiled),
        *letter_voice.voice(document, visible),
        *(readability.readability(visible, settings.readability_limit, language)
          if has_letter(document) else []),
        *readability.long_sentences(visible, settings.sentence_limit, language),
        *lexicons.not_run_hint(language, "meta.language", None, analysis=True),
        *leaks.leaks(document, visible, notes_fields(document), compiled),
        *images.images(document),
        *catalog.catalog_gap(document),
        *fonts.uncovered_scripts(visible, "customer"),
        *fonts.uncovered_scripts(_internal_only(document, visible), "internal"),
        *fonts.missing_faces(visible, "customer", document.meta.language),
        *fonts.missing_faces(_internal_only(document, visible), "internal", document.meta.language),
        *translations.translation_findings(document),
        *translations.translation_leaks(document, compiled, translated),
        *translations.translation_fields(document),
        *translation_wording.wording(document, settings, translated),
    ]
    if audience is not None:
        findings = [f for f in findings if f.audience in (None, audience)]
    elif not has_letter(document):
        # An internal-only review is complete without a letter; say so once
        # instead of listing every empty letter field.
        findings = [f for f in findings if f.audience != "customer"]
        findings.append(
            Finding(Level.HINT, "customer_letter", "no customer letter is written",
                    "Run the check with --audience customer to see what the letter needs.",
                    "no-letter", "customer")
        )
    return with_status(document, findings)


def with_status(document: Document, findings: list[Finding]) -> list[Finding]:
    """`findings` in report order, with the status error a final document has while errors remain.

    A caller that drops findings (the merge fills in `{{ recipient.* }}`, so
    `check --recipients` drops their empty-field errors) passes what is left,
    and the status error follows what is left, not what was dropped.
    """
    findings = [f for f in findings if f.rule != "final-with-errors"]
    if document.meta.status == Status.FINAL and not is_ready(findings):
        findings.append(
            Finding(
                Level.ERROR,
                "meta.status",
                "marked final while errors are outstanding",
                "Fix the errors or set the status back to 'in review'.",
                "final-with-errors",
            )
        )
    # The status error sums up the others, so it comes after them.
    return sorted(
        findings,
        key=lambda f: (_ORDER[f.severity], f.rule == "final-with-errors", _SECTION_ORDER.get(f.section, 0)),
    )


# Errors that make an exported letter say something untrue: times in an
# impossible order ("from 02:47 to 01:00"), a mistyped year behind its
# durations, a field the letter names that does not exist, words that
# contradict the data-loss status.
FALSE_IN_THE_LETTER = frozenset({"order", "mistyped-date", "unknown-field", "data-loss-contradiction"})


def falsehoods(
    document: Document, *, today: dt.date | None = None, settings: Settings | None = None
) -> list[Finding]:
    """The errors that would make an export state something false; a customer export refuses them.

    Only the rules that can find them run (times, the letter's fields, its
    words about data loss), so an export does not pay for the whole review:
    not the phrase lexicon of apologies and blame, the name lexicon or the
    reading grade. `settings` are accepted for the callers' sake; none of
    these rules reads them.
    """
    from postmortem.checks import consistency, data_loss, fielduse
    from postmortem.checks.fields import customer_fields

    found = [
        *consistency.times(document, today or dt.date.today()),
        *data_loss.data_loss(document, data_loss.readable(customer_fields(document))),
        *fielduse.fields(document),
    ]
    return [f for f in found if f.severity == Level.ERROR and f.rule in FALSE_IN_THE_LETTER]


def _internal_only(document: Document, visible: list[TextField]) -> list[TextField]:
    from postmortem.checks.fields import all_fields

    shown = {field.location for field in visible}
    return [field for field in all_fields(document) if field.location not in shown]


def has_letter(document: Document) -> bool:
    return not blank(document.customer_letter.body)
