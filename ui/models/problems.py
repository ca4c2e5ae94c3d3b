"""Marks on table cells for the checks' findings about them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtWidgets import QApplication

from postmortem.checks import Level
from postmortem.editing import Path
from postmortem.errors import format_location
from ui.document_controller import DocumentController
from ui.models.list_model import Index


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of neighbours: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class ProblemMarks(QObject):
    """Finds the findings for each cell of a list model and shows them as icon + tooltip."""

    def __init__(self, model: QAbstractItemModel, controller: DocumentController, list_path: Path) -> None:
        super().__init__(model)
        self.model = model
        self.controller = controller
        self.prefix = format_location(list_path)
        self.by_cell: dict[tuple[int, str], list[tuple[Level, str]]] = {}
        controller.findings_changed.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        marks: dict[tuple[int, str], list[tuple[Level, str]]] = {}
        for finding in self.controller.findings:
            rest = finding.location.removeprefix(self.prefix)
            if rest == finding.location or not rest.startswith("["):
                continue
            row_text, _, field = rest[1:].partition("]")
            if row_text.isdigit():
                marks.setdefault((int(row_text), field.lstrip(".")), []).append(
                    (finding.severity, finding.message)
                )
        if marks == self.by_cell:
            return
        # Only the rows whose marks changed are repainted (their cells go through the
        # delegates again): findings arrive after every pause, and mostly about one row.
        old = self.by_cell
        changed = {row for row, _field in marks.keys() ^ old.keys()}
        changed |= {cell[0] for cell in marks.keys() & old.keys() if marks[cell] != old[cell]}
        self.by_cell = marks
        rows, columns = self.model.rowCount(), self.model.columnCount()
        for first, last in _runs(sorted(row for row in changed if row < rows)):
            if columns:
                self.model.dataChanged.emit(
                    self.model.index(first, 0),
                    self.model.index(last, columns - 1),
                    [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole],
                )

    def data(self, index: Index, role: int, field: str) -> Any:
        marks = self.by_cell.get((index.row(), field))
        if not marks:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(message[:1].upper() + message[1:] for _level, message in marks)
        if role == Qt.ItemDataRole.DecorationRole:
            # QStyle is touched with the first finding, after the first paint: a PySide6 class
            # builds all its enums when first touched (QStyle's take about 13 ms).
            from PySide6.QtWidgets import QStyle

            worst = marks[0][0]  # findings come errors first
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if worst == Level.ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            style = QApplication.style()
            return style.standardIcon(icon) if style else None
        return None
