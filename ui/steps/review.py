"""Review & export: every open finding, each a link to its field, and the export buttons."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QWidget,
)

from postmortem.checks import Finding, Level, is_ready
from ui import style
from ui.i18n.languages import translate
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.models.findings_model import FINDING_ROLE, AudienceFilter, FindingsModel
from ui.step_state import step_named
from ui.steps.base import Guide, StepPage
from ui.widgets.finding_delegate import FindingDelegate

_ORDER = {Level.ERROR: 0, Level.WARNING: 1, Level.HINT: 2}
AUDIENCES = (
    (QT_TRANSLATE_NOOP("ReviewStep", "Both exports"), None),
    (QT_TRANSLATE_NOOP("ReviewStep", "Customer letter"), "customer"),
    (QT_TRANSLATE_NOOP("ReviewStep", "Internal report"), "internal"),
)


class ReviewStep(StepPage):
    step = step_named("review")
    guide = Guide(
        belongs=QT_TRANSLATE_NOOP(
            "Guide",
            "A last look before the letter and the report leave your hands: what the checks still "
            "find, and the exports.",
        ),
        good=QT_TRANSLATE_NOOP(
            "Guide",
            "No errors; warnings read and either fixed or accepted on purpose; the preview read "
            "through once as a customer would.",
        ),
        example=QT_TRANSLATE_NOOP(
            "Guide",
            "0 errors, 1 warning: 'Rotate backup disks' has no due date (accepted: date set next week).",
        ),
    )
    def build(self) -> None:
        self.verdict = QLabel(self)
        style.set_role(self.verdict, "verdict")
        self.verdict.setWordWrap(True)
        self.add(self.verdict)
        self.model = FindingsModel(self)
        self.filter = AudienceFilter(self)
        self.filter.setSourceModel(self.model)
        self.audience = QComboBox(self)
        for text, audience in AUDIENCES:
            self.audience.addItem(self.tr(text), audience)
        self.audience.currentIndexChanged.connect(
            lambda _i: self.filter.set_audience(self.audience.currentData())
        )
        self.list = QListView(self)
        self.list.setModel(self.filter)
        self.list.setItemDelegate(FindingDelegate(self.list))
        self.list.setAccessibleName(self.tr("Findings"))
        self.list.setMinimumHeight(320)
        self.list.setUniformItemSizes(False)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._activated)
        form = self.section(
            self.tr("Findings"), self.tr("Double-click or press Enter on a finding to go to its field.")
        )
        form.widget(self.tr("Show findings for"), self.audience)
        form.widget(self.tr("Errors first, then warnings and hints"), self.list, below=True)
        self.list.setAccessibleName(self.tr("Findings"))
        buttons = QWidget(self)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        for audience, text in (
            ("customer", self.tr("Export customer letter…")),
            ("internal", self.tr("Export internal report…")),
        ):
            button = QPushButton(text, buttons)
            button.setAccessibleName(text.removesuffix("…"))
            button.clicked.connect(lambda _c=False, a=audience: self.export_requested.emit(a))
            row.addWidget(button)
        row.addStretch(1)
        self.section(self.tr("Export"))
        self.add(buttons)

    def set_audience(self, audience: str | None) -> None:
        """Show only the findings that matter for one export (None: both)."""
        self.audience.setCurrentIndex(max(self.audience.findData(audience), 0))

    def show_findings(self, findings: list[Finding]) -> None:
        # The recipients file's rows come after the document's findings: errors first again.
        findings = sorted(findings, key=lambda f: _ORDER[f.severity])
        self.model.set_findings(findings)
        rows = [f for f in findings if f.section == "recipients"]
        # The exports are judged on the document; the recipients file's rows are a
        # matter for the merge, which leaves those rows out, so they are counted apart.
        findings = [f for f in findings if f.section != "recipients"]
        errors = sum(f.severity == Level.ERROR for f in findings)
        warnings = sum(f.severity == Level.WARNING for f in findings)
        if is_ready(findings):
            verdict = self.tr("Ready to publish: no errors.")
            if warnings:
                verdict += " " + translate("ReviewStep", "%n warning(s) to read.", None, warnings)
        else:
            verdict = (
                translate("ReviewStep", "Not ready yet: %n error(s)", None, errors)
                + translate("ReviewStep", " and %n warning(s).", None, warnings)
                + " "
                + self.tr("You can still export a draft.")
            )
        if rows:
            verdict += " " + translate("ReviewStep", "The recipients file has %n problem(s); its rows with "
                                       "errors get no letter.", None, len(rows))
        if self.controller.settings_problem:
            problem = self.controller.settings_problem
            verdict += " " + self.tr("The settings file was not used: %1").replace("%1", problem)
        self.verdict.setText(verdict)
        style.set_level(self.verdict, "" if is_ready(findings) else "warning")

    def _activated(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.location_activated.emit(finding.location, finding.span)
