"""A table or list with the buttons that edit it, and a line for refused edits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import style
from ui.models.list_model import DocumentListModel
from ui.widgets.delegates import FieldDelegate


class TableEditor(QWidget):
    """A QTableView over a document list model, with its action buttons above it."""

    def __init__(
        self,
        model: QAbstractItemModel,
        name: str,
        parent: QWidget | None = None,
        *,
        stretch_column: int = -1,
        min_rows: int = 3,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setAccessibleName(name)
        self.view.setItemDelegate(FieldDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(stretch_column == -1)
        if stretch_column >= 0:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        rows = min_rows + 1
        self.view.setMinimumHeight(self.view.verticalHeader().defaultSectionSize() * rows + 8)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        style.set_level(self.message, "error")
        self.message.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view)
        layout.addWidget(self.message)
        source = model
        while hasattr(source, "sourceModel"):
            source = source.sourceModel()
        if isinstance(source, DocumentListModel):
            source.edit_refused.connect(self.show_problem)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        model.rowsInserted.connect(self._update_buttons)
        model.rowsRemoved.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        self._row_buttons: list[tuple[QPushButton, Callable[[int], bool]]] = []
        self._all_buttons: list[QPushButton] = []
        self.read_only = False

    def add_button(
        self,
        text: str,
        slot: Callable[[], object],
        *,
        tip: str = "",
        needs_row: Callable[[int], bool] | None = None,
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("…", ""))
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        self._all_buttons.append(button)
        if needs_row is not None:
            self._row_buttons.append((button, needs_row))
            button.setEnabled(False)
        return button

    def set_read_only(self, read_only: bool = True) -> None:
        """A read-only copy: rows can be read and selected, not edited, added or removed."""
        self.read_only = read_only
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        for button in self._all_buttons:
            button.setEnabled(False)

    def finish_buttons(self, extra: QWidget | None = None) -> None:
        self.buttons.addStretch(1)
        if extra is not None:
            self.buttons.addWidget(extra)

    def current_row(self) -> int | None:
        """The selected row in the source model's numbering."""
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        model = self.model
        while isinstance(model, QAbstractProxyModel):
            index = model.mapToSource(index)
            model = model.sourceModel()
        return index.row()

    def select_source_row(self, row: int, column: int = 0, *, edit: bool = False) -> None:
        model = self.model
        chain: list[QAbstractProxyModel] = []
        while isinstance(model, QAbstractProxyModel):
            chain.append(model)
            model = model.sourceModel()
        index = model.index(row, column)
        for proxy in reversed(chain):
            index = proxy.mapFromSource(index)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        self.view.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if edit:
            self.view.edit(index)

    def show_problem(self, text: str) -> None:
        self.message.setText(text[:1].upper() + text[1:] if text else "")
        self.message.setVisible(bool(text))

    def _update_buttons(self) -> None:
        row = self.current_row()
        for button, allowed in self._row_buttons:
            button.setEnabled(row is not None and allowed(row) and not self.read_only)
        if self.message.isVisible():
            self.message.setVisible(False)
