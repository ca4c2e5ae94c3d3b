"""Small tables of records: people (authors, reviewers) and the five whys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from postmortem.editing import Path
from postmortem.model import Person, Why
from ui.document_controller import DocumentController
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.models.list_model import Column, DocumentListModel, Index
from ui.models.problems import ProblemMarks


class RecordModel(DocumentListModel):
    """Rows of a list of pydantic records, one text column per field."""

    def __init__(self, controller: DocumentController, list_path: Path, parent: Any = None) -> None:
        super().__init__(controller, list_path, parent)
        self.problems = ProblemMarks(self, controller, list_path)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.value(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value).replace("\n", " ")
        if role == Qt.ItemDataRole.EditRole:
            return value
        return self.problems.data(index, role, self.columns[index.column()].field)

    def from_editor(self, column: int, value: Any) -> Any:
        return str(value)


class PeopleModel(RecordModel):
    """Authors or reviewers: name, job title, e-mail and a short bio."""

    columns = (
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name")),
        Column(
            "title",
            QT_TRANSLATE_NOOP("Columns", "Job title"),
            tooltip=QT_TRANSLATE_NOOP("Columns", "Printed under the signer's name in the letter"),
        ),
        Column("email", QT_TRANSLATE_NOOP("Columns", "E-mail")),
        Column(
            "bio",
            QT_TRANSLATE_NOOP("Columns", "Short bio"),
            tooltip=QT_TRANSLATE_NOOP(
                "Columns", "Printed under the letter when the signer's bio is included"
            ),
        ),
    )

    def add_person(self) -> int:
        row = self.rowCount()
        text = self.tr("Add author") if self.list_path[-1] == "authors" else self.tr("Add reviewer")
        self.controller.insert_item(self.list_path, row, Person(), text=text)
        return row


class WhysModel(RecordModel):
    """The five whys: each row asks why the previous answer happened."""

    columns = (
        Column("question", QT_TRANSLATE_NOOP("Columns", "Why?")),
        Column("answer", QT_TRANSLATE_NOOP("Columns", "Because…")),
    )

    def ask_why(self) -> int:
        """Add the next "why?" row; the writer rewrites it from the previous answer."""
        row = self.rowCount()
        question = "Why?" if row else "Why did it happen?"
        self.controller.insert_item(self.list_path, row, Why(question=question), text=self.tr("Ask why"))
        return row
