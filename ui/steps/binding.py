"""Two-way bindings between form widgets and document paths.

A widget edit becomes `controller.set_value(path, ...)`; a document change
(undo, redo, another editor) rewrites the widget, unless the widget already
shows that value, so the text cursor does not jump while the writer types.
The document's own form of what is being typed ("#224" is stored as "#222244")
waits until the writer leaves the field: shown at once, the rest of their keys
would land after it. A refused value keeps the widget's text and shows why beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from postmortem.checks import Finding, Level
from postmortem.editing import Path
from postmortem.errors import format_location
from ui import style
from ui.document_controller import DocumentController
from ui.widgets.markdown_edit import MarkdownEdit


class FieldMessage(QLabel):
    """A problem with one field, in words, under the field; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setVisible(False)
        self.refusal = ""
        self.finding: Finding | None = None

    def show_state(self) -> None:
        if self.refusal:
            text, level = self.refusal, "error"
        elif self.finding is not None:
            finding = self.finding
            text = finding.message[:1].upper() + finding.message[1:]
            if finding.suggestion:
                text += f". {finding.suggestion}"
            level = "error" if finding.severity == Level.ERROR else "warning"
        else:
            text, level = "", ""
        if self.text() != text:
            self.setText(text)
        style.set_level(self, level)
        self.setVisible(bool(text))


@dataclass
class Binding:
    path: Path
    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]
    same: Callable[[Any, Any], bool] = lambda shown, stored: shown == stored
    message: FieldMessage | None = None
    pending_refusal: str = ""
    _location: tuple[Path, str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def location(self) -> str:
        """"section.field[2].x" for the path (kept: findings ask for it after every pause)."""
        if self._location is None or self._location[0] != self.path:
            self._location = (self.path, format_location(self.path))
        return self._location[1]


class Binder(QObject):
    """Keeps a set of bindings and the document in step, both ways."""

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.bindings: list[Binding] = []
        self._writing = False
        self._typing: Binding | None = None
        controller.notifier.value_changed.connect(self._changed)
        controller.notifier.reset.connect(self.refresh_all)

    def add(self, binding: Binding) -> Binding:
        self.bindings.append(binding)
        self.refresh(binding)
        return binding

    def edited(
        self, binding: Binding, *, mergeable: bool = True, show_now: bool = True, text: str = ""
    ) -> None:
        """The writer changed the widget: send its value to the document (`text`: the undo words)."""
        if self._writing:
            return
        # Typed text (the edits that merge into one undo step) gets its stored form when the
        # writer leaves the field; a choice, a tick or a date is shown as stored at once.
        self._typing = binding if mergeable else None
        try:
            problem = self.controller.set_value(binding.path, binding.read(), mergeable=mergeable, text=text)
        finally:
            self._typing = None
        binding.pending_refusal = problem or ""
        if binding.message is not None and (show_now or not problem):
            binding.message.refusal = binding.pending_refusal
            binding.message.show_state()

    def finished(self, binding: Binding) -> None:
        """The writer left the field: show a deferred refusal, end the undo step."""
        self.controller.seal_typing()
        if not binding.pending_refusal:
            self.refresh(binding)  # the stored form of what was typed
        if binding.message is not None and binding.message.refusal != binding.pending_refusal:
            binding.message.refusal = binding.pending_refusal
            binding.message.show_state()

    def _changed(self, path: Path) -> None:
        for binding in self.bindings:
            if binding.path[: len(path)] == path:
                self.refresh(binding)

    def refresh_all(self) -> None:
        for binding in self.bindings:
            self.refresh(binding)

    def refresh(self, binding: Binding) -> None:
        try:
            stored = self.controller.get(binding.path)
        except (IndexError, AttributeError):
            return  # a row binding whose row is gone; its page rebinds it

        if binding is not self._typing and not binding.same(binding.read(), stored):
            self._writing = True
            try:
                binding.write(stored)
            finally:
                self._writing = False
        binding.pending_refusal = ""
        if binding.message is not None and binding.message.refusal:
            binding.message.refusal = ""
            binding.message.show_state()

    def show_findings(self, findings: list[Finding]) -> list[Finding]:
        """Put each finding beside its field; returns those that have no field here."""
        by_location = {b.location: b for b in self.bindings if b.message is not None}
        shown: dict[str, Finding] = {}
        rest = []
        for finding in findings:
            if finding.location in by_location and finding.location not in shown:
                shown[finding.location] = finding
            elif finding.location not in by_location:
                rest.append(finding)
        for location, binding in by_location.items():
            assert binding.message is not None
            if binding.message.finding != shown.get(location):
                binding.message.finding = shown.get(location)
                binding.message.show_state()
        self._underline(findings)
        return rest

    def _underline(self, findings: list[Finding]) -> None:
        """Give each text editor the findings about its own words, to underline."""
        spans: dict[str, list[Finding]] = {}
        for finding in findings:
            if finding.span is not None:
                spans.setdefault(finding.location, []).append(finding)
        for binding in self.bindings:
            if isinstance(binding.widget, MarkdownEdit):
                binding.widget.set_findings(spans.get(binding.location, []))
