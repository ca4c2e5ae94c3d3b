"""The letter in other languages: `customer_letter.translations.<lang>`, `--language`, and the checks."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from postmortem.checks import check
from postmortem.cli import main
from postmortem.errors import DocumentError
from postmortem.export import export
from postmortem.fileformat import dumps, load, loads, save
from postmortem.limits import MAX_LETTER_PARAGRAPHS, MAX_TRANSLATIONS
from postmortem.model import Document
from postmortem.translations.model import TranslatedText
from postmortem.translations.paragraphs import State, digest, line_up, split_paragraphs
from postmortem.translations.reading import NoTranslation, in_language, match_language

SECRETS = ("MetaNoteSecret", "LetterNoteSecret", "HiddenEventSecret", "ImpactNoteSecret",
           "UnpromisedSecret")


def pdf_text(data: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def body_paragraphs(document: Document) -> list[str]:
    return split_paragraphs(document.customer_letter.body)


def findings_about(document: Document, rule: str) -> list[str]:
    return [str(f) for f in check(document, "customer") if f.rule == rule]


# ---------------------------------------------------------------- the file


def test_the_german_translation_survives_a_save_and_a_load(example_path: Path, tmp_path: Path) -> None:
    document = load(example_path)
    german = document.customer_letter.translations["de"]
    assert german.greeting.text == "Liebe Kundinnen und Kunden von Northwind,"
    target = tmp_path / "copy.postmortem"
    save(document, target)
    again = load(target)
    assert again == document
    assert dumps(again) == example_path.read_text("utf-8")


def test_a_changed_word_in_a_translated_paragraph_changes_one_line_of_the_file(example_path: Path) -> None:
    document = load(example_path)
    before = dumps(document).splitlines()
    document.customer_letter.translations["de"].body[1].text = "Es tut mir sehr leid."
    after = dumps(document).splitlines()
    assert len(before) == len(after)
    assert sum(a != b for a, b in zip(before, after, strict=True)) == 1


@pytest.mark.parametrize(("text", "message"), [
    ("    'Deutsch!':\n      greeting:\n        text: Hallo\n", "customer_letter.translations.Deutsch!: "),
    ("    de:\n      texts:\n        impact.internal_notes:\n          text: geheim\n",
     "customer_letter.translations.de.texts: 'impact.internal_notes' is not a customer-visible text"),
    ("    de:\n      texts:\n        action_items.items[0].owner:\n          text: Ana\n",
     "customer_letter.translations.de.texts: 'action_items.items[0].owner' is not a customer-visible"),
    ("    de:\n      body:\n      - made_from: not-a-digest\n        text: Hallo\n",
     "customer_letter.translations.de.body[0].made_from: "),
    ("    de:\n      greeting:\n        text: Hallo\n        notes: x\n",
     "customer_letter.translations.de.greeting.notes: unknown field"),
])
def test_a_translation_that_cannot_be_is_one_line_naming_the_field(example_path: Path, text: str,
                                                                     message: str) -> None:
    source = example_path.read_text("utf-8")
    start = source.index("  translations:\n")
    end = source.index("# End of postmortem.")
    with pytest.raises(DocumentError) as raised:
        loads(source[:start] + "  translations:\n" + text + source[end:], "letter.postmortem")
    line = str(raised.value)
    assert "\n" not in line and line.startswith("letter.postmortem:27")
    assert message in line


# ---------------------------------------------------------------- lining up paragraphs


def test_a_paragraph_added_to_the_original_leaves_the_translations_around_it_current() -> None:
    originals = ["One.", "Two.", "Three."]
    translated = [TranslatedText(made_from=digest(p), text=p.upper()) for p in originals]
    rows = line_up(["One.", "New.", "Two.", "Three, changed."], translated)
    assert [(r.original, r.translated, r.state) for r in rows] == [
        (0, 0, State.CURRENT),
        (1, None, State.MISSING),
        (2, 1, State.CURRENT),
        (3, 2, State.STALE),
    ]


def test_a_paragraph_removed_from_the_original_is_left_over_in_the_translation() -> None:
    translated = [TranslatedText(made_from=digest(p), text=p) for p in ("A.", "B.", "C.")]
    rows = line_up(["A.", "C."], translated)
    assert [r.state for r in rows] == [State.CURRENT, State.LEFT_OVER, State.CURRENT]


# ---------------------------------------------------------------- reading in a language


def test_the_document_in_german_has_the_translated_letter_and_nothing_else_changed(
        example_path: Path) -> None:
    document = load(example_path)
    german = in_language(document, "de")
    assert german.meta.language == "de"
    assert german.customer_letter.greeting == "Liebe Kundinnen und Kunden von Northwind,"
    assert body_paragraphs(german)[1].startswith("Es tut mir leid.")
    assert german.impact.customer_actions.startswith("Wenn Sie uns zwischen")
    assert german.action_items.items[1].title.startswith("Der Support-Desk zieht")
    assert german.root_cause == document.root_cause and german.folder == document.folder
    # The original is untouched.
    assert document.customer_letter.greeting == "Dear Northwind customers,"
    assert in_language(document, "en") is document


def test_a_recipient_language_matches_in_any_case_and_by_main_language(example_path: Path) -> None:
    document = load(example_path)
    assert [match_language(document, tag) for tag in ("DE", "de-AT", "de_CH", "en-GB", "fr", "")] == [
        "de", "de", "de", "en", None, None]


def test_german_pdf_letter_reads_in_german(example_path: Path) -> None:
    text = pdf_text(export(load(example_path), "pdf", "customer", language="de"))
    assert "Liebe Kundinnen und Kunden von Northwind," in text
    assert "Nichts davon war Pech." in text
    assert "Jede Nacht vollständige Sicherungen" in text  # a promise, through {{ promises }}
    assert "Technische Leiterin" in text
    assert "Dear Northwind customers" not in text and "None of this was bad luck" not in text


def test_internal_content_never_reaches_a_translated_letter(example_path: Path) -> None:
    document = load(example_path)
    document.meta.internal_notes = "MetaNoteSecret"
    document.customer_letter.internal_notes = "LetterNoteSecret"
    document.impact.internal_notes = "ImpactNoteSecret"
    hidden = next(i for i, e in enumerate(document.timeline.events) if not e.customer_visible)
    unpromised = next(i for i, a in enumerate(document.action_items.items) if not a.customer_promised)
    german = document.customer_letter.translations["de"]
    # A translation of an internal event and of an unpromised action: translated, but never printed.
    german.texts[f"timeline.events[{hidden}].description"] = TranslatedText(text="HiddenEventSecret")
    german.texts[f"action_items.items[{unpromised}].title"] = TranslatedText(text="UnpromisedSecret")
    document.customer_letter.body += "\n\n{{ timeline }}"
    german.body.append(TranslatedText(made_from=digest("{{ timeline }}"), text="{{ timeline }}"))
    for form in ("md", "html", "pdf", "eml"):
        data = export(document, form, "customer", language="de")
        text = pdf_text(data) if form == "pdf" else data.decode("utf-8", "replace")
        if form == "eml":
            from email import message_from_bytes
            message = message_from_bytes(data)
            parts = [p.get_payload(decode=True) for p in message.walk() if not p.is_multipart()]
            text = " ".join(pdf_text(p) if p.startswith(b"%PDF") else p.decode() for p in parts)
            assert "Anbei finden Sie unseren Brief" in text
        assert "Liebe Kundinnen und Kunden" in text, form
        for secret in SECRETS:
            assert secret not in text, (form, secret)


# ---------------------------------------------------------------- the command line


def test_export_in_german_writes_its_own_file(example_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(example_copy), "--audience", "customer", "--format", "md",
                 "--language", "de"]) == 0
    written = example_copy.with_name("raid-outage-letter-de.md").read_text("utf-8")
    assert "Liebe Kundinnen und Kunden von Northwind," in written
    assert main(["export", str(example_copy), "--audience", "customer", "--format", "md"]) == 0
    assert "Dear Northwind customers," in example_copy.with_name("raid-outage-letter.md").read_text("utf-8")


def test_export_in_a_language_without_translation_is_one_line_and_writes_nothing(
        example_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export", str(example_copy), "--audience", "customer", "--format", "pdf",
                 "--language", "fr"])
    error = capsys.readouterr().err
    assert code == 2
    assert error.count("\n") == 1
    assert error.startswith(f"error: {example_copy}: customer_letter.translations.fr:")
    assert "'fr'" in error and "Traceback" not in error
    assert not list(example_copy.parent.glob("*.pdf"))


def test_only_the_customer_letter_is_translated(example_copy: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export", str(example_copy), "--audience", "internal", "--format", "md", "--language", "de"])
    assert code == 2 and "--audience customer" in capsys.readouterr().err
    with pytest.raises(NoTranslation):
        in_language(load(example_copy), "ja")


# ---------------------------------------------------------------- the checks


def test_the_example_translation_is_complete_and_current(example_path: Path) -> None:
    findings = check(load(example_path), "customer")
    # Only the hint that the English-only checks did not read the German letter.
    assert [f.rule for f in findings if f.location.startswith("customer_letter.translations")] == [
        "checks-not-run"]


def test_check_names_the_language_and_the_paragraph_a_translation_misses(example_path: Path) -> None:
    document = load(example_path)
    paragraphs = body_paragraphs(document)
    paragraphs.insert(2, "We have also refunded this month's fees.")
    document.customer_letter.body = "\n\n".join(paragraphs)
    assert findings_about(document, "translation-missing") == [
        "customer_letter.translations.de.body: the German translation has no paragraph 3 of the original "
        "('We have also refunded this month's fees.')"]
    # The paragraphs after the new one are still current.
    assert findings_about(document, "translation-stale") == []


def test_check_finds_the_one_paragraph_changed_after_translation(example_path: Path) -> None:
    document = load(example_path)
    paragraphs = body_paragraphs(document)
    paragraphs[6] = paragraphs[6].replace("bad luck", "only bad luck")
    document.customer_letter.body = "\n\n".join(paragraphs)
    stale = findings_about(document, "translation-stale")
    assert len(stale) == 1
    assert stale[0].startswith("customer_letter.translations.de.body[6]: paragraph 7 of the original "
                               "changed after it was translated into German ('None of this was only bad")


def test_check_finds_stale_and_missing_texts_the_letter_prints(example_path: Path) -> None:
    document = load(example_path)
    document.impact.customer_actions += " Please quote your customer number."
    document.customer_letter.closing = "Yours sincerely,"
    document.action_items.items[3].customer_promised = True  # a fourth promise, never translated
    stale = findings_about(document, "translation-stale")
    assert any(s.startswith("customer_letter.translations.de.texts.impact.customer_actions: the text on what "
                            "customers should do changed after it was translated into German") for s in stale)
    assert any(s.startswith("customer_letter.translations.de.closing: the closing changed") for s in stale)
    missing = findings_about(document, "translation-missing")
    assert [m.split(":")[0] for m in missing] == [
        "customer_letter.translations.de.texts.action_items.items[3].title"]
    assert "title of action item 4" in missing[0]


# ---------------------------------------------------------------- the side-by-side sheet


def test_the_sheet_shows_every_original_text_beside_its_translation(example_path: Path) -> None:
    from postmortem.translations.sheet import entries

    rows = entries(load(example_path), "de")
    labels = [row.label for row in rows]
    assert labels[:3] == ["Reference", "Greeting", "Paragraph 1"]
    assert "Closing" in labels and "E-mail note" in labels and "Title of action item 2" in labels
    assert all(row.state == State.CURRENT for row in rows)


def test_translating_a_new_paragraph_puts_it_in_its_place_and_marks_it_current(example_path: Path) -> None:
    from postmortem.editing import set_value
    from postmortem.translations.sheet import entries, text_edit

    document = load(example_path)
    paragraphs = body_paragraphs(document)
    paragraphs.insert(3, "We refunded this month's fees.")
    document.customer_letter.body = "\n\n".join(paragraphs)
    missing = [row for row in entries(document, "de") if row.state == State.MISSING]
    assert [row.key for row in missing] == ["body:3"]
    set_value(document, *text_edit(document, "de", "body:3", "Wir haben die Gebühren erstattet."))
    assert all(row.state == State.CURRENT for row in entries(document, "de"))
    assert body_paragraphs(in_language(document, "de"))[3] == "Wir haben die Gebühren erstattet."


def test_an_internal_host_typed_into_a_translation_is_a_leak_there(example_path: Path) -> None:
    document = load(example_path)
    german = document.customer_letter.translations["de"]
    german.body[4].text += " Betroffen war der Server web01.nwll.internal."
    german.greeting.text = "Hallo Tomás Reyes,"
    leaks = [str(f) for f in check(document, "customer")
             if f.location.startswith("customer_letter.trans") and f.rule.startswith("leak")]
    assert leaks == [
        "customer_letter.translations.de.greeting: in the German translation: names Tomás Reyes, who does "
        "not sign the letter",
        "customer_letter.translations.de.body: in the German translation: names the internal host "
        "web01.nwll.internal",
    ]


# ---------------------------------------------------------------- properties and limits

_PARAGRAPH = st.text(alphabet="abcdefgh .", min_size=1, max_size=12).map(str.strip).filter(bool)


@given(originals=st.lists(_PARAGRAPH, max_size=12), edits=st.lists(
    st.tuples(st.sampled_from(["insert", "delete", "change"]), st.integers(0, 20), _PARAGRAPH), max_size=6))
def test_every_paragraph_is_lined_up_once_and_untouched_ones_stay_current(
        originals: list[str], edits: list[tuple[str, int, str]]) -> None:
    translated = [TranslatedText(made_from=digest(p), text=p.upper()) for p in originals]
    now = list(originals)
    for kind, at, text in edits:
        if kind == "insert":
            now.insert(at % (len(now) + 1), text)
        elif now and kind == "delete":
            del now[at % len(now)]
        elif now:
            now[at % len(now)] = now[at % len(now)] + " " + text
    rows = line_up(now, translated)
    assert sorted(r.original for r in rows if r.original is not None) == list(range(len(now)))
    assert sorted(r.translated for r in rows if r.translated is not None) == list(range(len(translated)))
    for row in rows:
        if row.state == State.CURRENT:
            assert row.original is not None and row.translated is not None
            assert translated[row.translated].made_from == digest(now[row.original])
    # With nothing changed, everything is current.
    assert all(r.state == State.CURRENT for r in line_up(originals, translated))


def test_too_many_translations_or_paragraphs_is_one_line_naming_the_field(example_path: Path) -> None:
    data = load(example_path).model_dump(mode="json")
    letter = data["customer_letter"]
    german = json.dumps(letter["translations"]["de"])
    tags = [f"x{chr(97 + n // 26)}{chr(97 + n % 26)}" for n in range(MAX_TRANSLATIONS + 1)]
    letter["translations"] = {tag: json.loads(german) for tag in tags}
    with pytest.raises(DocumentError) as raised:
        loads(json.dumps(data), "many.postmortem")
    message = str(raised.value)
    assert message.startswith("many.postmortem:") and "customer_letter.translations:" in message
    body = [{"text": f"Absatz {n}"} for n in range(MAX_LETTER_PARAGRAPHS + 1)]
    letter["translations"] = {"de": dict(json.loads(german), body=body)}
    with pytest.raises(DocumentError) as raised:
        loads(json.dumps(data), "long.postmortem")
    message = str(raised.value)
    assert "customer_letter.translations.de.body" in message and "\n" not in message


def test_a_misspelt_field_in_a_translation_is_an_error_naming_its_paragraph(example_path: Path) -> None:
    document = load(example_path)
    german = document.customer_letter.translations["de"]
    german.body[0].text = german.body[0].text.replace("{{ impact_window }}", "{{ impact_windwo }}")
    unknown = [f for f in check(document, "customer") if f.rule == "unknown-field"]
    assert [(f.severity.value, str(f)) for f in unknown] == [(
        "error", "customer_letter.translations.de.body[0]: unknown field {{ impact_windwo }} in paragraph 1 "
        "of the German translation")]
    assert unknown[0].suggestion.startswith("Did you mean {{ impact_window }}?")
    start, end = unknown[0].span or (0, 0)
    assert german.body[0].text[start:end] == "{{ impact_windwo }}"


def test_exporting_a_translation_with_gaps_warns_about_each_and_still_writes(
        example_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = load(example_copy)
    document.customer_letter.body += "\n\nOne more thing."
    save(document, example_copy)
    assert main(["export", str(example_copy), "--audience", "customer", "--format", "md",
                 "--language", "de"]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if line.startswith("warning:")]
    assert warnings == ["warning: customer_letter.translations.de.body: the German translation has no "
                        "paragraph 11 of the original ('One more thing.')"]
    assert "One more thing" not in example_copy.with_name("raid-outage-letter-de.md").read_text("utf-8")


def test_a_translation_into_a_language_without_wording_says_what_prints_in_english(
        example_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = load(example_copy)
    letter = document.customer_letter
    letter.translations = {**letter.translations, "pt-BR": letter.translations["de"].model_copy(deep=True)}
    save(document, example_copy)
    assert main(["export", str(example_copy), "--audience", "customer", "--format", "md",
                 "--language", "pt-BR"]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: customer_letter.translations.pt-BR: Postmortem Studio has no wording in 'pt-BR': the "
        "Portuguese (Brazil) letter's page footers, chart, default greeting and closing and the letter "
        "fields' phrases will print in English (dates follow the language)"]
    # What it warns about: the window's joining word is English, around a Portuguese date.
    written = example_copy.with_name("raid-outage-letter-pt-BR.md").read_text("utf-8")
    assert "dauerte from quarta-feira, 28 de outubro de 2026" in written
    # German has its catalog: nothing to say.
    assert main(["export", str(example_copy), "--audience", "customer", "--format", "md",
                 "--language", "de"]) == 0
    assert "warning:" not in capsys.readouterr().err
