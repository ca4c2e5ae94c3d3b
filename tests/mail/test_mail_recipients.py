"""The recipients file: every cell is text, every problem names its row and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from postmortem import DocumentError
from postmortem.mail.recipients import read_recipients, safe_cell

HEADER = "Email,Name,Company,impact_start,impact_end,Lost items,Account tier\n"


def write(tmp_path: Path, text: str, name: str = "recipients.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_columns_and_their_own_windows(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER
                 + "ana@example.org,Ana Lima,Lima Ltd,2026-10-28T22:45:00-04:00,2026-10-29T04:10:00-04:00,"
                   "3 support requests,gold\n"
                 + "bo@example.org,Bo Chen,,,,,\n")
    result = read_recipients(path)
    assert result.findings == []
    assert result.columns == ["email", "name", "company", "impact_start", "impact_end", "lost_items",
                              "account_tier"]
    ana, bo = result.recipients
    assert (ana.row, ana.email, ana.get("lost_items"), ana.get("account_tier")) == (
        2, "ana@example.org", "3 support requests", "gold")
    assert ana.impact_start is not None and ana.impact_start.utcoffset().total_seconds() == -4 * 3600
    assert bo.impact_start is None and bo.get("company") == ""


def test_problems_name_the_row_and_the_column(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER
                 + "ana@example.org,Ana Lima,,,,,\n"
                 + "not-an-address,Bo Chen,,,,,\n"
                 + "ANA@example.org,Ana again,,,,,\n"
                 + "cy@example.org,,,2026-10-28T22:45:00,,,\n"
                 + 'dee@example.org,"Dee\nBcc: everyone@example.org",,,,,\n'
                 + "eve@example.org,Eve,,2026-10-29T04:00:00+00:00,2026-10-28T04:00:00+00:00,,\n")
    result = read_recipients(path)
    found = {(f.location, f.message.split(";")[0].split(",")[0]) for f in result.findings}
    assert ("recipients.csv row 3, column email", "'not-an-address' is not an e-mail address") in found
    assert ("recipients.csv row 4, column email", "ANA@example.org is also on row 2") in found
    assert ("recipients.csv row 5, column name", "empty") in found
    assert any(loc == "recipients.csv row 5, column impact_start" and "offset" in m
               for loc, m in {(f.location, f.message) for f in result.findings})
    assert ("recipients.csv row 6, column name", "contains a line break") in found
    assert ("recipients.csv row 7, column impact_end", "is before impact_start") in found
    assert [r.email for r in result.usable] == ["ana@example.org"]


def test_formula_cells_stay_text_and_are_written_safely(tmp_path: Path) -> None:
    path = write(tmp_path, "email,name,note\nana@example.org,=HYPERLINK(\"http://x\"),+1 555\n")
    ana = read_recipients(path).recipients[0]
    assert ana.name == '=HYPERLINK("http://x")' and ana.get("note") == "+1 555"
    assert safe_cell(ana.name) == "'=HYPERLINK(\"http://x\")"
    assert [safe_cell(v) for v in ("-2", "@SUM(A1)", "plain", "")] == ["'-2", "'@SUM(A1)", "plain", ""]


def test_xlsx_formulas_are_read_as_written_never_evaluated(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["email", "name", "lost_items"])
    sheet.append(["ana@example.org", "Ana Lima", "=1+1"])
    sheet.append(["bo@example.org", "Bo Chen", 3])
    book.save(tmp_path / "recipients.xlsx")
    result = read_recipients(tmp_path / "recipients.xlsx")
    assert [r.get("lost_items") for r in result.recipients] == ["=1+1", "3"]
    assert result.findings == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "the file is empty"),
        ("mail,name\nana@example.org,Ana\n", "no 'email' column"),
        ("email,name,name\na@example.org,A,B\n", "column 'name' appears twice"),
        ("email,name,名前\na@example.org,A,B\n", "needs a name of letters"),
    ],
)
def test_unreadable_files_are_one_line_errors(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(DocumentError, match=message) as error:
        read_recipients(write(tmp_path, content))
    assert str(error.value).startswith(str(tmp_path / "recipients.csv"))


def test_semicolon_sheets_and_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "recipients.csv"
    path.write_bytes("\ufeffemail;name\nana@example.org;Ana Lima\n".encode())
    assert [r.name for r in read_recipients(path).recipients] == ["Ana Lima"]


def test_check_names_each_bad_row_and_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from mail_helpers import EXAMPLE

    from postmortem.cli import main

    path = write(tmp_path, "email,name\nana@example.org,Ana\nana@example.org,\n")
    assert main(["check", str(EXAMPLE), "--audience", "customer", "--recipients", str(path)]) == 1
    out = capsys.readouterr().out
    assert "error: recipients.csv row 3, column email: ana@example.org is also on row 2" in out
    assert "error: recipients.csv row 3, column name: empty" in out
    assert "row 2" not in out.replace("also on row 2", "")
    assert main(["check", str(EXAMPLE), "--recipients", str(tmp_path / "missing.csv")]) == 2
    good = write(tmp_path, "email,name\nana@example.org,Ana\n", "good.csv")
    assert main(["check", str(EXAMPLE), "--audience", "customer", "--recipients", str(good)]) == 0


@pytest.mark.timeout(20)
def test_a_pipe_named_like_a_recipients_file_is_refused_not_waited_on(tmp_path: Path) -> None:
    import os

    path = tmp_path / "recipients.csv"
    os.mkfifo(path)
    with pytest.raises(DocumentError, match=r"recipients\.csv: is a pipe \(FIFO\), not a regular file"):
        read_recipients(path)
    os.mkfifo(tmp_path / "recipients.xlsx")
    with pytest.raises(DocumentError, match=r"recipients\.xlsx: is a pipe \(FIFO\), not a regular file"):
        read_recipients(tmp_path / "recipients.xlsx")
