"""The product's own wording in the document's language: a gap in its catalog is a finding.

The exports print headings, footers, dates and the letter fields' phrases
in `meta.language`. A language the product has no catalog for prints them
in English; a catalog missing a phrase, or holding it untranslated or
marked fuzzy, prints that phrase in English inside a letter in another
language. Both are worth knowing before a customer reads the letter.
"""

from __future__ import annotations

from postmortem.checks.findings import Finding, W
from postmortem.i18n import catalog_gaps, catalog_languages
from postmortem.model import Document

_SHOWN = 3  # phrases quoted in the message; the rest are counted


def catalog_gap(document: Document) -> list[Finding]:
    return language_gap(document.meta.language, "meta.language")


def language_gap(language: str, location: str, letter: str = "") -> list[Finding]:
    """The gap in `language`'s catalog, found at `location`; `letter` names a translation's
    letter ("the Portuguese letter"), whose words beside the translator's are the product's."""
    gap = catalog_gaps(language)
    if not gap:
        return []
    if gap.catalog is None:
        known = ", ".join(catalog_languages())
        if letter:
            return [Finding(
                W, location,
                f"Postmortem Studio has no wording in {language!r}: {letter}'s page footers, chart, "
                "default greeting and closing and the letter fields' phrases will print in English "
                "(dates follow the language)",
                f"Translate into a language it has ({known}), or add a catalog for {language!r} "
                "(see postmortem/locale/README.md).",
                "catalog-gap", "customer",
            )]
        return [Finding(
            W, location,
            f"Postmortem Studio has no wording in {language!r}: its headings, page footers and "
            "the letter fields' phrases will print in English (dates follow the language)",
            f"Choose a language it has ({known}), or add a catalog for {language!r} "
            "(see postmortem/locale/README.md).",
            "catalog-gap",
        )]
    kinds = [(gap.missing, "missing"), (gap.untranslated, "untranslated"), (gap.fuzzy, "marked fuzzy")]
    lacking = [text for texts, _ in kinds for text in texts]
    how = ", ".join(f"{len(texts)} {what}" for texts, what in kinds if texts)
    quoted = "; ".join(repr(text) for text in lacking[:_SHOWN]) + ("; …" if len(lacking) > _SHOWN else "")
    return [Finding(
        W, location,
        f"the {gap.catalog!r} catalog lacks {len(lacking)} of the product's phrases ({how}): "
        f"{quoted} will print in English",
        f"Translate them in postmortem/locale/{gap.catalog}/LC_MESSAGES/postmortem.po.",
        "catalog-gap", "customer" if letter else None,
    )]
