"""The product's catalogs: complete for the six languages it ships, in step with the code,
and a gap in the document's language is a finding of `postmortem check`."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from postmortem.checks import check
from postmortem.fileformat import load, save
from postmortem.i18n import LOCALE_DIR, catalog_gaps, catalog_languages, catalogs, translator

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ["ar", "de", "en", "es", "fr", "ja"]


def gap_findings(document_path: Path, language: str) -> list[str]:
    document = load(document_path)
    document.meta.language = language
    return [f.message for f in check(document) if f.rule == "catalog-gap"]


def test_the_six_languages_ship_complete_catalogs() -> None:
    assert catalog_languages() == SHIPPED
    for language in SHIPPED:
        gap = catalog_gaps(language)
        assert not gap, f"{language}: {gap.missing=} {gap.untranslated=} {gap.fuzzy=}"


def test_the_template_holds_every_message_the_code_and_templates_ask_for() -> None:
    """A string wrapped in the code but not extracted would print in English in every language."""
    with (LOCALE_DIR / "postmortem.pot").open("rb") as handle:
        template = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in read_po(handle) if m.id}
    method_map = [("postmortem/**.py", "python"), ("assets/templates/**.j2", "jinja2")]
    found = {
        (context, message if isinstance(message, str) else message[0])
        for _file, _line, message, _comments, context in extract_from_dir(str(ROOT), method_map)
    }
    assert found - template == set(), "run pybabel extract (postmortem/locale/README.md)"
    assert template - found == set(), "the template holds messages the code no longer uses"


@pytest.mark.parametrize("language", ["de", "de-CH", "ja", "ar-EG"])
def test_a_shipped_language_or_a_region_of_one_is_no_finding(example_path: Path, language: str) -> None:
    assert gap_findings(example_path, language) == []


def test_a_language_without_a_catalog_is_reported_by_check_on_the_command_line(example_copy: Path) -> None:
    document = load(example_copy)
    document.meta.language = "pt-BR"
    save(document, example_copy)
    result = subprocess.run([sys.executable, "-m", "postmortem", "check", str(example_copy)],
                            capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)
    assert "meta.language: Postmortem Studio has no wording in 'pt-BR'" in result.stdout
    assert "print in English" in result.stdout


def test_missing_untranslated_and_fuzzy_phrases_are_counted_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, example_path: Path
) -> None:
    locale = tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, locale, ignore=shutil.ignore_patterns("*.cfg", "*.md"))
    po = locale / "de" / "LC_MESSAGES" / "postmortem.po"
    with po.open("rb") as handle:
        catalog = read_po(handle)
    catalog.delete("Page {page} of {pages}")
    catalog["Overdue"].string = ""
    catalog.get("Dear customers,", context="letter").flags.add("fuzzy")
    with po.open("wb") as handle:
        write_po(handle, catalog)
    monkeypatch.setattr(catalogs, "LOCALE_DIR", locale)
    monkeypatch.setattr(catalogs, "TEMPLATE", locale / "postmortem.pot")
    translator.cache_clear()
    try:
        (message,) = gap_findings(example_path, "de")
        # The fuzzy greeting is not used: the letter greets in English until someone reviews it.
        assert translator("de").pgettext("letter", "Dear customers,") == "Dear customers,"
    finally:
        translator.cache_clear()
    assert "the 'de' catalog lacks 3 of the product's phrases" in message
    assert "(1 missing, 1 untranslated, 1 marked fuzzy)" in message
    assert "'Page {page} of {pages}'" in message and "'Overdue'" in message


def test_no_message_is_looked_up_inside_an_f_string() -> None:
    """pybabel does not look inside f-strings: a message there would never reach a catalog."""
    hidden = re.compile(r"""\bf(["']).*?\{[^{}]*gettext\(""")
    found = [f"{path.relative_to(ROOT)}:{number}" for path in sorted((ROOT / "postmortem").rglob("*.py"))
             for number, line in enumerate(path.read_text("utf-8").splitlines(), 1) if hidden.search(line)]
    assert found == []
