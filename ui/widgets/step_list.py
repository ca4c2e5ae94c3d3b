"""The step list on the left: each step's name and its state, drawn from the checks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui import style
from ui.i18n.languages import step_title
from ui.step_state import STEPS, State

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent

STATE_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
_COLOURS = {
    State.EMPTY: QColor(140, 140, 140),
    State.IN_PROGRESS: QColor(52, 120, 200),
    State.COMPLETE: QColor(40, 150, 90),
    State.PROBLEMS: QColor(214, 110, 20),
}


def _visual(direction: Qt.LayoutDirection, bounds: QRect, rect: QRect) -> QRect:
    """`rect`, laid out left to right inside `bounds`, mirrored for a right-to-left interface
    (what `QStyle.visualRect` does)."""
    if direction != Qt.LayoutDirection.RightToLeft:
        return rect
    return QRect(bounds.right() - rect.right() + bounds.left(), rect.y(), rect.width(), rect.height())


class StepDelegate(QStyledItemDelegate):
    """Paints a state badge, the step's name and a one-line state underneath.

    Selected and hovered come from the list itself rather than from `option.state`: that
    value is a `QStyle.StateFlag`, and the first touch of QStyle builds all its enums (about
    13 ms), which the window's first paint need not pay."""

    def __init__(self, steps: StepList) -> None:
        super().__init__(steps)
        self.steps = steps

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(180, height * 2 + 18)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        selected = self.steps.selectionModel().isSelected(index)
        rect = option.rect.adjusted(6, 2, -6, -2)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(rect, 6, 6)
        elif index.row() == self.steps.hovered_row:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(rect, 6, 6)
        state = State(index.data(STATE_ROLE) or State.EMPTY)
        colour = _COLOURS[state]
        # Laid out left to right, then mirrored for a right-to-left interface (Arabic).
        badge = QRect(rect.left() + 10, rect.center().y() - 8, 16, 16)
        badge = _visual(option.direction, rect, badge)
        _badge(painter, badge, state, colour, palette.color(QPalette.ColorRole.Base))
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        font = QFont(option.font)
        font.setBold(selected)
        painter.setFont(font)
        painter.setPen(text_colour)
        line = option.fontMetrics.height()
        text_rect = QRect(rect.left() + 37, rect.top() + 6, rect.width() - 48, line + 2)
        text_rect = _visual(option.direction, rect, text_rect)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            index.data(Qt.ItemDataRole.DisplayRole),
        )
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        painter.setFont(small)
        detail = QColor(text_colour)
        detail.setAlphaF(0.72)
        painter.setPen(detail)
        painter.drawText(
            text_rect.translated(0, line + 1),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            index.data(DETAIL_ROLE) or "",
        )
        painter.restore()


def _badge(painter: QPainter, rect: QRect, state: State, colour: QColor, base: QColor) -> None:
    if state == State.EMPTY:
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if state == State.IN_PROGRESS:
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPie(rect.adjusted(1, 1, -1, -1), 90 * 16, -180 * 16)
        return
    painter.drawEllipse(rect)
    pen = QPen(base, 2.0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    x, y = rect.left(), rect.top()
    if state == State.COMPLETE:
        painter.drawPolyline(
            [
                QPointF(rect.topLeft()) + _p(4.5, 8.5),
                QPointF(rect.topLeft()) + _p(7, 11),
                QPointF(rect.topLeft()) + _p(11.5, 5.5),
            ]
        )
    else:
        painter.drawLine(x + 8, y + 4, x + 8, y + 9)
        painter.drawPoint(x + 8, y + 12)


def _p(x: float, y: float) -> QPointF:
    return QPointF(x, y)


class StepList(QListWidget):
    """The guided steps; selecting one shows it. States update as the writer types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step-list")
        style.decorate(self)
        self.setAccessibleName(self.tr("Steps"))
        self.hovered_row = -1
        self.setItemDelegate(StepDelegate(self))
        self.setMouseTracking(True)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for step in STEPS:
            item = QListWidgetItem(step_title(step))
            item.setData(STATE_ROLE, State.EMPTY.value)
            self.addItem(item)
        self.setMinimumWidth(190)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self._hover(self.indexAt(event.position().toPoint()).row())

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._hover(-1)

    def _hover(self, row: int) -> None:
        if row != self.hovered_row:
            self.hovered_row = row
            self.viewport().update()

    def set_state(self, row: int, state: State, detail: str, tooltip: str = "") -> None:
        """`detail` is the short line under the title; `tooltip` (default: the same) says more."""
        item = self.item(row)
        tooltip = f"{item.text()}: {tooltip or detail}"
        shown = (item.data(STATE_ROLE), item.data(DETAIL_ROLE), item.toolTip())
        if shown != (state.value, detail, tooltip):
            item.setData(STATE_ROLE, state.value)
            item.setData(DETAIL_ROLE, detail)
            item.setToolTip(tooltip)
            # Screen readers read the name and the state together.
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{item.text()}, {tooltip.split(': ', 1)[1]}")
