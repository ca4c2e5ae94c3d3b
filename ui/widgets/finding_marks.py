"""Underlines for the checks' findings inside a text editor, and the words to show on hover."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from postmortem.checks import Finding, Level

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCharFormat

# Hues apart from the spelling squiggle's red, so a finding never passes for a typo.
COLOURS = {Level.ERROR: QColor("#c2185b"), Level.WARNING: QColor("#e08e0b"), Level.HINT: QColor("#1e88e5")}


def mark_format(level: Level) -> QTextCharFormat:
    # Imported with the first finding, after the first paint: QTextFormat's enums, built when
    # the class is first touched, cost about 5 ms.
    from PySide6.QtGui import QTextCharFormat

    colour = COLOURS[level]
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(colour)
    tint = QColor(colour)
    tint.setAlpha(28)
    fmt.setBackground(tint)
    return fmt


def tooltip_text(finding: Finding) -> str:
    text = finding.message[:1].upper() + finding.message[1:] + "."
    return f"{text}\n{finding.suggestion}" if finding.suggestion else text


class FindingMarks:
    """The findings about one editor's text, kept as cursors so they follow the writer's typing."""

    def __init__(self, editor: QPlainTextEdit | QTextEdit) -> None:
        self.editor = editor
        self.findings: list[Finding] = []
        self._text = ""  # the text the marks were placed on; a rewrite (undo) places them anew
        self.marks: list[tuple[Finding, QTextEdit.ExtraSelection]] = []

    @property
    def selections(self) -> list[QTextEdit.ExtraSelection]:
        return [selection for _finding, selection in self.marks]

    def set_findings(self, findings: list[Finding]) -> bool:
        """Replace the marks; False (and nothing redrawn) when they are the same findings."""
        findings = [f for f in findings if f.span is not None]
        text = self.editor.toPlainText()
        if findings == self.findings and text == self._text:
            return False
        self.findings, self._text = findings, text
        length = self.editor.document().characterCount() - 1
        self.marks = []
        # Hints first, errors last, so the worst finding's colour is drawn on top.
        for finding in sorted(findings, key=lambda f: list(Level).index(f.severity), reverse=True):
            assert finding.span is not None
            start, end = (min(max(0, v), length) for v in finding.span)
            if start >= end:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = mark_format(finding.severity)
            self.marks.append((finding, selection))
        return True

    def tooltip_at(self, position: int) -> str:
        """The messages of the findings whose underlined words include `position`, worst first."""
        texts = []
        for finding, selection in reversed(self.marks):
            cursor: QTextCursor = selection.cursor
            if cursor.selectionStart() <= position < cursor.selectionEnd():
                texts.append(tooltip_text(finding))
        return "\n\n".join(texts)
