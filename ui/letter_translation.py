"""The Customer letter step in another language: a language chooser, and each original
text (read-only) beside its translation (editable).

Every change goes through the controller as one undo step: typing into one
translated text merges into one step until the writer leaves it, as in any
field. What the rows are, and the edit each change makes, comes from
`postmortem.translations.sheet`; this module only shows them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from postmortem.checks.translations import language_name
from postmortem.editing import Path
from postmortem.model import Document
from postmortem.text import clean_markdown
from postmortem.translations.model import LANGUAGE_PATTERN
from postmortem.translations.paragraphs import State
from postmortem.translations.reading import languages
from postmortem.translations.sheet import Edit, Entry, add_edit, current_edit, entries, remove_edit, text_edit
from ui import style
from ui.document_controller import DocumentController
from ui.i18n.marks import QT_TRANSLATE_NOOP

ADD = "add"
_TRANSLATIONS: Path = ("customer_letter", "translations")
# Shown through QCoreApplication.translate("TranslationSheet", ...).
_STATES = {
    State.MISSING: (QT_TRANSLATE_NOOP("TranslationSheet", "Not translated yet"), "warning"),
    State.STALE: (
        QT_TRANSLATE_NOOP("TranslationSheet",
                          "The original changed after this was translated: check the translation"),
        "warning",
    ),
    State.LEFT_OVER: (
        QT_TRANSLATE_NOOP("TranslationSheet",
                          "The original no longer has this paragraph; the letter leaves it out"),
        "warning",
    ),
    State.CURRENT: ("", ""),
}
_MARK_CURRENT = QT_TRANSLATE_NOOP("TranslationSheet", "Mark as up to date")
_REMOVE = QT_TRANSLATE_NOOP("TranslationSheet", "Remove")


def _translate(text: str) -> str:
    return QCoreApplication.translate("TranslationSheet", text) if text else ""


def language_label(document: Document, tag: str) -> str:
    """'German (de)', or 'English (en) – the original' for the document's own language."""
    label = f"{language_name(tag)} ({tag})"
    if tag == document.meta.language:
        label = QCoreApplication.translate("LanguageChooser", "%1 – the original").replace("%1", label)
    return label


def _about_letter(path: Path) -> bool:
    """A change that can alter what the translation rows show."""
    return not path or path[0] in ("customer_letter", "impact", "action_items", "timeline", "meta")


