"""`postmortem export --format eml`: the letter as an e-mail draft any mail client opens."""

from __future__ import annotations

import shutil
import subprocess
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from mail_helpers import SECRETS, pdf_text, secret_document

from postmortem import DocumentError, export
from postmortem.cli import main
from postmortem.mail.draft import Addressee, build_draft
from postmortem.model import DEFAULT_EMAIL_NOTE


@pytest.fixture(scope="module")
def draft() -> bytes:
    return export(secret_document(), "eml", "customer")


def parse(data: bytes):  # type: ignore[no-untyped-def]
    return BytesParser(policy=policy.default).parsebytes(data)


def test_draft_headers_come_from_the_letter(draft: bytes) -> None:
    message = parse(draft)
    assert message["From"].addresses[0].addr_spec == "support@northwind-loadlabs.example"
    assert message["From"].addresses[0].display_name == "Northwind Load Labs"
    assert message["Subject"] == "Re: Our web site and support desk outage, 28 to 30 October 2026"
    assert message["X-Unsent"] == "1"
    assert message["To"] is None  # the writer addresses a single draft in their mail client
    # The letter's date, in the document's zone: not the moment of the export.
    assert message["Date"].datetime.date().isoformat() == "2026-11-06"
    assert message["Message-ID"].endswith("@northwind-loadlabs.example>")


def test_draft_has_plain_and_html_note_and_the_letter_attached(draft: bytes) -> None:
    message = parse(draft)
    assert message.get_content_type() == "multipart/mixed"
    alternative = next(p for p in message.walk() if p.get_content_type() == "multipart/alternative")
    plain, rich = (p.get_content() for p in alternative.iter_parts())
    first_sentence = DEFAULT_EMAIL_NOTE.split(":")[0]
    assert first_sentence in plain and first_sentence in rich
    assert plain.startswith("Dear Northwind customers,")
    assert "<p dir=\"auto\">Dear Northwind customers,</p>" in rich
    attachments = list(message.iter_attachments())
    assert [a.get_content_type() for a in attachments] == ["application/pdf"]
    assert attachments[0].get_filename() == "northwind-load-labs-letter-2026-11-06.pdf"
    letter = attachments[0].get_content()
    assert letter.startswith(b"%PDF-")
    assert "Dear Northwind customers" in pdf_text(letter)


def test_draft_holds_nothing_internal(draft: bytes) -> None:
    message = parse(draft)
    texts = [str(message)] + [p.get_content() for p in message.walk() if p.get_content_maintype() == "text"]
    texts.append(pdf_text(next(message.iter_attachments()).get_content()))
    everything = "\n".join(texts)
    assert [s for s in SECRETS if s in everything] == []
    assert "web01" not in everything


def test_same_document_same_bytes_and_a_change_changes_the_id() -> None:
    document = secret_document()
    pdf = b"%PDF-1.7 stand-in"
    first = build_draft(document, pdf, addressee=Addressee("ana@example.org", "Ana Lima"))
    assert first == build_draft(document, pdf, addressee=Addressee("ana@example.org", "Ana Lima"))
    other = build_draft(document, pdf, addressee=Addressee("bo@example.org", "Bo Chen"))
    assert parse(first)["Message-ID"] != parse(other)["Message-ID"]
    assert parse(first)["To"].addresses[0].display_name == "Ana Lima"


def test_the_writer_edits_the_covering_note() -> None:
    document = secret_document()
    document.customer_letter.email_note = "Our letter is attached. Ümlauts and **bold** survive."
    message = parse(build_draft(document, b"%PDF-1.7"))
    alternative = next(p for p in message.walk() if p.get_content_type() == "multipart/alternative")
    plain, rich = (p.get_content() for p in alternative.iter_parts())
    assert "Ümlauts and **bold** survive." in plain
    assert "Ümlauts and <strong>bold</strong> survive." in rich


def test_a_line_break_cannot_reach_a_header() -> None:
    with pytest.raises(DocumentError, match="line break"):
        build_draft(secret_document(), b"%PDF",
                    addressee=Addressee("a@example.org", "Ana\nBcc: x@evil.example"))


def test_cli_writes_the_draft_and_refuses_the_internal_audience(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "incident.postmortem"
    source.write_bytes(Path(__file__).resolve().parents[2].joinpath(
        "examples/raid-outage/raid-outage.postmortem").read_bytes())
    assert main(["export", str(source), "--format", "eml", "--audience", "customer"]) == 0
    assert (tmp_path / "incident-letter.eml").read_bytes().startswith(b"From: ")
    assert main(["export", str(source), "--format", "eml", "--audience", "internal"]) == 2
    assert "error: --format eml: an e-mail draft carries the customer letter" in capsys.readouterr().err
    assert not (tmp_path / "incident-internal.eml").exists()


def test_without_a_contact_address_there_is_no_sender(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    document = secret_document()
    document.meta.organisation.contact_email = ""
    with pytest.raises(DocumentError, match=r"meta\.organisation\.contact_email"):
        build_draft(document, b"%PDF")


def test_a_real_mail_reader_unpacks_the_letter(draft: bytes, tmp_path: Path) -> None:
    # munpack (Debian package mpack) is a MIME decoder of its own, written
    # long before Python's email package: it must find the same PDF.
    munpack = shutil.which("munpack")
    assert munpack, "munpack is missing: apt-get install mpack"
    (tmp_path / "draft.eml").write_bytes(draft)
    out = tmp_path / "parts"
    out.mkdir()
    result = subprocess.run([munpack, "-t", "-q", "-C", str(out), str(tmp_path / "draft.eml")],
                            capture_output=True, text=True, check=True)
    assert "northwind-load-labs-letter-2026-11-06.pdf" in result.stdout
    letter = (out / "northwind-load-labs-letter-2026-11-06.pdf").read_bytes()
    assert letter == next(parse(draft).iter_attachments()).get_content()
    notes = [p.read_text("utf-8", "replace") for p in out.iterdir() if p.suffix != ".pdf"]
    assert any("Please find attached our letter" in n for n in notes)
