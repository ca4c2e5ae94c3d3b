"""A translation as the app shows it: each original text beside its translation.

`entries` lists, in reading order, the letter's parts, its body paragraph
by paragraph and the texts its fields print, each with the original, the
translation and its state. The `*_edit` functions return the one edit
(a path and a value for `postmortem.editing.set_value`) that makes a
change, so the app makes each change as one undo step. An edited
translation is marked as made from the original as it reads now.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from postmortem.editing import Path
from postmortem.model import Document
from postmortem.translations.model import LetterTranslation, TranslatedText
from postmortem.translations.paragraphs import Row, State, digest, line_up, split_paragraphs
from postmortem.translations.sources import LETTER_PARTS, document_texts, letter_parts, text_name

Edit = tuple[Path, Any]

_PART_LABELS = {"reference": "Reference", "greeting": "Greeting", "closing": "Closing",
                "email_note": "E-mail note"}
_ROOT = ("customer_letter", "translations")


@dataclass(frozen=True)
class Entry:
    """One line of the side-by-side view. `key` names it for the edit functions:
    'greeting', 'body:3' (original paragraph 4), 'left:5' (translated paragraph 6,
    whose original is gone) or 'text:impact.customer_actions'."""

    key: str
    label: str
    original: str
    translated: str
    state: State
    multiline: bool


def _state(original: str, translated: TranslatedText | None) -> State:
    if translated is None or not translated.text.strip():
        return State.MISSING
    return State.CURRENT if translated.made_from == digest(original) else State.STALE


def _body_entry(originals: list[str], body: list[TranslatedText], row: Row) -> Entry:
    text = body[row.translated].text if row.translated is not None else ""
    if row.original is None:
        return Entry(f"left:{row.translated}", "No longer in the original", "", text, row.state, True)
    return Entry(f"body:{row.original}", f"Paragraph {row.original + 1}", originals[row.original], text,
                 row.state, True)


def _text_entry(place: str, original: str, translated: TranslatedText | None) -> Entry:
    name = text_name(place)
    text = translated.text if translated else ""
    multiline = "services" not in place and not place.endswith("title")
    return Entry(f"text:{place}", name[:1].upper() + name[1:], original, text, _state(original, translated),
                 multiline)


def _part_entry(parts: dict[str, str], translation: LetterTranslation, part: str) -> list[Entry]:
    """A letter part beside its translation; a translation of a part the original no longer
    has is left over (the letter leaves it out), and there is none when neither has it."""
    translated = getattr(translation, part)
    if part in parts:
        return [Entry(part, _PART_LABELS[part], parts[part], translated.text, _state(parts[part], translated),
                      part == "email_note")]
    if translated.text.strip():
        return [Entry(part, _PART_LABELS[part], "", translated.text, State.LEFT_OVER, part == "email_note")]
    return []


def entries(document: Document, language: str) -> list[Entry]:
    translation = document.customer_letter.translations[language]
    parts = letter_parts(document)
    texts = document_texts(document)
    found = []
    if "meta.title" in texts:
        # Where the reference line would be: the title is the letter's heading.
        found.append(_text_entry("meta.title", texts.pop("meta.title"), translation.texts.get("meta.title")))
    found += [entry for part in ("reference", "greeting") for entry in _part_entry(parts, translation, part)]
    originals = split_paragraphs(document.customer_letter.body)
    found += [_body_entry(originals, translation.body, row) for row in line_up(originals, translation.body)]
    found += [entry for part in ("closing", "email_note") for entry in _part_entry(parts, translation, part)]
    found += [_text_entry(place, original, translation.texts.get(place)) for place, original in texts.items()]
    return found


def entry_for(document: Document, language: str, rest: str) -> str | None:
    """The key of the entry a finding's location points to, given what follows
    'customer_letter.translations.<language>.': 'body[4]', 'body', 'greeting', 'texts.impact.x'."""
    found = entries(document, language)
    if rest.startswith("texts."):
        key = "text:" + rest.removeprefix("texts.")
    elif rest.startswith("body["):
        index = int(rest[5:].split("]", 1)[0])
        originals = split_paragraphs(document.customer_letter.body)
        rows = line_up(originals, document.customer_letter.translations[language].body)
        row = next((r for r in rows if r.translated == index), None)
        key = "" if row is None else f"body:{row.original}" if row.original is not None else f"left:{index}"
    elif rest == "body":
        key = next((e.key for e in found if e.key.startswith("body:") and e.state == State.MISSING), "")
    else:
        key = rest
    return key if any(e.key == key for e in found) else None


def _translation(document: Document, language: str) -> LetterTranslation:
    return document.customer_letter.translations[language]


def text_edit(document: Document, language: str, key: str, text: str) -> Edit:
    """The edit that stores `text` as the translation of entry `key`, made from today's original."""
    translation = _translation(document, language)
    kind, _, rest = key.partition(":")
    if kind in LETTER_PARTS:
        original = str(getattr(document.customer_letter, kind))
        return (*_ROOT, language, kind), TranslatedText(made_from=digest(original), text=text)
    if kind == "text":
        original = document_texts(document).get(rest, "")
        texts = dict(translation.texts)
        texts[rest] = TranslatedText(made_from=digest(original), text=text)
        return (*_ROOT, language, "texts"), texts
    body = [item.model_copy() for item in translation.body]
    if kind == "left":
        body[int(rest)] = body[int(rest)].model_copy(update={"text": text})
        return (*_ROOT, language, "body"), body
    originals = split_paragraphs(document.customer_letter.body)
    index = int(rest)
    new = TranslatedText(made_from=digest(originals[index]), text=text)
    rows = line_up(originals, body)
    row = next(r for r in rows if r.original == index)
    if row.translated is not None:
        body[row.translated] = new
    else:
        # A paragraph not translated yet goes after the translation of the one before it.
        before = [r.translated for r in rows if r.translated is not None and r.original is not None
                  and r.original < index]
        body.insert(max(before) + 1 if before else 0, new)
    return (*_ROOT, language, "body"), body


def current_edit(document: Document, language: str, key: str) -> Edit:
    """Mark entry `key`'s translation as made from the original as it reads now (it still says the same)."""
    for entry in entries(document, language):
        if entry.key == key:
            return text_edit(document, language, key, entry.translated)
    raise KeyError(key)


def remove_edit(document: Document, language: str, key: str) -> Edit:
    """Remove a left-over paragraph (`left:N`) or part (`reference`, `greeting`, ...) from the translation."""
    if key in LETTER_PARTS:
        return (*_ROOT, language, key), TranslatedText()
    body = list(_translation(document, language).body)
    del body[int(key.partition(":")[2])]
    return (*_ROOT, language, "body"), body


def add_edit(document: Document, language: str) -> Edit:
    """A new, empty translation into `language`; its entries all start as missing."""
    translations = dict(document.customer_letter.translations)
    translations[language] = LetterTranslation()
    return _ROOT, translations
