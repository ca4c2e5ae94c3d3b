"""The product's own words in the document's language.

`translator(language)` gives gettext-style lookups (`gettext`, `pgettext`,
`ngettext`, `npgettext`) over the catalogs in `postmortem/locale`, and
`locale_for(language)` the Babel locale whose CLDR data formats dates,
times, numbers and zone names. `catalog_gaps(language)` says what a
language's catalog lacks, for `postmortem check`.

A language is the document's BCP-47 tag (`meta.language`, "de", "pt-BR");
the closest catalog is used ("de-AT" falls back to "de"), and English for
a language with none, which the check reports.
"""

from postmortem.i18n.catalogs import (
    DOMAIN,
    LOCALE_DIR,
    CatalogGap,
    Translator,
    catalog_gaps,
    catalog_languages,
    translator,
)
from postmortem.i18n.locales import is_english, locale_for, primary, sentence_space, svg_text_ok

__all__ = [
    "DOMAIN",
    "LOCALE_DIR",
    "CatalogGap",
    "Translator",
    "catalog_gaps",
    "catalog_languages",
    "is_english",
    "locale_for",
    "primary",
    "sentence_space",
    "svg_text_ok",
    "translator",
]
