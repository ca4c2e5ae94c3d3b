"""`postmortem merge`: a letter per recipient, each with their own window and losses, resumable."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from mail_helpers import EXAMPLE, SECRETS, pdf_text, secret_document

from postmortem.cli import main
from postmortem.fileformat import save
from postmortem.mail.merge import STATE_NAME

# Fifty letters take a while to render on a shared 2-core machine.
pytestmark = pytest.mark.timeout(900)

COUNT = 50
FORMULA = '=HYPERLINK("http://evil.example/","Customer 5")'
EDT = dt.timezone(dt.timedelta(hours=-4))


def window(n: int) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime(2026, 10, 28, 0, 0, tzinfo=EDT) + dt.timedelta(minutes=37 * n)
    return start, start + dt.timedelta(hours=1 + n % 5, minutes=n)


def write_recipients(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as stream:
        table = csv.writer(stream)
        table.writerow(["email", "name", "company", "impact_start", "impact_end", "lost_items", "tier"])
        for n in range(1, COUNT + 1):
            start, end = window(n)
            lost = f"{n} support requests sent in that time" if n % 3 == 0 else ""
            name = "" if n == 17 else f"Customer Nº{n} Ödön"  # row 18 misses a required field
            if n == 5:
                name = FORMULA
            tier = "" if n == 23 else ("gold" if n % 2 else "silver")  # row 24 lacks a field the letter uses
            table.writerow([f"c{n}@example.org", name, f"Company {n}",
                            start.isoformat(), end.isoformat(), lost, tier])


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, str]:
    folder = tmp_path_factory.mktemp("merge")
    for source in EXAMPLE.parent.iterdir():
        shutil.copy(source, folder / source.name)
    document = folder / EXAMPLE.name
    save(letter_with_recipient_fields(), document)
    write_recipients(folder / "recipients.csv")
    out = folder / "out"
    code = main(["merge", str(document), "--recipients", str(folder / "recipients.csv"), "--out", str(out),
                 "--jobs", "2"])
    assert code == 1  # two rows were not merged
    return document, folder / "recipients.csv", out, ""


def letter_with_recipient_fields():  # type: ignore[no-untyped-def]
    document = secret_document()
    document.customer_letter.body += (
        "\n\n{{ recipient.name }}, as a {{ recipient.tier }} customer, {{ recipient.company }} has a named "
        "contact with us."
    )
    return document


def parse(path: Path):  # type: ignore[no-untyped-def]
    return BytesParser(policy=policy.default).parsebytes(path.read_bytes())


def test_each_recipient_gets_their_own_letter(merged: tuple[Path, Path, Path, str]) -> None:
    _, _, out, _ = merged
    emls = sorted(out.glob("*.eml"))
    pdfs = sorted(out.glob("*.pdf"))
    assert len(emls) == len(pdfs) == COUNT - 2
    for path in emls:
        row = int(path.name[:4])
        n = row - 1
        message = parse(path)
        assert message["To"].addresses[0].addr_spec == f"c{n}@example.org"
        assert message["To"].addresses[0].display_name == (FORMULA if n == 5 else f"Customer Nº{n} Ödön")
        assert message["Subject"] == "Re: Our web site and support desk outage, 28 to 30 October 2026"
        alternative = next(p for p in message.walk() if p.get_content_type() == "multipart/alternative")
        assert [p.get_content_type() for p in alternative.iter_parts()] == ["text/plain", "text/html"]
        letter = next(message.iter_attachments()).get_content()
        assert letter == (out / path.name.replace(".eml", ".pdf")).read_bytes()
        text = pdf_text(letter)
        start, end = window(n)
        assert f"{start:%-d} October 2026, {start:%H:%M}" in text, path.name
        assert f"{end:%H:%M}" in text
        tier = "gold" if n % 2 else "silver"
        name = FORMULA if n == 5 else f"Customer Nº{n} Ödön"
        assert f"{name}, as a {tier} customer, Company {n} has a named contact with us." in text
        if n % 3 == 0:
            assert f"{n} support requests sent in that time" in text
        else:
            assert "support requests sent in that time" not in text
        everything = str(message) + text + next(message.iter_attachments()).get_filename()
        assert [s for s in SECRETS if s in everything] == [], path.name
    names = " ".join(p.name for p in out.iterdir())
    assert [s for s in SECRETS if s.lower() in names.lower()] == []


def test_rows_missing_a_required_or_used_field_are_reported_not_merged(merged: tuple[Path, Path, Path, str],
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    _, _, out, _ = merged
    assert not list(out.glob("0018-*"))
    with (out / "manifest.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == COUNT
    assert rows[16]["row"] == "18" and rows[16]["status"].startswith("not merged:")
    assert "column name" in rows[16]["status"]
    assert rows[22]["row"] == "24" and rows[22]["status"].startswith("not merged:")
    assert "column tier: empty, but customer_letter.body uses {{ recipient.tier }}" in rows[22]["status"]
    assert not list(out.glob("0024-*"))
    assert all(r["status"] == "written" for i, r in enumerate(rows) if i not in (16, 22))
    assert rows[0]["message_id"].startswith("<") and rows[0]["pdf"] == "0002-customer-no1-odon.pdf"
    # A name that looks like a formula is kept as text in the letter, and a
    # spreadsheet opening the manifest shows it as text too.
    assert rows[4]["name"] == "'" + FORMULA




def test_a_rerun_rewrites_exactly_the_deleted_outputs(merged: tuple[Path, Path, Path, str],
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    document, recipients, out, _ = merged
    capsys.readouterr()
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.suffix in (".pdf", ".eml")}
    deleted = sorted(before)[10:20:2]  # five files, some PDF, some e-mail
    assert len(deleted) == 5
    for name in deleted:
        (out / name).unlink()
    assert main(["merge", str(document), "--recipients", str(recipients), "--out", str(out),
                 "--jobs", "2"]) == 1
    assert "5 written, 43 up to date, 0 failed, 2 not merged" in capsys.readouterr().out
    after = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.suffix in (".pdf", ".eml")}
    assert set(after) == set(before)
    # A row whose PDF was deleted writes both its files again, so that the
    # e-mail keeps carrying the same PDF; nothing else is touched.
    rows_redone = {name[:4] for name in deleted}
    changed = {name for name in after if after[name] != before[name]}
    assert {name[:4] for name in changed} == rows_redone
    assert set(deleted) <= changed
    assert (out / STATE_NAME).exists()


def test_changing_the_document_makes_every_row_out_of_date(merged: tuple[Path, Path, Path, str],
                                                           tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    document, recipients, out, _ = merged
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    few = tmp_path / "few.csv"
    few.write_text("\n".join(recipients.read_text().splitlines()[:3]) + "\n")
    edited = letter_with_recipient_fields()
    edited.customer_letter.email_note = "A new note."
    save(edited, document)
    capsys.readouterr()
    assert main(["merge", str(document), "--recipients", str(few), "--out", str(copy), "--jobs", "1"]) == 0
    assert "2 written, 0 up to date" in capsys.readouterr().out
