"""A letter without a reference line is headed by the document's title: in a translation,
the translated title (heading, HTML and PDF title, e-mail subject), which the checks ask for."""

from __future__ import annotations

import io
from email import message_from_bytes, policy
from pathlib import Path

import pypdf
import pytest

from postmortem.checks import check
from postmortem.cli import main
from postmortem.export import export
from postmortem.fileformat import load, save
from postmortem.model import Document
from postmortem.translations.model import TranslatedText
from postmortem.translations.paragraphs import digest
from postmortem.translations.reading import in_language
from postmortem.translations.sheet import entries, remove_edit

ENGLISH_TITLE = "Web site and support desk outage, 28–30 October 2026"
GERMAN_TITLE = "Ausfall von Website und Support-Desk, 28.–30. Oktober 2026"
GERMAN_REFERENCE = "Ausfall unserer Website und unseres Support-Desks vom 28. bis 30. Oktober 2026"


def without_reference(example_path: Path, *, german_title: bool = True) -> Document:
    """The example with its reference line cleared, in the original and in the German translation."""
    document = load(example_path)
    assert document.meta.title == ENGLISH_TITLE
    document.customer_letter.reference = ""
    german = document.customer_letter.translations["de"]
    german.reference = TranslatedText()
    if german_title:
        title = TranslatedText(made_from=digest(ENGLISH_TITLE), text=GERMAN_TITLE)
        german.texts = {**german.texts, "meta.title": title}  # validated, as the app's edit is
    return document


def findings(document: Document, rule: str) -> list[str]:
    return [str(f) for f in check(document, "customer") if f.rule == rule]


def test_the_german_letter_without_a_reference_line_is_headed_by_the_german_title(example_path: Path) -> None:
    document = without_reference(example_path)
    pdf = pypdf.PdfReader(io.BytesIO(export(document, "pdf", "customer", language="de")))
    text = " ".join(page.extract_text() for page in pdf.pages)
    assert pdf.metadata is not None and pdf.metadata.title == GERMAN_TITLE
    assert " ".join(GERMAN_TITLE.split()) in " ".join(text.split())
    assert pdf.outline and pdf.outline[0].title == GERMAN_TITLE  # the bookmark a reader sees
    html = export(document, "html", "customer", language="de").decode()
    assert f"<title>{GERMAN_TITLE}</title>" in html
    markdown = export(document, "md", "customer", language="de").decode()
    assert markdown.startswith(f"# {GERMAN_TITLE}\n")
    message = message_from_bytes(export(document, "eml", "customer", language="de"), policy=policy.default)
    assert message["Subject"] == GERMAN_TITLE
    for data in (" ".join(text.split()), html, markdown, str(message["Subject"])):
        assert "October" not in data and "outage" not in data
    # The original still reads as written.
    english = message_from_bytes(export(document, "eml", "customer"), policy=policy.default)
    assert english["Subject"] == ENGLISH_TITLE


def test_the_title_is_a_text_to_translate_exactly_when_the_letter_prints_it(example_path: Path) -> None:
    # With a reference line, the title is not printed, and nobody is asked to translate it.
    assert findings(load(example_path), "translation-missing") == []
    document = without_reference(example_path, german_title=False)
    assert findings(document, "translation-missing") == [
        "customer_letter.translations.de.texts.meta.title: the German translation has no document title "
        "(the letter's heading without a reference line) ('Web site and support desk outage, 28–30 "
        "October 2…'); the letter prints the original's words there"]
    document = without_reference(example_path)
    assert findings(document, "translation-missing") == []
    assert findings(document, "translation-stale") == []
    document.meta.title = "Web site and support desk outage, 27–30 October 2026"
    assert findings(document, "translation-stale") == [
        "customer_letter.translations.de.texts.meta.title: the document title (the letter's heading without "
        "a reference line) changed after it was translated into German (now 'Web site and support desk "
        "outage, 27–30 October 2…')"]


def test_the_sheet_puts_the_title_where_the_reference_line_would_be(example_path: Path) -> None:
    rows = entries(without_reference(example_path), "de")
    assert [(r.key, r.original, r.translated, r.state.value) for r in rows[:2]] == [
        ("text:meta.title", ENGLISH_TITLE, GERMAN_TITLE, "current"),
        ("greeting", "Dear Northwind customers,", "Liebe Kundinnen und Kunden von Northwind,", "current")]
    assert rows[0].label == "Document title (the letter's heading without a reference line)"
    assert not rows[0].multiline
    # With a reference line, there is no title row.
    assert [r.key for r in entries(load(example_path), "de")][:2] == ["reference", "greeting"]


