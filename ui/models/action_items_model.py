"""Action items as a table, plus the sort/filter proxy the Action items step shows."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from postmortem.editing import Path
from postmortem.i18n.labels import category_label, status_label
from postmortem.model import ActionItem, ActionStatus, Category, Priority
from ui.document_controller import DocumentController
from ui.i18n.languages import value_names
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.models.list_model import Column, DocumentListModel, Index
from ui.models.problems import ProblemMarks

ITEMS: Path = ("action_items", "items")
TITLE, OWNER, DUE, PRIORITY, CATEGORY, STATUS, TRACKER, PROMISED = range(8)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2
_CHOICES: dict[int, type[enum.Enum]] = {PRIORITY: Priority, CATEGORY: Category, STATUS: ActionStatus}


class ActionItemsModel(DocumentListModel):
    """The document's action items, one row each, in the writer's order."""

    columns = (
        Column(
            "title",
            QT_TRANSLATE_NOOP("Columns", "Action"),
            tooltip=QT_TRANSLATE_NOOP("Columns", "What will be done, as a short imperative"),
        ),
        Column(
            "owner",
            QT_TRANSLATE_NOOP("Columns", "Owner"),
            tooltip=QT_TRANSLATE_NOOP("Columns", "One named person, not a team"),
        ),
        Column(
            "due",
            QT_TRANSLATE_NOOP("Columns", "Due"),
            tooltip=QT_TRANSLATE_NOOP("Columns", "When it will be done"),
        ),
        Column("priority", QT_TRANSLATE_NOOP("Columns", "Priority")),
        Column(
            "category",
            QT_TRANSLATE_NOOP("Columns", "Category"),
            tooltip=QT_TRANSLATE_NOOP("Columns", "Prevent, detect, mitigate, or improve the process"),
        ),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status")),
        Column(
            "tracker",
            QT_TRANSLATE_NOOP("Columns", "Tracker link"),
            tooltip=QT_TRANSLATE_NOOP("Columns", "https:// link to the ticket"),
        ),
        Column(
            "customer_promised",
            QT_TRANSLATE_NOOP("Columns", "Promised"),
            tooltip=QT_TRANSLATE_NOOP("Columns", "Promised to customers: the letter lists it"),
        ),
    )
    editor_kinds = ("text", "text", "date", "choice", "choice", "choice", "text", "check")

    def __init__(
        self, controller: DocumentController, parent: Any = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(controller, ITEMS, parent)
        self._today = today
        self.problems = ProblemMarks(self, controller, ITEMS)
        self._names = {CATEGORY: value_names(category_label), STATUS: value_names(status_label)}

    def shown(self, column: int, value: Any) -> str:
        """A cell's value as the table shows it: categories and statuses in the interface's words."""
        text = str(getattr(value, "value", value))
        name = self._names.get(column)
        return name(text) if name else text

    @property
    def today(self) -> dt.date:
        return self._today or self.controller.today or dt.date.today()

    def starting_value(self, column: int) -> dt.date:
        """Where typing into an empty due date starts: the write-up's date, else today."""
        return self.controller.document.meta.date or self.today

    def choices(self, column: int) -> list[tuple[str, Any]]:
        kind = _CHOICES.get(column)
        return [(self.shown(column, member), member) for member in kind] if kind else []

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == PROMISED:
            flags = (flags | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item: ActionItem = self.item(index.row())
        column = index.column()
        value = getattr(item, self.columns[column].field)
        overdue = item.is_overdue(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PROMISED:
                return None
            if column == DUE:
                if value is None:
                    return "—"
                return value.isoformat()  # overdue rows are tinted, the date bold with a warning icon
            if column == TRACKER and value:
                # The ticket id says enough in a narrow column; the tooltip has the link.
                return value.rstrip("/").rsplit("/", 1)[-1] or value
            return self.shown(column, value) if column in self._names else getattr(value, "value", value)
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, TRACKER) and value:
            return value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == SORT_ROLE:
            if column == DUE:
                return value.isoformat() if value else "9999"
            if column == PROMISED:
                return int(value)
            return str(getattr(value, "value", value)).lower()
        if role == OVERDUE_ROLE:
            return overdue
        if role == Qt.ItemDataRole.CheckStateRole and column == PROMISED:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and column == PROMISED:
            return "promised to customers" if value else "not promised"
        if overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_overdue_tint())
        if overdue and column == DUE and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if overdue and column == DUE and role == Qt.ItemDataRole.DecorationRole:
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style else None
        if overdue and column == DUE and role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("%1, overdue").replace("%1", value.isoformat())
        if overdue and column == DUE and role == Qt.ItemDataRole.ToolTipRole:
            overdue_tip = self.tr("Overdue: due %1 and still %2")
            return overdue_tip.replace("%1", value.isoformat()).replace("%2", self.shown(STATUS, item.status))
        return self.problems.data(index, role, self.columns[column].field)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and role == Qt.ItemDataRole.CheckStateRole and index.column() == PROMISED:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return (
                self.controller.set_value(
                    (*ITEMS, index.row(), "customer_promised"), checked, mergeable=False
                )
                is None
            )
        return super().setData(index, value, role)

    def from_editor(self, column: int, value: Any) -> Any:
        enum = _CHOICES.get(column)
        if enum is not None and not isinstance(value, enum):
            return enum(str(value))
        if column == DUE and isinstance(value, dt.datetime):
            return value.date()
        return value

    def add_item(self, title: str = "") -> int:
        row = self.rowCount()
        self.controller.insert_item(ITEMS, row, ActionItem(title=title), text=self.tr("Add action item"))
        return row

    def delete_item(self, row: int) -> None:
        self.controller.remove_item(ITEMS, row, text=self.tr("Delete action item"))

    def overdue_count(self) -> int:
        return sum(item.is_overdue(self.today) for item in self.items())


def _overdue_tint() -> QColor:
    # A quiet tint that reads on light and dark palettes alike.
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    warm = QColor(220, 60, 40)
    mix = 0.16 if base.lightness() > 128 else 0.30
    return QColor(
        round(base.red() * (1 - mix) + warm.red() * mix),
        round(base.green() * (1 - mix) + warm.green() * mix),
        round(base.blue() * (1 - mix) + warm.blue() * mix),
    )


class ActionItemsFilter(QSortFilterProxyModel):
    """Sorts by any column and filters by words and by a status view."""

    VIEWS = (  # the filter's keys, shown translated
        QT_TRANSLATE_NOOP("ActionItemsFilter", "All items"),
        QT_TRANSLATE_NOOP("ActionItemsFilter", "Open"),
        QT_TRANSLATE_NOOP("ActionItemsFilter", "Overdue"),
        QT_TRANSLATE_NOOP("ActionItemsFilter", "Promised to customers"),
    )

    def __init__(self, source: ActionItemsModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setDynamicSortFilter(True)
        self._view = "All items"

    def set_view(self, view: str) -> None:
        # Qt 6.9 replaced invalidateFilter() with a begin/end pair.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._view = view
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._view = view
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        if not isinstance(source, ActionItemsModel) or source_row >= source.rowCount():
            return False
        item: ActionItem = source.item(source_row)
        if self._view == "Open" and not item.status.is_open:
            return False
        if self._view == "Overdue" and not item.is_overdue(source.today):
            return False
        if self._view == "Promised to customers" and not item.customer_promised:
            return False
        return super().filterAcceptsRow(source_row, source_parent)
