"""The gettext catalogs of the product's own words, read with Babel when first used.

The `.po` files in `postmortem/locale/<lang>/LC_MESSAGES/` are the source
and what ships: each is parsed and compiled in memory on first use (about
as long as one page of the letter takes to lay out), so an editable
install, the wheel and the frozen bundle all read the same files and no
build step can leave a stale `.mo` behind. Fuzzy entries are not used,
as gettext's own `msgfmt` would not use them.
"""

from __future__ import annotations

import gettext
import io
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from postmortem.i18n.locales import locale_for, primary

if TYPE_CHECKING:
    from babel import Locale
    from babel.messages.catalog import Catalog

DOMAIN = "postmortem"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"


def _po_path(name: str) -> Path:
    return LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.po"


def catalog_languages() -> list[str]:
    """The languages with a catalog, as folder names ('de', 'pt_BR')."""
    if not LOCALE_DIR.is_dir():
        return []
    return sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def catalog_name(language: str) -> str | None:
    """The catalog folder for a tag: 'de-AT' -> 'de_AT' if there is one, else 'de'; None if neither."""
    parts = language.strip().split("-")
    full = "_".join([parts[0].lower(), *(p.upper() if len(p) == 2 else p for p in parts[1:])])
    for name in dict.fromkeys((full, primary(language))):
        if _po_path(name).is_file():
            return name
    return None


@cache
def _read(path: Path) -> Catalog:
    # Babel's catalog code loads with the first catalog, not with the core.
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        return read_po(handle, domain=DOMAIN)


class Translator:
    """gettext for one language; a message with no translation prints its English msgid."""

    def __init__(self, language: str, translations: gettext.NullTranslations, catalog: str | None) -> None:
        self.language = language or "en"
        self.catalog = catalog  # the folder used, None when the language has no catalog
        self.locale: Locale = locale_for(self.language)
        self._t = translations

    def gettext(self, message: str) -> str:
        return self._t.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._t.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        return self._t.pgettext(context, message)

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        return self._t.npgettext(context, singular, plural, n)


@cache
def translator(language: str) -> Translator:
    """The translator for a document's language (cached; catalogs are read once per process)."""
    name = catalog_name(language or "en")
    if name is None:
        return Translator(language, gettext.NullTranslations(), None)
    from babel.messages.mofile import write_mo

    buffer = io.BytesIO()
    write_mo(buffer, _read(_po_path(name)), use_fuzzy=False)
    buffer.seek(0)
    return Translator(language, gettext.GNUTranslations(buffer), name)


@dataclass(frozen=True)
class CatalogGap:
    """What a language's catalog lacks against the template (`postmortem.pot`)."""

    language: str
    catalog: str | None  # None: no catalog at all
    missing: list[str] = field(default_factory=list)
    untranslated: list[str] = field(default_factory=list)
    fuzzy: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return self.catalog is None or bool(self.missing or self.untranslated or self.fuzzy)


def _key(message_id: object) -> str:
    return message_id[0] if isinstance(message_id, (tuple, list)) else str(message_id)


def catalog_gaps(language: str) -> CatalogGap:
    """Messages of the product's template that the language's catalog does not translate."""
    name = catalog_name(language or "en")
    if name is None:
        return CatalogGap(language, None)
    template = _read(TEMPLATE)
    catalog = _read(_po_path(name))
    missing, untranslated, fuzzy = [], [], []
    for message in template:
        if not message.id:
            continue
        entry = catalog.get(message.id, context=message.context)
        strings = entry.string if entry is not None else None
        if entry is None:
            missing.append(_key(message.id))
        elif entry.fuzzy:
            fuzzy.append(_key(message.id))
        elif not all(strings) if isinstance(strings, (tuple, list)) else not strings:
            untranslated.append(_key(message.id))
    return CatalogGap(language, name, missing, untranslated, fuzzy)
