"""A plain-text Markdown editor with formatting shortcuts, spelling and a word count."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeySequence,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QMenu, QPlainTextEdit, QToolTip, QVBoxLayout, QWidget

from postmortem.checks import Finding
from postmortem.text import word_count
from ui import style
from ui.i18n.languages import translate
from ui.widgets.finding_marks import FindingMarks
from ui.widgets.spelling import WORD, SpellDictionary, SpellHighlighter


class MarkdownEdit(QPlainTextEdit):
    """Plain text with Ctrl+B, Ctrl+I, Ctrl+Shift+L (list) and Ctrl+K (link).

    Its own undo history is off: every change goes to the window's undo
    stack through the field binding, so Ctrl+Z undoes the same steps
    whichever widget has focus.
    """

    editing_finished = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, rows: int = 4, dictionary: SpellDictionary | None = None
    ) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._rows = rows
        self.highlighter = SpellHighlighter(self.document(), dictionary) if dictionary else None
        self.document().contentsChanged.connect(self._fit_height)
        self.format_actions = [
            self._action(self.tr("Bold"), QKeySequence.StandardKey.Bold, lambda: self.wrap("**")),
            self._action(self.tr("Italic"), QKeySequence.StandardKey.Italic, lambda: self.wrap("*")),
            self._action(self.tr("Bulleted list"), QKeySequence("Ctrl+Shift+L"), self.make_list),
            self._action(self.tr("Link"), QKeySequence("Ctrl+K"), self.make_link),
        ]
        self.marks = FindingMarks(self)
        # A step may add its own entries (the letter's Insert field) to the context menu.
        self.extra_menu: Callable[[QMenu], None] | None = None
        self._fit_height()

    def _action(self, text: str, key: QKeySequence | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ------------------------------------------------------------ formatting

    def wrap(self, marker: str) -> None:
        """Wrap the selection (or an empty pair, cursor inside) in a Markdown marker."""
        cursor = self.textCursor()
        selected = cursor.selectedText()
        cursor.insertText(f"{marker}{selected}{marker}")
        if not selected:
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(marker))
            self.setTextCursor(cursor)

    def make_list(self) -> None:
        """Start each selected line (or the current one) with '- '."""
        cursor = self.textCursor()
        start, end = sorted((cursor.selectionStart(), cursor.selectionEnd()))
        cursor.setPosition(start)
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.beginEditBlock()
        while True:
            line = cursor.block().text()
            if not line.startswith(("- ", "* ")):
                cursor.insertText("- ")
                end += 2
            if not cursor.movePosition(QTextCursor.MoveOperation.NextBlock) or cursor.position() > end:
                break
        cursor.endEditBlock()

    def make_link(self) -> None:
        """[selection](https://) with the address selected, ready to type over."""
        cursor = self.textCursor()
        label = cursor.selectedText() or self.tr("link text")
        cursor.insertText(f"[{label}](https://)")
        cursor.movePosition(QTextCursor.MoveOperation.Left, n=1)
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, n=8)
        self.setTextCursor(cursor)

    # ------------------------------------------------------------ findings

    def set_findings(self, findings: list[Finding]) -> None:
        """Underline the words these findings are about (those with a span in this text)."""
        if self.marks.set_findings(findings):
            self.setExtraSelections(self.marks.selections)

    def finding_tooltip(self, position: int) -> str:
        """What hovering the character at `position` shows: the findings about it, or ""."""
        return self.marks.tooltip_at(position)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self.marks.marks:
            text = self.finding_tooltip(self.cursorForPosition(event.pos()).position())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
                return True
            QToolTip.hideText()
        return super().viewportEvent(event)

    # ------------------------------------------------------------ spelling menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        for action in menu.actions():
            # The widget's own undo is off; the window's Edit menu undoes. Qt names the actions.
            if action.objectName() in ("edit-undo", "edit-redo"):  # in every language
                menu.removeAction(action)
        first = menu.actions()[0] if menu.actions() else QAction(menu)
        cursor = self.cursorForPosition(event.pos())
        word_cursor = self._word_at(cursor)
        dictionary = self.highlighter.dictionary if self.highlighter and self.highlighter.enabled else None
        if (
            word_cursor is not None
            and dictionary is not None
            and not dictionary.is_known(word_cursor.selectedText())
        ):
            word = word_cursor.selectedText()
            suggestions = dictionary.suggestions(word)
            for suggestion in suggestions:
                action = QAction(suggestion, menu)
                action.triggered.connect(lambda _=False, s=suggestion, c=word_cursor: c.insertText(s))
                menu.insertAction(first, action)
            if not suggestions:
                none = QAction(self.tr("No suggestions"), menu)
                none.setEnabled(False)
                menu.insertAction(first, none)
            learn = QAction(self.tr("Add “%1” to the dictionary").replace("%1", word), menu)
            learn.triggered.connect(lambda _=False, w=word: self._learn(w))
            menu.insertAction(first, learn)
            menu.insertSeparator(first)
        menu.addSeparator()
        for action in self.format_actions:
            menu.addAction(action)
        if self.extra_menu is not None:
            menu.addSeparator()
            self.extra_menu(menu)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _word_at(self, cursor: QTextCursor) -> QTextCursor | None:
        block = cursor.block()
        offset = cursor.positionInBlock()
        for match in WORD.finditer(block.text()):
            if match.start() <= offset <= match.end():
                found = QTextCursor(block)
                found.setPosition(block.position() + match.start())
                found.setPosition(block.position() + match.end(), QTextCursor.MoveMode.KeepAnchor)
                return found
        return None

    def _learn(self, word: str) -> None:
        if self.highlighter:
            self.highlighter.dictionary.learn(word)
            self.highlighter.rehighlight()

    # ------------------------------------------------------------ size and focus

    def _fit_height(self) -> None:
        # Grow with the text, between `rows` and 18 lines, so a long form
        # scrolls as one page instead of many small boxes each scrolling.
        metrics = QFontMetrics(self.font())
        line = metrics.lineSpacing()
        lines = max(self._rows, min(18, int(self.document().size().height()) + 1))
        margins = self.contentsMargins()
        frame = int(self.document().documentMargin() * 2) + margins.top() + margins.bottom()
        self.setFixedHeight(lines * line + frame)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), 360), hint.height())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class MarkdownField(QWidget):
    """A MarkdownEdit with its word and character count underneath."""

    def __init__(
        self, parent: QWidget | None = None, *, rows: int = 4, dictionary: SpellDictionary | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = MarkdownEdit(self, rows=rows, dictionary=dictionary)
        self.count = QLabel(self)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        style.set_role(self.count, "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.editor)
        layout.addWidget(self.count)
        self.setFocusProxy(self.editor)
        self.editor.textChanged.connect(self._count)
        self._count()

    def _count(self) -> None:
        text = self.editor.toPlainText()
        words = word_count(text)
        counted = translate("MarkdownField", "%n word(s)", None, words)
        self.count.setText(counted + " · " + translate("MarkdownField", "%n character(s)", None, len(text)))
