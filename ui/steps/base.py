"""What every guided step shares: the guide at the top, forms, problems, internal notes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from postmortem.checks import Finding, Level
from postmortem.editing import Path
from ui import style
from ui.document_controller import DocumentController
from ui.i18n.languages import step_title
from ui.step_state import Step
from ui.steps import locate
from ui.steps.binding import Binder
from ui.steps.form import Form
from ui.widgets.spelling import SpellDictionary

CONTENT_WIDTH = 880
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Guide:
    """In English, each text marked QT_TRANSLATE_NOOP("Guide", ...); GuideBox shows the translation."""

    belongs: str  # what belongs in this step
    good: str  # what good looks like
    example: str  # a one-line example


class GuideBox(QFrame):
    """The step's title and its short guide; the writer may fold the guide away (F1 brings it back)."""

    def __init__(self, title: str, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        style.decorate(self)
        heading = QLabel(title, self)
        style.set_role(heading, "step-title")
        heading.setAccessibleName(self.tr("%1 step").replace("%1", title))
        self.toggle = QPushButton(self.tr("Hide guide"), self)
        self.toggle.setFlat(True)
        style.set_role(self.toggle, "link")
        self.toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggle.setToolTip(self.tr("Show or hide this step's guide (F1)"))
        self.toggle.clicked.connect(self._flip)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignBottom)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        style.set_role(self.body, "guide")
        belongs, good, example = (translate("Guide", t) for t in (guide.belongs, guide.good, guide.example))
        good_looks, for_example = self.tr("Good looks like:"), self.tr("Example:")
        self.body.setText(
            f"<p style='margin:0 0 6px 0'>{belongs}</p>"
            f"<p style='margin:0 0 6px 0'><b>{good_looks}</b> {good}</p>"
            f"<p style='margin:0'><b>{for_example}</b> <i>{example}</i></p>"
        )
        self.body.setAccessibleName(self.tr("Guide to the %1 step").replace("%1", title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addLayout(top)
        layout.addWidget(self.body)

    def _flip(self) -> None:
        self.set_open(not self.body.isVisible())

    def set_open(self, visible: bool) -> None:
        self.body.setVisible(visible)
        self.toggle.setText(self.tr("Hide guide") if visible else self.tr("Show guide"))


class NotesBox(QFrame):
    """Internal notes, framed and labelled so nobody mistakes them for letter text."""

    def __init__(
        self,
        binder: Binder,
        path: Path,
        parent: QWidget | None = None,
        *,
        dictionary: SpellDictionary | None = None,
        what: str = "this step",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("internal-notes")
        style.decorate(self)
        title = QLabel(self.tr("🔒  Internal notes — never sent to customers"), self)
        style.set_role(title, "notes-title")
        explain = QLabel(
            self.tr("Only the internal report shows these notes about %1; the customer letter never does.")
            .replace("%1", what),
            self,
        )
        explain.setWordWrap(True)
        style.set_role(explain, "hint")
        self.form = Form(binder, self, dictionary=dictionary)
        self.field = self.form.markdown(
            path, self.tr("Notes"), self.tr("Names, links, raw data, open questions…"), rows=3, below=True
        )
        self.field.editor.setAccessibleName(
            self.tr("Internal notes about %1 (never sent to customers)").replace("%1", what)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addWidget(self.form)


class StepPage(QScrollArea):
    """One step of the guide: a scrolling column of guide, problems and forms."""

    step: Step
    guide: Guide
    # A page may send the writer elsewhere (Review & export does): to a finding's
    # location and span, or to the export dialog for an audience.
    location_activated = Signal(str, object)
    export_requested = Signal(str)
    # The language the Customer letter step shows the letter in (its own, or a translation's).
    letter_language = Signal(str)
    # A page about a file beside the document (Recipients) finds its own problems.
    own_findings_changed = Signal()

    def __init__(
        self,
        controller: DocumentController,
        dictionary: SpellDictionary | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dictionary = dictionary
        self.binder = Binder(controller, self)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName(f"step-{self.step.key}")
        self.setAccessibleName(self.tr("%1 step").replace("%1", step_title(self.step)))
        inner = QWidget(self)
        inner.setObjectName("step-page")
        outer = QHBoxLayout(inner)
        outer.setContentsMargins(28, 20, 28, 28)
        column_widget = QWidget(inner)
        column_widget.setMaximumWidth(CONTENT_WIDTH)
        self.column = QVBoxLayout(column_widget)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(14)
        outer.addWidget(column_widget, 1)
        outer.addStretch(0)
        self.guide_box = GuideBox(step_title(self.step), self.guide, column_widget)
        self.column.addWidget(self.guide_box)
        self.problems = QLabel(column_widget)
        self.problems.setWordWrap(True)
        style.set_role(self.problems, "problems")
        self.problems.setVisible(False)
        self.column.addWidget(self.problems)
        self.setWidget(inner)
        self.forms: list[Form] = []
        self.build()
        self.column.addStretch(1)

    def build(self) -> None:
        """Add the step's sections; subclasses override."""

    # ------------------------------------------------------------ building blocks

    def section(self, title: str, text: str = "") -> Form:
        heading = QLabel(title, self)
        style.set_role(heading, "section-title")
        self.column.addWidget(heading)
        if text:
            note = QLabel(text, self)
            note.setWordWrap(True)
            style.set_role(note, "hint")
            self.column.addWidget(note)
        form = Form(self.binder, self, dictionary=self.dictionary)
        self.forms.append(form)
        self.column.addWidget(form)
        return form

    def add(self, widget: QWidget) -> QWidget:
        self.column.addWidget(widget)
        return widget

    def notes(self, path: Path, what: str = "") -> NotesBox:
        what = what or self.tr("this step")
        box = NotesBox(self.binder, path, self, dictionary=self.dictionary, what=what)
        self.forms.append(box.form)
        self.column.addWidget(box)
        return box

    # ------------------------------------------------------------ findings and focus

    def show_findings(self, findings: list[Finding]) -> None:
        rest = [f for f in self.binder.show_findings(findings) if f.severity != Level.HINT]
        rest = self.filter_unplaced(rest)
        if rest:
            lines = "".join(f"<li>{_sentence(f)}</li>" for f in rest[:8])
            finish = self.tr("To finish this step")
            self.problems.setText(f"<b>{finish}</b><ul style='margin:4px 0 0 -20px'>{lines}</ul>")
            # Coloured only when shown: re-polishing a hidden box would cost each new page its time.
            errors = any(f.severity == Level.ERROR for f in rest)
            style.set_level(self.problems, "error" if errors else "warning")
        self.problems.setVisible(bool(rest))

    def own_findings(self) -> list[Finding]:
        """Findings this page makes itself, beside the document's checks (none on most pages)."""
        return []

    def stop(self) -> None:
        """The window is closing: end the work this page started (most start none)."""

    def filter_unplaced(self, findings: list[Finding]) -> list[Finding]:
        """Findings with no field on this page; steps with tables show row findings there."""
        return findings

    def show_guide(self) -> None:
        self.guide_box.set_open(True)
        self.verticalScrollBar().setValue(0)
        self.guide_box.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_location(self, location: str, span: tuple[int, int] | None = None) -> bool:
        """Bring the field a finding is about into view, focus it, select its row or its words."""
        return locate.focus_location(self, self.forms, self.binder, location, span)


def _sentence(finding: Finding) -> str:
    # `html` loads with the first finding: importing it loads html.entities, 75 KB of source that
    # PySide6's import hook reads, which the first paint need not wait for.
    from html import escape

    text = escape(finding.message[:1].upper() + finding.message[1:])
    if finding.suggestion:
        text += f". {escape(finding.suggestion)}"
    return text
