"""The recipients file of a mail merge: CSV, or XLSX through openpyxl.

One row per recipient. `email` and `name` are required; `company`,
`salutation`, `language`, `impact_start`, `impact_end` (ISO times with
an offset), `lost_items` and `note` are known; any other column is
carried along as `recipient.<column>`. Every cell is text: a cell that
starts like a spreadsheet formula is never evaluated (XLSX formulas are
read as their written text, not their cached result) and
`safe_cell` neutralises it wherever we write a spreadsheet-bound file.

Problems in the rows are findings naming the row (as a spreadsheet
numbers it: the header is row 1) and the column; a file that cannot be
read at all is a `DocumentError`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from postmortem.checks.findings import Finding, Level
from postmortem.errors import DocumentError
from postmortem.safeio import read_regular
from postmortem.values import check_email, check_recipients_path

REQUIRED = ("email", "name")
KNOWN = (*REQUIRED, "company", "salutation", "language", "impact_start", "impact_end", "lost_items", "note")
# Values that reach a header of the message (To) or a file name.
HEADER_COLUMNS = ("email", "name")
MAX_BYTES = 16 * 1024 * 1024
MAX_ROWS = 100_000
_BREAKS = re.compile(r"[\r\n\x00\x0b\x0c\x85\u2028\u2029]")
_COLUMN = re.compile(r"[a-z][a-z0-9_]{0,39}")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Recipient:
    """One row: its cells by column name, and its own impact window if it has one."""

    row: int
    cells: dict[str, str]
    impact_start: dt.datetime | None = None
    impact_end: dt.datetime | None = None

    @property
    def email(self) -> str:
        return self.cells.get("email", "")

    @property
    def name(self) -> str:
        return self.cells.get("name", "")

    def get(self, column: str) -> str:
        return self.cells.get(column, "")


@dataclass
class RecipientList:
    path: Path
    columns: list[str]
    recipients: list[Recipient] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def usable(self) -> list[Recipient]:
        """The rows without an error of their own."""
        bad = {f.location for f in self.findings if f.severity == Level.ERROR}
        return [r for r in self.recipients
                if not any(loc.startswith(self.row_label(r.row) + ",") for loc in bad)]

    def row_label(self, row: int) -> str:
        return f"{self.path.name} row {row}"

    def finding(self, row: int, column: str, message: str, level: Level = Level.ERROR) -> None:
        self.findings.append(
            Finding(level, f"{self.row_label(row)}, column {column}", message, rule="recipients")
        )


def finding_row(finding: Finding) -> int:
    """The file's row a recipients finding is about ('customers.csv row 3, column email' -> 3)."""
    return int(finding.location.rsplit(" row ", 1)[1].split(",", 1)[0])


