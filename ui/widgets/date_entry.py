"""A date or date-time editor that takes what people type and paste.

Qt's `QDateTimeEdit` ignores a digit typed into a part that is already full
(click into "2026", type "2011": nothing happens), ignores digits typed over
the whole selected text, and after a part fills up and it moves on by itself,
a typed "-" or ":" skips the next part too. `DateTimeEntry` fixes these in
`keyPressEvent`, reads pasted ISO 8601 text, and, when optional, shows
"Not set" until the writer types, steps, picks or pastes a value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QToolTip,
    QWidget,
)

from postmortem import timefmt
from ui import style
from ui.i18n.languages import interface_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCalendarWidget  # Qt makes the popup when it first opens

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCalendarWidget  # Qt makes the popup when it first opens

NOT_SET = QDateTime(QDate(1900, 1, 1), QTime(0, 0))
DATE_FORMAT = "yyyy-MM-dd"
DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"
_SEPARATORS = set("-/.: T")
_DIGITS = set("0123456789")
_PLAIN_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COMMAND_KEYS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


def read_moment(text: str, zone_name: str) -> dt.datetime | dt.date | None:
    """ISO 8601 text as a date, or as a naive date-time on `zone_name`'s clock; None if unreadable.

    "2011-10-27" is a date; "2011-10-27 04:00" and "2011-10-27T04:00" are read on the
    zone's clock; "2011-10-27T04:00:00-04:00" and "...Z" name their instant, which is
    shown on the zone's clock.
    """
    text = text.strip()
    try:
        if _PLAIN_DATE.fullmatch(text):
            return dt.date.fromisoformat(text)
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = timefmt.localise(moment, zone_name).replace(tzinfo=None)
    return moment.replace(second=0, microsecond=0)


def to_qdatetime(value: dt.datetime | dt.date) -> QDateTime:
    if isinstance(value, dt.datetime):
        return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QDateTime(QDate(value.year, value.month, value.day), QTime(0, 0))


def today_at_midnight() -> QDateTime:
    return QDateTime(QDate.currentDate(), QTime(0, 0))


class DateTimeEntry(QDateTimeEdit):
    """`yyyy-MM-dd` or `yyyy-MM-dd HH:mm`, typed part by part or pasted whole; optionally empty."""

    cleared = Signal()  # the writer emptied an optional value (Delete over it, or Clear in the menu)
    day_picked = Signal()  # the writer picked a day in the calendar

    def __init__(
        self, parent: QWidget | None = None, *, date_only: bool = False, optional: bool = False
    ) -> None:
        super().__init__(parent)
        self.date_only = date_only
        self.optional = optional
        self.zone_name = "UTC"  # pasted instants with an offset are shown on this zone's clock
        # Where typing, the arrow keys and the calendar start from when the value is not set.
        self.starting_value: Callable[[], QDateTime] = today_at_midnight
        self._moved_on = False  # Qt left a part that filled up; the next separator is already typed
        self._typed = ""  # digits typed into the current part since it was selected
        self._before = self.dateTime()  # the value before typing into a selected part began
        # ISO dates read left to right in every language; under a right-to-left interface Qt
        # reverses the parts of the format it is given next (06-11-2026).
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setDisplayFormat(DATE_FORMAT if date_only else DATE_TIME_FORMAT)
        self.setCalendarPopup(True)
        example = "2011-10-27" if date_only else "2011-10-27 04:00"
        tip = self.tr("Type or paste a date such as %1.").replace("%1", example)
        if optional:
            self.setMinimumDateTime(NOT_SET)
            self.setSpecialValueText(self.tr("Not set"))
            self.setDateTime(NOT_SET)
            tip += self.tr(" Select all and press Delete to empty it.")
        self.setToolTip(tip)
        # The calendar (a popup of some forty widgets) is made when it first opens: a form's
        # date fields are on screen at start-up, their calendars seldom.
        self._calendar: QCalendarWidget | None = None

    # ------------------------------------------------------------ value

    def is_unset(self) -> bool:
        return self.optional and self.date() == NOT_SET.date()

    def clear_value(self) -> None:
        if self.optional and not self.is_unset():
            self.setDateTime(NOT_SET)
            self.cleared.emit()

    def take(self, value: dt.datetime | dt.date) -> None:
        """Show a date, or a date-time; a bare date keeps the time of day already shown."""
        current = self.starting_value() if self.is_unset() else self.dateTime()
        moment = to_qdatetime(value)
        if not isinstance(value, dt.datetime):
            moment.setTime(current.time())
        self.setDateTime(moment)

    # ------------------------------------------------------------ typing

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        line = self.lineEdit()
        whole = line.hasSelectedText() and line.selectedText() == line.text()
        if self.optional and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and whole:
            self.clear_value()
            return
        text = event.text()
        plain = not event.modifiers() & _COMMAND_KEYS
        if plain and text and text in _DIGITS:
            self._ready_for_digit()
            before = self.currentSection()
            if line.hasSelectedText():
                self._typed, self._before = "", self.dateTime()
            super().keyPressEvent(event)
            self._moved_on = self.currentSection() != before
            self._typed = "" if self._moved_on else self._typed + text
            return
        if plain and text == ":" and self._typed_a_time_over_the_date():
            return
        skip = plain and text and text in _SEPARATORS and self._moved_on
        self._moved_on, self._typed = False, ""
        if not skip:
            super().keyPressEvent(event)

    def _typed_a_time_over_the_date(self) -> bool:
        """'04:' typed over the whole text (a table cell opened by typing) sets the hour, not year 4."""
        if self.date_only or self.currentSection() != QDateTimeEdit.Section.YearSection:
            return False
        if not 1 <= len(self._typed) <= 2 or int(self._typed) > 23:
            return False
        kept = self._before
        self.setDateTime(QDateTime(kept.date(), QTime(int(self._typed), kept.time().minute())))
        self.setSelectedSection(QDateTimeEdit.Section.MinuteSection)
        self._moved_on, self._typed = False, ""
        return True

    def _ready_for_digit(self) -> None:
        """Select the part a typed digit should replace, as Qt does only after Tab."""
        line = self.lineEdit()
        if self.is_unset():
            self.setDateTime(self.starting_value())
            self.setSelectedSection(self.sectionAt(0))
            return
        if line.hasSelectedText():
            start = line.selectionStart()
            if len(line.selectedText()) > len(self.sectionText(self.currentSection())):
                # Over several parts (or all): start again from the first selected part.
                index = sum(1 for c in line.text()[:start] if c not in _DIGITS)
                self.setSelectedSection(self.sectionAt(index))
            return
        section = self.currentSection()
        full = 4 if section == QDateTimeEdit.Section.YearSection else 2
        if len(self.sectionText(section)) >= full:
            self.setSelectedSection(section)

    def stepBy(self, steps: int) -> None:
        if self.is_unset():
            self.setDateTime(self.starting_value())
            return
        super().stepBy(steps)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.is_unset():
            return (
                QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
                | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
            )
        return super().stepEnabled()

    # ------------------------------------------------------------ pasting

    def paste(self) -> bool:
        """Take the clipboard's ISO date or date-time; say what is expected if it holds none."""
        clipboard = QGuiApplication.clipboard()
        value = read_moment(clipboard.text() if clipboard else "", self.zone_name)
        if value is None:
            example = "2011-10-27" if self.date_only else "2011-10-27 04:00"
            QToolTip.showText(
                self.mapToGlobal(self.rect().bottomLeft()),
                self.tr("The clipboard holds no date. Paste one such as %1.").replace("%1", example),
                self,
            )
            return False
        if self.date_only and isinstance(value, dt.datetime):
            value = value.date()
        self.take(value)
        return True

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.lineEdit().createStandardContextMenu()
        if menu is None:
            return
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                action.triggered.disconnect()
                action.triggered.connect(self.paste)
                clipboard = QGuiApplication.clipboard()
                action.setEnabled(bool(clipboard and clipboard.text()))
        if self.optional:
            menu.addSeparator()
            clear = menu.addAction(self.tr("Clear"))
            clear.setEnabled(not self.is_unset())
            clear.triggered.connect(self.clear_value)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # ------------------------------------------------------------ calendar

    def calendarWidget(self) -> QCalendarWidget:
        """The calendar popup, made (by Qt) and wired the first time it is asked for."""
        calendar = super().calendarWidget()
        if self._calendar is not calendar:
            self._calendar = calendar
            calendar.installEventFilter(self)
            calendar.clicked.connect(lambda _day: self.day_picked.emit())
        return calendar

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A press on the arrow opens the calendar, which Qt makes then: wire it first.
        if self.calendarPopup() and not self.isReadOnly():
            self.calendarWidget()
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty date's calendar opens at the starting month, not January 1900.
        if watched is self._calendar and event.type() == QEvent.Type.Show and self.is_unset():
            start = self.starting_value().date()
            self.calendarWidget().setCurrentPage(start.year(), start.month())
        return False


