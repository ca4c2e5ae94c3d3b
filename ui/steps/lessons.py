"""Lessons: what went well, what went wrong, where we got lucky."""

from __future__ import annotations

from ui.step_state import step_named
from ui.steps.base import Guide, StepPage


class LessonsStep(StepPage):
    step = step_named("lessons")
    guide = Guide(
        belongs="What the team learned, in three lists. Luck matters: it is what hides the next outage.",
        good="Specific and blameless; each 'went wrong' either has an action item or a reason it does not.",
        example="We got lucky: the second drive failed after the nightly backup had finished.",
    )

    def build(self) -> None:
        form = self.section("Lessons")
        form.text_list(
            ("lessons", "went_well"),
            "Went well",
            "Went well",
            add_text="Add",
            placeholder="The on-call engineer had a tested restore runbook",
        )
        form.text_list(
            ("lessons", "went_wrong"),
            "Went wrong",
            "Went wrong",
            add_text="Add",
            placeholder="Status updates stopped during the restore",
        )
        form.text_list(
            ("lessons", "got_lucky"),
            "Got lucky",
            "Got lucky",
            add_text="Add",
            placeholder="The failure began outside business hours",
        )
        self.notes(("lessons", "internal_notes"), what="the lessons")
