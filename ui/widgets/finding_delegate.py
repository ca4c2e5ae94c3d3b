"""Draws one finding as a small card: severity icon, the message, where it is, what to do."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.models.findings_model import SUGGESTION_ROLE, WHERE_ROLE

_PAD = 8
_ICON = 20


class FindingDelegate(QStyledItemDelegate):
    """Three lines: the message (bold), its location (muted), the suggestion (if any)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        lines = 3 if index.data(SUGGESTION_ROLE) else 2
        height = QFontMetrics(option.font).lineSpacing() * lines + 2 * _PAD + 2
        return QSize(400, max(height, _ICON + 2 * _PAD))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        # The style draws the background, selection and focus frame; the text is ours.
        option.text = ""
        option.icon = QIcon()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(rect.left(), rect.top(), _ICON, _ICON))
        text = rect.adjusted(_ICON + _PAD, 0, 0, 0)
        line = QFontMetrics(option.font).lineSpacing()
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        rows: list[tuple[str, QFont, QPalette.ColorRole, bool]] = [
            (str(index.data(Qt.ItemDataRole.DisplayRole) or ""), bold, text_role, False),
            (str(index.data(WHERE_ROLE) or ""), option.font, text_role, not selected),
        ]
        if index.data(SUGGESTION_ROLE):
            rows.append((str(index.data(SUGGESTION_ROLE)), option.font, text_role, False))
        for number, (words, font, role, muted) in enumerate(rows):
            painter.setFont(font)
            colour = QColor(palette.color(QPalette.ColorGroup.Active, role))
            if muted:
                colour.setAlphaF(0.62)
            painter.setPen(colour)
            box = QRect(text.left(), text.top() + number * line, text.width(), line)
            elided = QFontMetrics(font).elidedText(words, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.restore()
