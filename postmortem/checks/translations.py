"""The letter's translations against the original (`customer_letter.translations.<lang>`).

- `translation-missing` (warning): the original has a paragraph, letter
  part or printed text (a promise, what to do) that a translation has no
  words for; that language's letter goes out without it, or with the
  original's words for a part.
- `translation-stale` (warning): the original changed after it was
  translated: the digest the translation was made from is not the
  original's any more. Reported per paragraph, so the writer knows which.
- `translation-left-over` (warning): a translated paragraph whose original
  paragraph is gone, or a translated reference line, greeting, closing or
  e-mail note where the original has none (without a reference line it is
  headed by its title); that language's letter leaves it out.
- the leak check's findings about a translation's own words (an internal
  host name typed into the German text), at the translation's place;
- `unknown-field` (error): a `{{ name }}` in a translated paragraph that no
  field has, with its paragraph;
- `translation-own-language` (hint): a translation into the document's own
  language, which is never used;
- `catalog-gap` (warning): a translation into a language the product has no
  (complete) catalog for: that letter's page footers, chart and field
  phrases print in English.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING

from postmortem.checks.catalog import language_gap
from postmortem.checks.findings import Finding, H, Level, W
from postmortem.checks.settings import Compiled
from postmortem.model import Document
from postmortem.translations.model import LetterTranslation, TranslatedText
from postmortem.translations.paragraphs import State, TooLong, digest, line_up, split_paragraphs
from postmortem.translations.sources import LETTER_PARTS, document_texts, letter_parts, text_name

if TYPE_CHECKING:
    from postmortem.checks.fields import TextField

_PART_NAMES = {"reference": "reference line", "greeting": "greeting", "closing": "closing",
               "email_note": "e-mail note"}
_QUOTE = 50


def language_name(tag: str) -> str:
    """'de' -> 'German', from CLDR through Babel; the tag itself when CLDR does not know it."""
    try:
        from babel import Locale, UnknownLocaleError

        name = Locale.parse(tag, sep="-").get_display_name("en")
    except (ImportError, ValueError, TypeError, UnknownLocaleError):
        return repr(tag)
    return name or repr(tag)


def _quote(text: str) -> str:
    words = " ".join(text.split())
    return f"'{words[:_QUOTE - 1]}…'" if len(words) > _QUOTE else f"'{words}'"


def translation_findings(document: Document) -> list[Finding]:
    findings: list[Finding] = []
    own = document.meta.language
    for tag, translation in document.customer_letter.translations.items():
        where = f"customer_letter.translations.{tag}"
        if tag == own:
            findings.append(Finding(
                H, where, f"the letter is written in {language_name(tag)}; this translation is never used",
                "Change the document's language or remove the translation.", "translation-own-language",
                "customer"))
            continue
        findings += language_gap(tag, where, f"the {language_name(tag)} letter")
        findings += _body(document, tag, translation, where)
        findings += _parts(document, tag, translation, where)
        findings += _texts(document, tag, translation, where)
    return findings


def _body(document: Document, tag: str, translation: LetterTranslation, where: str) -> list[Finding]:
    language = language_name(tag)
    originals = split_paragraphs(document.customer_letter.body)
    try:
        rows = line_up(originals, translation.body)
    except TooLong as error:
        return [Finding(W, f"{where}.body", f"not compared with the original: {error}", "",
                        "translation-missing", "customer")]
    found = []
    for row in rows:
        if row.state == State.MISSING and row.original is not None:
            found.append(Finding(
                W, f"{where}.body",
                f"the {language} translation has no paragraph {row.original + 1} of the original "
                f"({_quote(originals[row.original])})",
                f"Translate it in the Customer letter step with {language} selected.",
                "translation-missing", "customer"))
        elif row.state == State.STALE and row.original is not None and row.translated is not None:
            found.append(Finding(
                W, f"{where}.body[{row.translated}]",
                f"paragraph {row.original + 1} of the original changed after it was translated into "
                f"{language} ({_quote(originals[row.original])})",
                "Compare it with the translation beside it and update the translation.",
                "translation-stale", "customer"))
        elif row.state == State.LEFT_OVER and row.translated is not None:
            found.append(Finding(
                W, f"{where}.body[{row.translated}]",
                f"paragraph {row.translated + 1} of the {language} translation translates a paragraph "
                f"the original no longer has ({_quote(translation.body[row.translated].text)}); "
                "the letter leaves it out",
                "Remove it, or restore the original paragraph.", "translation-left-over", "customer"))
    return found


def _compare(what: str, original: str, translated: TranslatedText | None, tag: str,
             where: str) -> Finding | None:
    language = language_name(tag)
    if translated is None or not translated.text.strip():
        return Finding(W, where, f"the {language} translation has no {what} ({_quote(original)}); "
                                 "the letter prints the original's words there",
                       f"Translate it in the Customer letter step with {language} selected.",
                       "translation-missing", "customer")
    if translated.made_from != digest(original):
        return Finding(W, where, f"the {what} changed after it was translated into {language} "
                                 f"(now {_quote(original)})",
                       "Compare it with the translation and update the translation.",
                       "translation-stale", "customer")
    return None


def _parts(document: Document, tag: str, translation: LetterTranslation, where: str) -> list[Finding]:
    originals = letter_parts(document)
    found = [_compare(_PART_NAMES[part], originals[part], getattr(translation, part), tag,
                      f"{where}.{part}") for part in LETTER_PARTS if part in originals]
    for part in LETTER_PARTS:
        text = getattr(translation, part).text
        if part in originals or not text.strip():
            continue
        after = "and is headed by the title, as the original is" if part == "reference" else \
            "as the original has none"
        name = _PART_NAMES[part]
        a_name = f"an {name}" if name[0] in "aeiou" else f"a {name}"
        found.append(Finding(
            W, f"{where}.{part}",
            f"the {language_name(tag)} translation has {a_name} the original no longer has "
            f"({_quote(text)}); the letter leaves it out {after}",
            f"Remove it, or give the original {a_name} again.", "translation-left-over", "customer"))
    return [f for f in found if f is not None]


def _texts(document: Document, tag: str, translation: LetterTranslation, where: str) -> list[Finding]:
    found = [_compare(text_name(place), text,
                      translation.texts.get(place), tag, f"{where}.texts.{place}")
             for place, text in document_texts(document).items()]
    return [f for f in found if f is not None]


def is_translation_finding(finding: Finding) -> bool:
    return finding.location.startswith("customer_letter.translations.")


__all__ = ["Level", "is_translation_finding", "language_name", "translation_findings"]


def translation_leaks(
    document: Document,
    compiled: Compiled,
    letters: Mapping[str, tuple[Document, list[TextField]]] | None = None,
) -> list[Finding]:
    """The leak check run on the letter as it reads in each language, reporting only what a
    translation's own words bring: an internal host typed into the German text is as much a
    leak as in the English one."""
    from postmortem.checks import leaks
    from postmortem.checks.fields import customer_fields, notes_fields
    from postmortem.translations.reading import in_language

    found: list[Finding] = []
    meta = document.meta
    people = {p.name for p in (*meta.authors, *meta.reviewers) if p.name}
    people |= {item.owner for item in document.action_items.items if item.owner}
    for tag, translation in document.customer_letter.translations.items():
        if tag == meta.language:
            continue
        where = f"customer_letter.translations.{tag}"
        # Where the copy's text came from the translation, and where that is in the file.
        own = {f"customer_letter.{part}": f"{where}.{part}" for part in LETTER_PARTS
               if getattr(translation, part).text.strip()}
        own |= {place: f"{where}.texts.{place}" for place, text in translation.texts.items()
                if text.text.strip()}
        if any(p.text.strip() for p in translation.body):
            own["customer_letter.body"] = f"{where}.body"
        # `letters`: the copies (and their fields) the caller already made for the other checks.
        if letters and tag in letters:
            copy, fields = letters[tag]
        else:
            copy = in_language(document, tag)
            fields = customer_fields(copy)
        # Only the translation's own texts: what it prints from the original is checked there.
        translated = [f for f in fields if f.location in own]
        for finding in leaks.leaks(copy, translated, notes_fields(copy), compiled, internal=False):
            # Telling a name from a capitalised noun is English-only ("Sie", "Server"): in a
            # translation, only the document's own people count as names.
            if finding.rule == "leak-name" and not any(f"names {who}," in finding.message for who in people):
                continue
            if finding.location in own:
                # A span in the joined body does not point into one paragraph: the message says where.
                span = None if finding.location == "customer_letter.body" else finding.span
                found.append(dataclasses.replace(
                    finding, location=own[finding.location], span=span,
                    message=f"in the {language_name(tag)} translation: {finding.message}"))
    return found


def translation_fields(document: Document) -> list[Finding]:
    """`unknown-field` for a `{{ name }}` in a translated paragraph that the vocabulary lacks:
    a translator's typo would print as written in that language's letter. (Any column of a
    recipients file is a `recipient.` field, as in the original.)"""
    import difflib

    from postmortem.letterfields import VOCABULARY, find_fields
    from postmortem.letterfields.recipient import PREFIX

    found: list[Finding] = []
    for tag, translation in document.customer_letter.translations.items():
        if tag == document.meta.language:
            continue
        for index, paragraph in enumerate(translation.body):
            for use in find_fields(paragraph.text):
                if use.name in VOCABULARY or use.name.startswith(PREFIX):
                    continue
                guess = difflib.get_close_matches(use.name, VOCABULARY.names(), n=1)
                hint = f"Did you mean {{{{ {guess[0]} }}}}? " if guess else ""
                found.append(Finding(
                    Level.ERROR, f"customer_letter.translations.{tag}.body[{index}]",
                    f"unknown field {use.written} in paragraph {index + 1} of the {language_name(tag)} "
                    "translation", hint + "`postmortem fields` lists the fields a letter can use.",
                    "unknown-field", "customer", (use.start, use.end)))
    return found