class OptionalDateTimeEdit(QWidget):
    """A form field: a date-time in a named zone (shown beside it), or a date, or nothing."""

    value_edited = Signal()  # the writer left the field, picked a day or pasted
    value_cleared = Signal()  # the writer emptied it (Clear, or Delete over the whole text)

    def __init__(self, parent: QWidget | None = None, *, date_only: bool = False) -> None:
        super().__init__(parent)
        self.date_only = date_only
        self.zone_name = "UTC"
        self.start: Callable[[], dt.datetime | dt.date | None] = lambda: None
        self.edit = DateTimeEntry(self, date_only=date_only, optional=True)
        self.edit.starting_value = self._starting_value
        self.zone = QLabel(self)
        style.set_role(self.zone, "hint")
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clear_button.clicked.connect(self.edit.clear_value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.zone)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self.value_edited)
        self.edit.cleared.connect(self.value_cleared)
        self.edit.dateTimeChanged.connect(self._changed)
        # Picking a day is an edit even if focus never leaves the field.
        self.edit.day_picked.connect(self.value_edited)
        self._changed()

    def _starting_value(self) -> QDateTime:
        start = self.start()
        if isinstance(start, dt.datetime):
            return to_qdatetime(timefmt.localise(start, self.zone_name))
        if isinstance(start, dt.date):
            return to_qdatetime(start)
        return today_at_midnight()

    def _changed(self) -> None:
        self.clear_button.setEnabled(not self.edit.is_unset())
        self._update_zone()

    def set_zone(self, name: str) -> None:
        self.zone_name = name
        self.edit.zone_name = name
        self._update_zone()

    def _update_zone(self) -> None:
        value = self.value()
        if self.date_only:
            self.zone.setText("")
        elif isinstance(value, dt.datetime):
            # In the interface's words, as the app's other names for the document's values.
            self.zone.setText(timefmt.zone_label(value, self.zone_name, interface_language().code))
        else:
            self.zone.setText(self.zone_name)

    def value(self) -> dt.datetime | dt.date | None:
        if self.edit.is_unset():
            return None
        moment = self.edit.dateTime()
        day = moment.date()
        if self.date_only:
            return dt.date(day.year(), day.month(), day.day())
        time = moment.time()
        naive = dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        return naive.replace(tzinfo=timefmt.zone(self.zone_name))

    def set_value(self, value: dt.datetime | dt.date | None) -> None:
        self.edit.blockSignals(True)
        if value is None:
            self.edit.setDateTime(NOT_SET)
        elif isinstance(value, dt.datetime):
            self.edit.setDateTime(to_qdatetime(timefmt.localise(value, self.zone_name)))
        else:
            self.edit.setDateTime(to_qdatetime(value))
        self.edit.blockSignals(False)
        self._changed()
