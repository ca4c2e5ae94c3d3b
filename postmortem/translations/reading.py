"""The document as it reads in one language.

`in_language(document, "de")` is a copy whose letter parts, body and
letter-printed texts (the title too, when the letter has no reference line
and prints it as its heading) are the German translation's and whose
`meta.language` is "de"; everything else is the original's. Every renderer
(Markdown, HTML, PDF, e-mail, the merge) reads the copy as it reads any
document, so the customer view's guarantees hold unchanged: a translation
can only replace texts the letter prints (see `model.TRANSLATABLE`), and
whether they reach the letter is still decided by `customer_visible` and
`customer_promised` on the original.
"""

from __future__ import annotations

import re

from postmortem.errors import DocumentError
from postmortem.model import Document
from postmortem.text import clean_line
from postmortem.translations.model import LetterTranslation
from postmortem.translations.paragraphs import split_paragraphs, translated_body
from postmortem.translations.sources import LETTER_PARTS

_PLACE = re.compile(r"(\w+)|\[(\d+)\]")


def languages(document: Document) -> list[str]:
    """The document's own language first, then its translations in the file's order."""
    own = document.meta.language
    return [own, *(tag for tag in document.customer_letter.translations if tag != own)]


def match_language(document: Document, wanted: str) -> str | None:
    """The language the letter has for `wanted`: the same tag in any case, else the same
    main language ('de-AT' -> 'de', 'pt' -> 'pt-BR'); None when it has none."""
    wanted = wanted.strip().replace("_", "-").lower()
    if not wanted:
        return None
    have = languages(document)
    for tag in have:
        if tag.lower() == wanted:
            return tag
    main = wanted.split("-", 1)[0]
    return next((tag for tag in have if tag.lower().split("-", 1)[0] == main), None)


class NoTranslation(DocumentError):
    """The letter has no translation into the language asked for."""

    def __init__(self, document: Document, language: str) -> None:
        have = ", ".join(languages(document))
        super().__init__(
            None,
            f"the letter has no {language!r} translation (it reads in {have}); "
            "add one in the app's Customer letter step",
            field=f"customer_letter.translations.{language}",
        )


def in_language(document: Document, language: str) -> Document:
    """The document as it reads in `language`; the document itself when that is its own.

    Raises `NoTranslation` for a language the letter has no translation into.
    """
    if language == document.meta.language:
        return document
    translation = document.customer_letter.translations.get(language)
    if translation is None:
        raise NoTranslation(document, language)
    copy = document.model_copy(deep=True)
    _swap_in(copy, translation)
    copy.meta.language = language
    copy.customer_letter.translations = {}
    return copy


def _swap_in(copy: Document, translation: LetterTranslation) -> None:
    letter = copy.customer_letter
    # A part without words yet keeps the original's: `postmortem check` reports it.
    for part in LETTER_PARTS:
        text = getattr(translation, part).text
        # A part the original no longer has is left over, as a paragraph would be: the letter
        # reads as the original does (without a reference line, headed by the translated title).
        if text.strip() and str(getattr(letter, part)).strip():
            setattr(letter, part, text)
    letter.body = translated_body(split_paragraphs(letter.body), translation.body)
    for place, translated in translation.texts.items():
        if translated.text.strip():
            _set(copy, place, translated.text)


def _set(copy: Document, place: str, text: str) -> None:
    """Puts `text` at a place such as 'action_items.items[2].title', if the document has it."""
    steps: list[str | int] = [name or int(index) for name, index in _PLACE.findall(place)]
    node: object = copy
    for step in steps[:-2]:
        node = _child(node, step)
        if node is None:
            return  # the list is shorter now: the item this translated is gone
    parent, last = _child(node, steps[-2]), steps[-1]
    if isinstance(last, int):
        if isinstance(parent, list) and last < len(parent):
            parent[last] = clean_line(text)  # only services are lists of text, and they are lines
    elif parent is not None:
        setattr(parent, last, text)  # validated: a line stays a line


def _child(node: object, step: str | int) -> object:
    if isinstance(step, int):
        return node[step] if isinstance(node, list) and step < len(node) else None
    return getattr(node, step, None)
