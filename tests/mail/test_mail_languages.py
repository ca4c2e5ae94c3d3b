"""A merge writes each recipient's letter in their language, or the document's with a warning."""

from __future__ import annotations

import csv
import shutil
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from mail_helpers import EXAMPLE, pdf_text

from postmortem.cli import main


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for source in EXAMPLE.parent.iterdir():
        shutil.copy(source, tmp_path / source.name)
    with (tmp_path / "recipients.csv").open("w", newline="", encoding="utf-8") as stream:
        table = csv.writer(stream)
        table.writerow(["email", "name", "language"])
        table.writerow(["ana@example.org", "Ana Lima", "de"])
        table.writerow(["bo@example.org", "Bo Chen", "fr"])
        table.writerow(["cy@example.org", "Cy Young", ""])
        table.writerow(["dora@example.org", "Dora Maar", "de-AT"])
    return tmp_path


def merge(folder: Path) -> int:
    return main(["merge", str(folder / EXAMPLE.name), "--recipients", str(folder / "recipients.csv"),
                 "--out", str(folder / "out"), "--jobs", "2"])


def manifest(folder: Path) -> dict[str, dict[str, str]]:
    with (folder / "out" / "manifest.csv").open(encoding="utf-8", newline="") as stream:
        return {row["email"]: row for row in csv.DictReader(stream)}


def test_each_recipient_gets_the_letter_in_their_language(folder: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert merge(folder) == 0
    err = capsys.readouterr().err
    # Bo asked for French, which the letter does not have: told once, naming the row.
    assert ("warning: recipients.csv row 3, column language: 'fr': the letter has no translation into it "
            "(it has en, de); this recipient gets it in English") in err
    rows = manifest(folder)
    assert {email: row["language"] for email, row in rows.items()} == {
        "ana@example.org": "de", "bo@example.org": "en", "cy@example.org": "en", "dora@example.org": "de"}
    out = folder / "out"
    german = pdf_text((out / "0002-ana-lima.pdf").read_bytes())
    assert "Liebe Kundinnen und Kunden von Northwind," in german and "Nichts davon war Pech." in german
    assert "None of this was bad luck" in pdf_text((out / "0003-bo-chen.pdf").read_bytes())
    assert "Nichts davon war Pech." in pdf_text((out / "0005-dora-maar.pdf").read_bytes())
    message = message_from_bytes((out / "0002-ana-lima.eml").read_bytes(), policy=policy.default)
    assert message["Content-Language"] == "de"
    assert " ".join(str(message["Subject"]).split()).startswith("Ausfall unserer Website")
    plain = next(p for p in message.walk() if p.get_content_type() == "text/plain")
    assert "Anbei finden Sie unseren Brief" in plain.get_payload(decode=True).decode("utf-8")
    # The attached letter's file name, which the customer sees, is in their language too.
    assert next(message.iter_attachments()).get_filename() == "northwind-load-labs-brief-2026-11-06.pdf"
    english = message_from_bytes((out / "0004-cy-young.eml").read_bytes(), policy=policy.default)
    assert next(english.iter_attachments()).get_filename() == "northwind-load-labs-letter-2026-11-06.pdf"


def test_a_row_that_changes_language_is_the_only_letter_rewritten(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert merge(folder) == 0
    out = folder / "out"
    before = {path.name: path.stat().st_mtime_ns for path in out.iterdir() if path.suffix in (".pdf", ".eml")}
    assert merge(folder) == 0 and "0 written, 4 up to date" in capsys.readouterr().out
    table = (folder / "recipients.csv").read_text("utf-8").replace("Bo Chen,fr", "Bo Chen,de")
    (folder / "recipients.csv").write_text(table, "utf-8")
    assert merge(folder) == 0
    assert "1 written, 3 up to date" in capsys.readouterr().out
    after = {path.name: path.stat().st_mtime_ns for path in out.iterdir() if path.suffix in (".pdf", ".eml")}
    assert {n for n in before if before[n] != after[n]} == {"0003-bo-chen.pdf", "0003-bo-chen.eml"}
    assert "Nichts davon war Pech." in pdf_text((out / "0003-bo-chen.pdf").read_bytes())
    assert manifest(folder)["bo@example.org"]["language"] == "de"


def test_check_with_recipients_names_the_row_whose_language_has_no_translation(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(folder / EXAMPLE.name), "--recipients", str(folder / "recipients.csv")])
    lines = [line for line in capsys.readouterr().out.splitlines() if "column language" in line]
    assert lines == ["warning: recipients.csv row 3, column language: 'fr': the letter has no translation "
                     "into it (it has en, de); this recipient gets it in English"]


@pytest.mark.parametrize(("organisation", "language", "name"), [
    ("Müller & Söhne GmbH", "de", "muller-sohne-gmbh-brief-2026-11-06.pdf"),
    # Only ASCII, which every mail reader names: a word without an ASCII spelling is left out,
    # and a name in another script gives way to the organisation's public domain.
    ("Northwind Load Labs", "ja", "northwind-load-labs-2026-11-06.pdf"),
    ("ノースウインド", "ar", "northwind-loadlabs-2026-11-06.pdf"),
    ("", "fr", "northwind-loadlabs-lettre-2026-11-06.pdf"),
])
def test_the_attachment_is_named_in_the_letters_language(organisation: str, language: str, name: str) -> None:
    from postmortem.fileformat import load
    from postmortem.mail.draft import attachment_name

    document = load(EXAMPLE)
    document.meta.organisation.name = organisation
    document.meta.language = language
    assert attachment_name(document) == name