class LanguageChooser(QWidget):
    """'Language: [English (original) | German | … | Add translation…]', with the new tag typed inline."""

    chosen = Signal(str)  # a language tag; the document's own is the original

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Language"), self)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Letter language"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(self.combo)
        self.new_tag = QLineEdit(self)
        self.new_tag.setAccessibleName(self.tr("New translation's language code"))
        self.new_tag.setPlaceholderText(self.tr("Language code, e.g. de or pt-BR"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.problem = QLabel(self)
        style.set_level(self.problem, "error")
        for widget in (label, self.combo, self.new_tag, self.add_button, self.cancel_button, self.problem):
            row.addWidget(widget)
        row.addStretch(1)
        self.combo.activated.connect(self._activated)
        self.new_tag.returnPressed.connect(self._add)
        self.add_button.clicked.connect(self._add)
        self.cancel_button.clicked.connect(lambda: self._adding(False))
        controller.notifier.value_changed.connect(self._changed)
        controller.notifier.reset.connect(self.refresh)
        self._adding(False)
        self.refresh()

    @property
    def language(self) -> str:
        data = self.combo.currentData()
        return data if isinstance(data, str) and data != ADD else self.controller.document.meta.language

    def refresh(self) -> None:
        document = self.controller.document
        keep = self.language
        self.combo.blockSignals(True)
        self.combo.clear()
        for tag in languages(document):
            self.combo.addItem(language_label(document, tag), tag)
        self.combo.addItem(self.tr("Add translation…"), ADD)
        index = self.combo.findData(keep)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        if index < 0:
            self.chosen.emit(self.language)

    def select(self, language: str) -> None:
        """Show `language` as if the writer had chosen it."""
        index = self.combo.findData(language)
        if index >= 0 and index != self.combo.currentIndex():
            self.combo.setCurrentIndex(index)
            self._activated(index)

    def _changed(self, path: Path) -> None:
        if path[: len(_TRANSLATIONS)] == _TRANSLATIONS[: len(path)] or path == ("meta", "language"):
            self.refresh()

    def _activated(self, _index: int) -> None:
        if self.combo.currentData() == ADD:
            self._adding(True)
        else:
            self._adding(False)
            self.chosen.emit(self.language)

    def _adding(self, on: bool) -> None:
        for widget in (self.new_tag, self.add_button, self.cancel_button):
            widget.setVisible(on)
        self.problem.setVisible(False)
        if on:
            self.new_tag.clear()
            self.new_tag.setFocus()
        elif self.combo.currentData() == ADD:
            self.combo.setCurrentIndex(0)
            self.chosen.emit(self.language)

    def _add(self) -> None:
        tag = self.new_tag.text().strip()
        document = self.controller.document
        problem = ""
        if not re.fullmatch(LANGUAGE_PATTERN, tag):
            problem = self.tr("Give a language code such as de, fr or pt-BR")
        elif tag in languages(document):
            problem = self.tr("The letter is already in %1").replace("%1", language_name(tag))
        if not problem:
            path, value = add_edit(document, tag)
            words = self.tr("Add %1 translation").replace("%1", language_name(tag))
            problem = self.controller.set_value(path, value, text=words, mergeable=False) or ""
        if problem:
            self.problem.setText(problem)
            self.problem.setVisible(True)
            return
        self._adding(False)
        self.combo.setCurrentIndex(self.combo.findData(tag))
        self.chosen.emit(tag)


class _Row(QFrame):
    """One original text and its translation."""

    focused = Signal(str)  # a translated paragraph's key, when the writer enters it

    def __init__(self, entry: Entry, edit: Callable[[str, str], None], act: Callable[[str, str], None],
                 leave: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.key = entry.key
        self.edit = edit
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 6)
        grid.setHorizontalSpacing(14)
        self.title = QLabel(entry.label, self)
        style.set_role(self.title, "notes-title")
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.original = QLabel(self)
        self.original.setWordWrap(True)
        self.original.setTextFormat(Qt.TextFormat.PlainText)
        self.original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.original.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.original.setAccessibleName(self.tr("%1, original").replace("%1", entry.label))
        self.editor: QTextEdit | QLineEdit
        if entry.multiline:
            self.editor = QTextEdit(self)
            self.editor.setAcceptRichText(False)
            self.editor.setTabChangesFocus(True)
            self.editor.textChanged.connect(lambda: self._typed(self._read()))
            self.editor.document().documentLayout().documentSizeChanged.connect(self._fit)
            self.editor.installEventFilter(self)
        else:
            self.editor = QLineEdit(self)
            self.editor.textEdited.connect(self._typed)
            self.editor.editingFinished.connect(leave)
        self.leave = leave
        self.editor.setAccessibleName(self.tr("%1, translation").replace("%1", entry.label))
        self.action = QPushButton(self)
        style.set_role(self.action, "link")
        self.action.clicked.connect(lambda: act(self.key, str(self.action.property("action"))))
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.state, 0, 1)
        grid.addWidget(self.original, 1, 0)
        grid.addWidget(self.editor, 1, 1)
        grid.addWidget(self.action, 2, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._writing = False
        self.show_entry(entry)

    def _read(self) -> str:
        return self.editor.toPlainText() if isinstance(self.editor, QTextEdit) else self.editor.text()

    def _typed(self, text: str) -> None:
        if not self._writing:
            self.edit(self.key, text)

    def _fit(self) -> None:
        assert isinstance(self.editor, QTextEdit)
        height = int(self.editor.document().size().height()) + 2 * self.editor.frameWidth() + 6
        self.editor.setFixedHeight(max(height, 3 * self.editor.fontMetrics().lineSpacing()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.leave()
        if watched is self.editor and event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self.key)
        return False

    def show_entry(self, entry: Entry) -> None:
        self.original.setText(entry.original or "—")
        # Compared as stored: the model trims what the writer is still typing (a final space).
        if clean_markdown(self._read()) != entry.translated:
            self._writing = True
            try:
                if isinstance(self.editor, QTextEdit):
                    self.editor.setPlainText(entry.translated)
                else:
                    self.editor.setText(entry.translated)
                    self.editor.setCursorPosition(0)  # the start of a long line, not its end
            finally:
                self._writing = False
        text, level = _STATES[entry.state]
        self.state.setText(_translate(text))
        style.set_level(self.state, level)
        action = {State.STALE: _MARK_CURRENT, State.LEFT_OVER: _REMOVE}.get(entry.state, "")
        self.action.setProperty("action", action)
        self.action.setText(_translate(action))
        self.action.setVisible(bool(action))


class TranslationSheet(QWidget):
    """Every original text of the letter beside its translation into one language."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.language = ""
        self.rows: dict[str, _Row] = {}
        self.last_key = ""  # the translated text the writer was last in: Insert ▸ field goes there
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(4)
        self.heading = QLabel(self)
        style.set_role(self.heading, "hint")
        self.heading.setWordWrap(True)
        self.column.addWidget(self.heading)
        controller.notifier.value_changed.connect(self._changed)
        controller.notifier.reset.connect(self.refresh)

    def show_language(self, language: str) -> None:
        self.language = language
        self.refresh()

    def _changed(self, path: Path) -> None:
        # Hidden, it follows nothing: showing a language refreshes it.
        if self.isVisible() and _about_letter(path):
            self.refresh()

    def refresh(self) -> None:
        document = self.controller.document
        if self.language not in document.customer_letter.translations:
            return
        found = entries(document, self.language)
        if [entry.key for entry in found] != list(self.rows):
            self._rebuild(found)
        for entry in found:
            self.rows[entry.key].show_entry(entry)
        left = sum(entry.state != State.CURRENT for entry in found)
        name = language_name(self.language)
        lead = self.tr("The original on the left, read-only; the %1 translation on the right.")
        lead = lead.replace("%1", name)
        state = self.tr("Everything is translated.")
        if left:
            state = self.tr("%1 of %2 texts need your attention.")
            state = state.replace("%1", str(left)).replace("%2", str(len(found)))
        self.heading.setText(f"{lead} {state}")

    def _rebuild(self, found: list[Entry]) -> None:
        for row in self.rows.values():
            self.column.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        for entry in found:
            row = _Row(entry, self._edit, self._act, self.controller.seal_typing, self)
            row.focused.connect(lambda key: setattr(self, "last_key", key))
            self.rows[entry.key] = row
            self.column.addWidget(row)
            if self.isVisible():
                row.show()  # now, not on the next turn: the writer may click it straight away

    def focus_entry(self, key: str, span: tuple[int, int] | None) -> bool:
        """Bring one translated text into view and put the cursor in it (a finding about it)."""
        row = self.rows.get(key)
        if row is None:
            return False
        scroller = self.parent()
        while scroller is not None and not isinstance(scroller, QScrollArea):
            scroller = scroller.parent()
        if isinstance(scroller, QScrollArea):
            scroller.ensureWidgetVisible(row, 40, 80)
        row.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if span is not None and isinstance(row.editor, QTextEdit):
            cursor = row.editor.textCursor()
            cursor.setPosition(min(span[0], len(row._read())))
            cursor.setPosition(min(span[1], len(row._read())), QTextCursor.MoveMode.KeepAnchor)
            row.editor.setTextCursor(cursor)
        return True

    def insert_text(self, text: str) -> None:
        """Insert at the cursor of the translated text last written in (else the first paragraph's)."""
        rows = [r for r in self.rows.values() if isinstance(r.editor, QTextEdit)]
        row = self.rows.get(self.last_key) or next((r for r in rows if r.key.startswith("body:")), None)
        if row is None or not isinstance(row.editor, QTextEdit):
            return
        self.controller.seal_typing()
        row.editor.textCursor().insertText(text)  # one edit, through the editor's own change
        self.controller.seal_typing()
        row.editor.setFocus()

    def _push(self, edit: Edit, text: str, *, mergeable: bool) -> None:
        path, value = edit
        self.controller.set_value(path, value, text=text, mergeable=mergeable)

    def _words(self, key: str) -> str:
        label = self.rows[key].title.text() if key in self.rows else key
        return self.tr("Edit %1 %2").replace("%1", language_name(self.language)).replace("%2", label.lower())

    def _edit(self, key: str, text: str) -> None:
        self._push(text_edit(self.controller.document, self.language, key, text), self._words(key),
                   mergeable=True)

    def _act(self, key: str, action: str) -> None:
        document = self.controller.document
        self.controller.seal_typing()
        if action == _REMOVE:
            # A left-over part (a greeting the original no longer has) is named as any edit of it.
            words = self.tr("Remove left-over paragraph") if key.startswith("left:") else self._words(key)
            self._push(remove_edit(document, self.language, key), words, mergeable=False)
        else:
            self._push(current_edit(document, self.language, key), self.tr("Mark translation as up to date"),
                       mergeable=False)
