"""Review & export: every open finding, each a link to its field, and the export buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from postmortem.checks import Finding, Level, is_ready
from ui.step_state import STEPS
from ui.steps.base import Guide, StepPage

_ICONS = {Level.ERROR: "⛔", Level.WARNING: "⚠", Level.HINT: "💡"}


class ReviewStep(StepPage):
    step = STEPS[7]
    guide = Guide(
        belongs="A last look before the letter and the report leave your hands: what the checks still "
        "find, and the exports.",
        good="No errors; warnings read and either fixed or accepted on purpose; the preview read "
        "through once as a customer would.",
        example="0 errors, 1 warning: 'Rotate backup disks' has no due date (accepted: date set next week).",
    )
    location_activated = Signal(str)
    export_requested = Signal(str)  # audience

    def build(self) -> None:
        self.verdict = QLabel(self)
        self.verdict.setProperty("role", "verdict")
        self.verdict.setWordWrap(True)
        self.add(self.verdict)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Findings")
        self.list.setMinimumHeight(260)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        form = self.section("Findings", "Double-click or press Enter on a finding to go to its field.")
        form.widget("Findings", self.list, below=True)
        buttons = QWidget(self)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        for audience, text in (
            ("customer", "Export customer letter…"),
            ("internal", "Export internal report…"),
        ):
            button = QPushButton(text, buttons)
            button.setAccessibleName(text.removesuffix("…"))
            button.clicked.connect(lambda _c=False, a=audience: self.export_requested.emit(a))
            row.addWidget(button)
        row.addStretch(1)
        self.section("Export")
        self.add(buttons)

    def show_findings(self, findings: list[Finding]) -> None:
        self.list.clear()
        for finding in findings:
            where = finding.location
            text = f"{_ICONS[finding.severity]}  {finding.message[:1].upper()}{finding.message[1:]}"
            if finding.suggestion:
                text += f" — {finding.suggestion}"
            text += f"   ({where}"
            text += f", {finding.audience} only)" if finding.audience else ")"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, where)
            item.setToolTip(f"Go to {where}")
            self.list.addItem(item)
        errors = sum(f.severity == Level.ERROR for f in findings)
        warnings = sum(f.severity == Level.WARNING for f in findings)
        if is_ready(findings):
            verdict = "Ready to publish: no errors."
            if warnings:
                verdict += f" {warnings} warning{'s' if warnings != 1 else ''} to read."
        else:
            verdict = (
                f"Not ready yet: {errors} error{'s' if errors != 1 else ''} and "
                f"{warnings} warning{'s' if warnings != 1 else ''}. You can still export a draft."
            )
        self.verdict.setText(verdict)
        self.verdict.setProperty("level", "" if is_ready(findings) else "warning")
        self.verdict.style().polish(self.verdict)

    def _activated(self, item: QListWidgetItem) -> None:
        self.location_activated.emit(item.data(Qt.ItemDataRole.UserRole))
