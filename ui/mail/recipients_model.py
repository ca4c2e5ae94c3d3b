"""The rows of a recipients file, with each row's problems, for the Recipients step."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from postmortem import timefmt
from postmortem.checks import Finding
from postmortem.mail.recipients import Recipient, RecipientList, finding_row
from ui.i18n.languages import translate
from ui.i18n.marks import QT_TRANSLATE_NOOP

# Problems last: the one column that may be long, stretched to the table's edge.
COLUMNS = (
    QT_TRANSLATE_NOOP("RecipientsModel", "Row"),
    QT_TRANSLATE_NOOP("RecipientsModel", "Name"),
    QT_TRANSLATE_NOOP("RecipientsModel", "E-mail"),
    QT_TRANSLATE_NOOP("RecipientsModel", "Their window"),
    QT_TRANSLATE_NOOP("RecipientsModel", "Lost items"),
    QT_TRANSLATE_NOOP("RecipientsModel", "Problems"),
)
PROBLEMS = 5
_Index = QModelIndex | QPersistentModelIndex


class RecipientsModel(QAbstractTableModel):
    def __init__(self, time_zone: str = "UTC") -> None:
        super().__init__()
        self.time_zone = time_zone
        self.recipients: RecipientList | None = None
        self._rows: list[Recipient] = []
        self._problems: dict[int, list[str]] = {}

    def set_recipients(self, recipients: RecipientList | None) -> None:
        self.beginResetModel()
        self.recipients = recipients
        self._rows = list(recipients.recipients) if recipients else []
        self._problems = {}
        if recipients is not None:
            for finding in recipients.findings:
                row = finding_row(finding)
                column = finding.location.rsplit("column ", 1)[-1]
                self._problems.setdefault(row, []).append(f"{column}: {finding.message}")
        self.endResetModel()

    def findings(self) -> list[Finding]:
        """The rows' problems as findings at `recipients[<the file's row>]`, for the customer letter:
        the step's badge and Review & export list them."""
        shown = self.recipients
        return [dataclasses.replace(f, location=f"recipients[{finding_row(f)}]", audience="customer",
                                    message=f"{f.message} ({f.location})")
                for f in (shown.findings if shown else [])]

    def index_of(self, location: str) -> int:
        """The table row a finding's `recipients[<the file's row>]` is about; -1 if none."""
        wanted = location.removeprefix("recipients[").removesuffix("]")
        return next((i for i, r in enumerate(self._rows) if str(r.row) == wanted), -1)

    def recipient(self, row: int) -> Recipient | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def problems(self, recipient: Recipient) -> list[str]:
        return self._problems.get(recipient.row, [])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("RecipientsModel", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        recipient = self.recipient(index.row())
        if recipient is None:
            return None
        problems = self.problems(recipient)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(recipient, index.column(), problems)
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problems)
        if role == Qt.ItemDataRole.ForegroundRole and problems and index.column() == PROBLEMS:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(QColor(176, 0, 32, 28))
        return None

    def _text(self, recipient: Recipient, column: int, problems: list[str]) -> str:
        if column == 0:
            return str(recipient.row)
        if column == 1:
            return recipient.name
        if column == 2:
            return recipient.email
        if column == PROBLEMS:
            return "; ".join(problems) if problems else self.tr("ready")
        if column == 3:
            start, end = recipient.impact_start, recipient.impact_end
            if start is None:
                return self.tr("as in the letter")
            starts = timefmt.table_time(start, self.time_zone)
            if end is None:
                return self.tr("%1 onwards").replace("%1", starts)
            ends = timefmt.table_time(end, self.time_zone)
            return self.tr("%1 to %2").replace("%1", starts).replace("%2", ends)
        return recipient.get("lost_items")