def safe_cell(value: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula (OWASP CSV injection)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def column_name(header: str) -> str:
    """'Lost items' -> 'lost_items': the name a `{{ recipient.* }}` field uses."""
    return re.sub(r"[^a-z0-9]+", "_", header.strip().lower()).strip("_")


def _rows_from_csv(path: Path, data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentError(path, f"not UTF-8 text (byte {error.start}); save the sheet as CSV UTF-8") \
            from None
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as error:
        raise DocumentError(path, f"not a readable CSV file ({error})") from None


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _rows_from_xlsx(path: Path, data: bytes) -> list[list[str]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        # data_only=False: a formula is read as the text it was written
        # as, never as a value some spreadsheet computed.
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as error:
        raise DocumentError(path, f"not a readable XLSX workbook ({error})") from None
    try:
        sheet = book.worksheets[0]
        rows = []
        for values in sheet.iter_rows(values_only=True):
            rows.append([_cell_text(v) for v in values])
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    finally:
        book.close()


def _time(text: str) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo is not None else None


def read_recipients(path: str | Path) -> RecipientList:
    """The rows of `path` with their findings; `DocumentError` if it cannot be read at all."""
    path = Path(path)
    # Regular files only, read without blocking (a FIFO named recipients.csv would
    # otherwise wait for a writer forever), and never more than MAX_BYTES.
    data = read_regular(path, MAX_BYTES, kind="recipients file")
    rows = _rows_from_xlsx(path, data) if path.suffix.lower() == ".xlsx" else _rows_from_csv(path, data)
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise DocumentError(path, "the file is empty; the first row names the columns (email, name, ...)")
    if len(rows) > MAX_ROWS + 1:
        raise DocumentError(path, f"more than {MAX_ROWS:,} recipients")
    columns = [column_name(h) for h in rows[0]]
    for needed in REQUIRED:
        if needed not in columns:
            raise DocumentError(path, f"no '{needed}' column; the first row must name the columns "
                                      f"({', '.join(REQUIRED)} are required)")
    result = RecipientList(path, columns)
    for index, header in enumerate(columns, start=1):
        if not _COLUMN.fullmatch(header):
            raise DocumentError(path, f"column {index} ({rows[0][index - 1]!r}) needs a name of letters, "
                                      "digits and spaces, starting with a letter")
        if header in columns[: index - 1]:
            raise DocumentError(path, f"column '{header}' appears twice")
    seen: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        cells = {c: (row[i].strip() if i < len(row) else "") for i, c in enumerate(columns)}
        result.recipients.append(_recipient(result, number, cells, seen))
    return result


def _recipient(result: RecipientList, row: int, cells: dict[str, str], seen: dict[str, int]) -> Recipient:
    for column in REQUIRED:
        if not cells[column]:
            result.finding(row, column, f"empty; every recipient needs {'an' if column == 'email' else 'a'} "
                                        f"{column}")
    for column in HEADER_COLUMNS:
        if _BREAKS.search(cells[column]):
            result.finding(row, column, "contains a line break, which could add headers to the e-mail; "
                                        "refused")
    address = cells["email"]
    if address and not _BREAKS.search(address):
        try:
            check_email(address)
        except ValueError:
            result.finding(row, "email", f"{address!r} is not an e-mail address")
        else:
            earlier = seen.setdefault(address.lower(), row)
            if earlier != row:
                result.finding(row, "email", f"{address} is also on row {earlier}; each recipient once")
    start = end = None
    for column in ("impact_start", "impact_end"):
        text = cells.get(column, "")
        if text:
            value = _time(text)
            if value is None:
                result.finding(row, column, f"{text!r} is not an ISO time with an offset, "
                                            "e.g. 2026-10-28T22:45:00-04:00")
            elif column == "impact_start":
                start = value
            else:
                end = value
    if end is not None and start is None and not cells.get("impact_start"):
        result.finding(row, "impact_start", "empty, but impact_end is given; give both or neither")
    if start and end and end < start:
        result.finding(row, "impact_end", "is before impact_start")
    return Recipient(row, cells, start, end)


def columns_used(recipients: Iterable[Recipient]) -> set[str]:
    return {c for r in recipients for c, v in r.cells.items() if v}


def recipient_from_cells(row: int, cells: dict[str, str]) -> Recipient:
    """One row as the app hands it to its render worker, its times read as the file's reader reads them."""
    known = {column: str(cells.get(column, "")) for column in REQUIRED} | {
        str(column): str(value) for column, value in cells.items()}
    return _recipient(RecipientList(Path("row"), list(known)), row, known, {})


def name_in_folder(folder: Path | None, path: Path) -> str | None:
    """How a document in `folder` names the recipients file `path` (relative, '/'-separated),
    or None when it cannot: the file is outside the folder, or its name is not one a
    document may hold (`values.check_recipients_path`)."""
    if folder is None:
        return None
    try:
        relative = path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return None
    try:
        return check_recipients_path(relative.as_posix())
    except ValueError:
        return None


def file_in_folder(folder: Path, name: str) -> Path:
    """The recipients file a document names; DocumentError if a link takes it out of the folder."""
    path = folder / name
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        raise DocumentError(path, "leads outside the document's folder; choose the file again") from None
    return path
