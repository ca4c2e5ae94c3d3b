"""`{{ recipient.* }}` fields: each row's own cells in its letter, printed as plain words."""

from __future__ import annotations

from pathlib import Path

import pytest
from mail_helpers import EXAMPLE, secret_document

from postmortem.cli import main
from postmortem.fileformat import save
from postmortem.letterfields import VOCABULARY
from postmortem.mail.personal import recipient_view
from postmortem.mail.recipients import read_recipients
from postmortem.render.html import letter_html


def test_the_known_columns_are_letter_fields() -> None:
    for column in ("email", "name", "company", "salutation", "language", "impact_start", "impact_end",
                   "lost_items", "note"):
        assert f"recipient.{column}" in VOCABULARY


def test_a_cell_prints_its_words_never_a_link_or_another_field(tmp_path: Path) -> None:
    document = secret_document()
    document.customer_letter.body += "\n\nYour plan: {{ recipient.plan }}."
    (tmp_path / "r.csv").write_text(
        "email,name,plan,lost_items,salutation\n"
        "ana@example.org,Ana,[Gold](http://evil.example) {{ impact_window }},"
        "**3** requests <script>,\"Dear Ms Lima,\"\n", encoding="utf-8")
    ana = read_recipients(tmp_path / "r.csv").recipients[0]
    html = letter_html(recipient_view(document, ana))
    # Printed as typed: the brackets show, no link hides behind the word, no field expands.
    assert "<p dir=\"auto\">Your plan: [Gold](" in html and ") {{ impact_window }}.</p>" in html
    assert ">Gold</a>" not in html and "<script>" not in html
    assert "**3** requests &lt;script&gt;" in html
    assert "Dear Ms Lima," in html and "Dear Northwind customers" not in html


def test_check_reports_each_row_missing_a_field_the_letter_uses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = secret_document()
    document.customer_letter.body += "\n\nYour plan: {{ recipient.plan }}."
    path = tmp_path / "incident.postmortem"
    (tmp_path / "logo.svg").write_bytes((EXAMPLE.parent / "logo.svg").read_bytes())
    save(document, path)
    (tmp_path / "r.csv").write_text("email,name,plan\nana@example.org,Ana,gold\nbo@example.org,Bo,\n")
    assert main(["check", str(path), "--audience", "customer", "--recipients", str(tmp_path / "r.csv")]) == 1
    out = capsys.readouterr().out
    assert "error: r.csv row 3, column plan: empty, but customer_letter.body uses {{ recipient.plan }}" in out
    assert "row 2" not in out
    assert "unknown field" not in out  # a column of the file is a field of the letter
    (tmp_path / "none.csv").write_text("email,name\nana@example.org,Ana\n")
    assert main(["check", str(path), "--recipients", str(tmp_path / "none.csv")]) == 2
    assert "no 'plan' column, but customer_letter.body uses {{ recipient.plan }}" in capsys.readouterr().err


def test_a_final_letter_whose_recipient_fields_every_row_fills_is_ready(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The example is marked final. Outside a merge {{ recipient.plan }} has nothing to print,
    # which is an error; with a recipients file that fills it on every row it is not, and the
    # status must not be reported as final with errors outstanding.
    document = secret_document()
    document.customer_letter.body += "\n\nYour plan: {{ recipient.plan }}."
    path = tmp_path / "incident.postmortem"
    (tmp_path / "logo.svg").write_bytes((EXAMPLE.parent / "logo.svg").read_bytes())
    save(document, path)
    (tmp_path / "r.csv").write_text("email,name,plan\nana@example.org,Ana,gold\nbo@example.org,Bo,silver\n")
    assert main(["check", str(path), "--audience", "customer", "--recipients", str(tmp_path / "r.csv")]) == 0
    captured = capsys.readouterr()
    assert "marked final" not in captured.out
    assert "ready to publish" in captured.err
    # Without the file the field is empty, and a final document with that error says so.
    assert main(["check", str(path), "--audience", "customer"]) == 1
    out = capsys.readouterr().out
    assert "{{ recipient.plan }}" in out
    assert "error: meta.status: marked final while errors are outstanding" in out


def test_recipient_rows_with_errors_do_not_blame_the_documents_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A bad row is the recipients file's problem, named by row and column; the final
    # document itself has nothing outstanding.
    (tmp_path / "r.csv").write_text("email,name\nana@example.org,Ana\nnot-an-address,Bo\n")
    recipients = str(tmp_path / "r.csv")
    assert main(["check", str(EXAMPLE), "--audience", "customer", "--recipients", recipients]) == 1
    out = capsys.readouterr().out
    assert "error: r.csv row 3, column email: 'not-an-address' is not an e-mail address" in out
    assert "marked final" not in out
    assert out.rstrip().splitlines()[-1].startswith("error: r.csv row 3")
