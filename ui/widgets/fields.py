"""Field editors the standard widgets lack: optional dates and times, zones, assets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from postmortem import timefmt

_NOT_SET = QDateTime(QDate(1900, 1, 1), QTime(0, 0))


class OptionalDateTimeEdit(QWidget):
    """A date-time in a named zone, or nothing ("Not set"); the zone is shown beside it."""

    value_edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, date_only: bool = False) -> None:
        super().__init__(parent)
        self.date_only = date_only
        self.zone_name = "UTC"
        self.edit: QDateTimeEdit = QDateEdit(self) if date_only else QDateTimeEdit(self)
        self.edit.setDisplayFormat("yyyy-MM-dd" if date_only else "yyyy-MM-dd HH:mm")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(_NOT_SET)
        self.edit.setSpecialValueText("Not set")
        self.edit.setDateTime(_NOT_SET)
        self.zone = QLabel(self)
        self.zone.setProperty("role", "hint")
        self.clear_button = QToolButton(self)
        self.clear_button.setText("Clear")
        self.clear_button.setAccessibleName("Clear")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self._clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.zone)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._finished)
        self.edit.dateTimeChanged.connect(self._picked)
        self.edit.installEventFilter(self)
        self._placeholder: QDateTime | None = None
        calendar = self.edit.calendarWidget()
        if calendar is not None:
            # Picking a day is an edit even if focus never leaves the field.
            calendar.clicked.connect(lambda _day: self.value_edited.emit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # "Not set" cannot be typed over; on entering an unset field show a
        # starting value to type over, and take it back if nothing is typed.
        if watched is self.edit and event.type() == QEvent.Type.FocusIn and self.value() is None:
            start = QDateTime(QDate.currentDate(), QTime(0, 0))
            self._placeholder = start
            self.edit.blockSignals(True)
            self.edit.setDateTime(start)
            self.edit.blockSignals(False)
        return False

    def _finished(self) -> None:
        if self._placeholder is not None and self.edit.dateTime() == self._placeholder:
            self.edit.blockSignals(True)
            self.edit.setDateTime(_NOT_SET)
            self.edit.blockSignals(False)
            self._placeholder = None
            return
        self._placeholder = None
        self.value_edited.emit()

    def _picked(self) -> None:
        # Leaving "Not set" by the calendar or arrow keys: start from today, not 1900.
        if self.edit.dateTime() != _NOT_SET and self.edit.date().year() == 1900:
            self.edit.setDate(QDate.currentDate())
        self._update_zone()

    def _clear(self) -> None:
        self.edit.setDateTime(_NOT_SET)
        self.value_edited.emit()

    def set_zone(self, name: str) -> None:
        self.zone_name = name
        self._update_zone()

    def _update_zone(self) -> None:
        value = self.value()
        if self.date_only:
            self.zone.setText("")
        elif isinstance(value, dt.datetime):
            self.zone.setText(timefmt.zone_label(value, self.zone_name))
        else:
            self.zone.setText(self.zone_name)

    def value(self) -> dt.datetime | dt.date | None:
        moment = self.edit.dateTime()
        if moment == _NOT_SET or moment.date() == _NOT_SET.date():
            return None
        day = moment.date()
        if self.date_only:
            return dt.date(day.year(), day.month(), day.day())
        time = moment.time()
        naive = dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        return naive.replace(tzinfo=timefmt.zone(self.zone_name))

    def set_value(self, value: dt.datetime | dt.date | None) -> None:
        self.edit.blockSignals(True)
        if value is None:
            self.edit.setDateTime(_NOT_SET)
        elif isinstance(value, dt.datetime):
            local = timefmt.localise(value, self.zone_name)
            self.edit.setDateTime(
                QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
            )
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.edit.blockSignals(False)
        self._update_zone()


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

    def focusInEvent(self, event: object) -> None:  # type: ignore[override]
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
        self.completer().setModel(self.model())


class AssetPicker(QWidget):
    """An image path relative to the document's folder, chosen only from inside it."""

    value_edited = Signal()
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, what: str = "image") -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.what = what
        self.line = QLineEdit(self)
        self.line.setPlaceholderText("logo.png, in the same folder as the document")
        self.button = QPushButton("Choose…", self)
        self.button.setAccessibleName(f"Choose {what}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.button.clicked.connect(self.choose)
        self.line.editingFinished.connect(self.value_edited)

    def choose(self) -> None:
        if self.folder is None:
            self.problem.emit("Save the document first: images must sit in its folder.")
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            f"Choose the {self.what}",
            str(self.folder),
            "Images (*.png *.jpg *.jpeg *.svg *.gif *.webp)",
        )
        if name:
            self.take(Path(name))

    def take(self, chosen: Path) -> None:
        """Use a chosen file if it lies inside the document's folder."""
        assert self.folder is not None
        try:
            relative = chosen.resolve().relative_to(self.folder.resolve())
        except ValueError:
            self.problem.emit(f"{chosen.name} is outside the document's folder; copy it there first.")
            return
        self.line.setText(relative.as_posix())
        self.value_edited.emit()

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: str) -> None:
        self.line.setText(value)
