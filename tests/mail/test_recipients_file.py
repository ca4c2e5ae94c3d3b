"""The document names its recipients file only inside its own folder, and the name stays internal."""

from __future__ import annotations

from pathlib import Path

import pytest
from mail_helpers import EXAMPLE, pdf_text, secret_document
from pydantic import ValidationError

from postmortem import DocumentError, export
from postmortem.assets import AssetFolder
from postmortem.fileformat import dumps, load, save
from postmortem.mail.personal import recipient_email, recipient_key, recipient_letter
from postmortem.mail.recipients import file_in_folder, name_in_folder, read_recipients, recipient_from_cells


@pytest.mark.parametrize("name", ["/etc/passwd.csv", "../customers.csv", "~/customers.csv", "C:\\list.csv",
                                  "customers.txt", "logo.svg"])
def test_a_document_cannot_name_a_file_outside_its_folder_or_not_a_sheet(name: str) -> None:
    document = secret_document()
    with pytest.raises(ValidationError):
        document.customer_letter.recipients_file = name


def test_the_name_round_trips_and_never_reaches_a_customer(tmp_path: Path) -> None:
    document = secret_document()
    document.customer_letter.recipients_file = "lists/Customers-Q4.csv"
    (tmp_path / "logo.svg").write_bytes((EXAMPLE.parent / "logo.svg").read_bytes())
    save(document, tmp_path / "incident.postmortem")
    assert load(tmp_path / "incident.postmortem").customer_letter.recipients_file == "lists/Customers-Q4.csv"
    assert "recipients_file: lists/Customers-Q4.csv" in dumps(document)
    for fmt in ("md", "html", "eml"):
        assert b"Customers-Q4" not in export(document, fmt, "customer")
    assert "Customers-Q4" not in pdf_text(export(document, "pdf", "customer"))
    (tmp_path / "r.csv").write_text("email,name\nana@example.org,Ana\n", encoding="utf-8")
    ana = read_recipients(tmp_path / "r.csv").recipients[0]
    pdf = recipient_letter(document, ana, AssetFolder(tmp_path))
    assert "Customers-Q4" not in pdf_text(pdf)
    assert b"Customers-Q4" not in recipient_email(document, ana, recipient_key("x", ana), pdf)


def test_only_a_file_inside_the_folder_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "incident"
    (folder / "lists").mkdir(parents=True)
    (folder / "lists" / "q4.csv").write_text("email,name\n", encoding="utf-8")
    (tmp_path / "outside.csv").write_text("email,name\n", encoding="utf-8")
    assert name_in_folder(folder, folder / "lists" / "q4.csv") == "lists/q4.csv"
    assert name_in_folder(folder, tmp_path / "outside.csv") is None
    assert name_in_folder(None, folder / "lists" / "q4.csv") is None
    # A link inside the folder that leads out of it is refused when read.
    (folder / "link.csv").symlink_to(tmp_path / "outside.csv")
    assert name_in_folder(folder, folder / "link.csv") is None
    with pytest.raises(DocumentError, match=r"link\.csv: leads outside the document.s folder"):
        file_in_folder(folder, "link.csv")


def test_a_row_sent_to_the_render_worker_reads_its_window_as_the_file_reader_does(tmp_path: Path) -> None:
    (tmp_path / "r.csv").write_text(
        "email,name,impact_start,impact_end,plan\n"
        "ana@example.org,Ana,2026-10-28T22:45:00-04:00,2026-10-29T04:10:00-04:00,gold\n", encoding="utf-8")
    from_file = read_recipients(tmp_path / "r.csv").recipients[0]
    again = recipient_from_cells(from_file.row, dict(from_file.cells))
    assert again == from_file
