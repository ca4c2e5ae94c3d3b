"""File ▸ Versions: the earlier versions of the open document, to read or restore.

Each save keeps the version it replaces (the last 20, in the user data
folder). "Open Read-Only" shows a version in its own window; "Restore"
makes the document say what the version says, as one step Edit ▸ Undo
takes back.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postmortem.workspace.versions import Version
from ui import style
from ui.models.versions_model import VersionsModel


class VersionsDialog(QDialog):
    """Lists versions; emits the one to open or restore."""

    open_requested = Signal(object)  # Version
    restore_requested = Signal(object)

    def __init__(self, title: str, versions: list[Version], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Versions of “%1”").replace("%1", title))
        self.setObjectName("versions-dialog")
        intro = QLabel(
            self.tr(
                "Each save keeps the version it replaces (the last 20). Open one to read it, or restore "
                "it: restoring is one step that Edit ▸ Undo takes back."
            ),
            self,
        )
        intro.setWordWrap(True)
        style.set_role(intro, "guide")
        self.model = VersionsModel(versions, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Versions"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.view.doubleClicked.connect(lambda _index: self._emit(self.open_requested))
        self.empty = QLabel(self.tr("No earlier versions yet: one is kept each time you save."), self)
        style.set_role(self.empty, "hint")
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("Open Read-Only"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.restore_button.clicked.connect(lambda: self._emit(self.restore_requested))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self.resize(520, 420)
        self.set_versions(versions)

    def set_versions(self, versions: list[Version]) -> None:
        self.model.set_versions(versions)
        self.empty.setVisible(not versions)
        self.view.setVisible(bool(versions))
        if versions:
            self.select(0)
        self._update()

    def select(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )

    def selected(self) -> Version | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.version(rows[0].row()) if rows else None

    def _emit(self, signal: SignalInstance) -> None:
        version = self.selected()
        if version is not None:
            signal.emit(version)

    def _update(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen)
