"""Lessons: what went well, what went wrong, where we got lucky."""

from __future__ import annotations

from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.step_state import step_named
from ui.steps.base import Guide, StepPage


class LessonsStep(StepPage):
    step = step_named("lessons")
    guide = Guide(
        belongs=QT_TRANSLATE_NOOP(
            "Guide", "What the team learned, in three lists. Luck matters: it is what hides the next outage."
        ),
        good=QT_TRANSLATE_NOOP(
            "Guide",
            "Specific and blameless; each 'went wrong' either has an action item or a reason it does not.",
        ),
        example=QT_TRANSLATE_NOOP(
            "Guide", "We got lucky: the second drive failed after the nightly backup had finished."
        ),
    )

    def build(self) -> None:
        form = self.section(self.tr("Lessons"))
        form.text_list(
            ("lessons", "went_well"),
            self.tr("Went well"),
            self.tr("Went well"),
            add_text=self.tr("Add"),
            placeholder=self.tr("The on-call engineer had a tested restore runbook"),
        )
        form.text_list(
            ("lessons", "went_wrong"),
            self.tr("Went wrong"),
            self.tr("Went wrong"),
            add_text=self.tr("Add"),
            placeholder=self.tr("Status updates stopped during the restore"),
        )
        form.text_list(
            ("lessons", "got_lucky"),
            self.tr("Got lucky"),
            self.tr("Got lucky"),
            add_text=self.tr("Add"),
            placeholder=self.tr("The failure began outside business hours"),
        )
        self.notes(("lessons", "internal_notes"), what=self.tr("the lessons"))
