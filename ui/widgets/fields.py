"""Field editors the standard widgets lack: zones and assets (dates are in `date_entry`)."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)


class ZoneCombo(QComboBox):
    """An editable list of IANA zone names with completion as you type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._filled = False
        completer = QCompleter(self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.fill()
        super().focusInEvent(event)

    def fill(self) -> None:
        # Listing 600 zones costs a few ms; do it when the writer first needs it.
        if self._filled:
            return
        self._filled = True
        text = self.currentText()
        self.blockSignals(True)
        self.addItems(
            [*sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/")), "UTC"]
        )
        self.setEditText(text)
        self.blockSignals(False)
        completer = self.completer()
        if completer is not None:
            completer.setModel(self.model())


class AssetPicker(QWidget):
    """An image path relative to the document's folder, chosen only from inside it."""

    value_edited = Signal()
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, what: str = "image") -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.what = what
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("logo.png, in the same folder as the document"))
        self.button = QPushButton(self.tr("Choose…"), self)
        self.button.setAccessibleName(self.tr("Choose %1").replace("%1", what))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.button.clicked.connect(self.choose)
        self.line.editingFinished.connect(self.value_edited)

    def choose(self) -> None:
        if self.folder is None:
            self.problem.emit(self.tr("Save the document first: images must sit in its folder."))
            return
        from PySide6.QtWidgets import QFileDialog  # with the first Choose…, not at start-up

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the %1").replace("%1", self.what),
            str(self.folder),
            self.tr("Images (*.png *.jpg *.jpeg *.svg *.gif *.webp)"),
        )
        if name:
            self.take(Path(name))

    def take(self, chosen: Path) -> None:
        """Use a chosen file if it lies inside the document's folder."""
        assert self.folder is not None
        try:
            relative = chosen.resolve().relative_to(self.folder.resolve())
        except ValueError:
            outside = self.tr("%1 is outside the document's folder; copy it there first.")
            self.problem.emit(outside.replace("%1", chosen.name))
            return
        self.line.setText(relative.as_posix())
        self.value_edited.emit()

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: str) -> None:
        self.line.setText(value)