def test_a_translated_reference_line_the_original_no_longer_has_is_left_out_and_reported(
        example_path: Path) -> None:
    document = load(example_path)
    document.customer_letter.reference = ""  # the German reference line stays in the file
    german = in_language(document, "de")
    assert german.customer_letter.reference == ""
    markdown = export(document, "md", "customer", language="de").decode()
    assert GERMAN_REFERENCE not in markdown
    assert findings(document, "translation-left-over") == [
        "customer_letter.translations.de.reference: the German translation has a reference line the original "
        "no longer has ('Ausfall unserer Website und unseres Support-Desks…'); the letter leaves it out "
        "and is headed by the title, as the original is"]
    left = next(r for r in entries(document, "de") if r.key == "reference")
    assert (left.original, left.translated, left.state.value) == ("", GERMAN_REFERENCE, "left over")
    path, value = remove_edit(document, "de", "reference")
    assert path == ("customer_letter", "translations", "de", "reference") and value == TranslatedText()


def test_the_translated_title_survives_a_save_and_a_load(example_path: Path, tmp_path: Path) -> None:
    document = without_reference(example_path)
    target = tmp_path / "letter.postmortem"
    save(document, target)
    text = target.read_text("utf-8")
    # The title's translation comes first among the texts, as the heading comes first in the letter.
    assert text.index("        meta.title:") < text.index("        impact.services[0]:")
    assert load(target) == document


def test_export_names_the_missing_title_and_still_writes(example_copy: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    save(without_reference(example_copy, german_title=False), example_copy)
    assert main(["export", str(example_copy), "--audience", "customer", "--format", "md",
                 "--language", "de"]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: customer_letter.translations.de.texts.meta.title: the German translation has no document "
        "title (the letter's heading without a reference line) ('Web site and support desk outage, 28–30 "
        "October 2…'); the letter prints the original's words there"]


def test_a_misplaced_title_translation_is_one_line_naming_the_field(
        example_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = example_copy.read_text("utf-8")
    misplaced = "      texts:\n        meta.titles:\n          text: Titel\n"
    source = source.replace("      texts:\n", misplaced, 1)
    example_copy.write_text(source, "utf-8")
    code = main(["export", str(example_copy), "--audience", "customer", "--format", "md", "--language", "de"])
    error = capsys.readouterr().err
    assert code == 2 and error.count("\n") == 1 and "Traceback" not in error
    assert error.startswith(f"error: {example_copy}:")
    assert "customer_letter.translations.de.texts: 'meta.titles' is not a customer-visible text" in error
    assert "meta.title" in error.split("may give", 1)[1]


def test_a_translated_greeting_or_note_the_original_no_longer_has_is_left_out_too(example_path: Path) -> None:
    document = load(example_path)
    document.customer_letter.greeting = ""  # the writer starts the letter without one
    document.customer_letter.email_note = ""
    markdown = export(document, "md", "customer", language="de").decode()
    assert "Liebe Kundinnen und Kunden" not in markdown and "Dear Northwind" not in markdown
    message = message_from_bytes(export(document, "eml", "customer", language="de"), policy=policy.default)
    plain = next(p for p in message.walk() if p.get_content_type() == "text/plain").get_content()
    assert "Anbei finden Sie unseren Brief" not in plain and "Liebe Kundinnen" not in plain
    assert [f.split(";")[0] for f in findings(document, "translation-left-over")] == [
        "customer_letter.translations.de.greeting: the German translation has a greeting the original no "
        "longer has ('Liebe Kundinnen und Kunden von Northwind,')",
        "customer_letter.translations.de.email_note: the German translation has an e-mail note the original "
        "no longer has ('Anbei finden Sie unseren Brief zu diesem Vorfall:…')"]
    rows = {r.key: r for r in entries(document, "de")}
    assert rows["greeting"].state.value == rows["email_note"].state.value == "left over"


def test_an_internal_host_in_the_translated_title_is_a_leak_there(example_path: Path) -> None:
    document = without_reference(example_path)
    german = document.customer_letter.translations["de"]
    title = TranslatedText(made_from=digest(ENGLISH_TITLE), text="Ausfall von db01.internal.northwind.lan")
    german.texts = {**german.texts, "meta.title": title}
    assert findings(document, "leak-host") == [
        "customer_letter.translations.de.texts.meta.title: in the German translation: names the internal "
        "host db01.internal.northwind.lan"]
