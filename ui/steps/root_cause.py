"""Root cause: the trigger, the causes beneath it, and a five-whys chain."""

from __future__ import annotations

from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.models.record_models import WhysModel
from ui.step_state import step_named
from ui.steps.base import Guide, StepPage
from ui.widgets.table_editor import TableEditor

WHYS = ("root_cause", "five_whys")


class RootCauseStep(StepPage):
    step = step_named("root_cause")
    guide = Guide(
        belongs=QT_TRANSLATE_NOOP(
            "Guide",
            "Why it happened: the trigger that set it off, the conditions that let it become an "
            "outage, and what slowed detection or response. Blameless: systems and decisions, not people.",
        ),
        good=QT_TRANSLATE_NOOP(
            "Guide",
            "Each root cause is a condition you can change; the five whys end at something an action "
            "item fixes, not at 'human error'.",
        ),
        example=QT_TRANSLATE_NOOP(
            "Guide", "The array ran degraded for six days because the drive alert went to a retired inbox."
        ),
    )

    def build(self) -> None:
        cause = self.section(self.tr("Cause"))
        cause.markdown(
            ("root_cause", "trigger"),
            self.tr("Trigger"),
            self.tr("The event that started the incident"),
            required=True,
            rows=3,
        )
        cause.text_list(
            ("root_cause", "root_causes"),
            self.tr("Root causes"),
            self.tr("Root cause"),
            add_text=self.tr("Add root cause"),
            placeholder=self.tr("A condition that, fixed, prevents a repeat"),
            required=True,
        )
        cause.text_list(
            ("root_cause", "contributing_factors"),
            self.tr("Contributing factors"),
            self.tr("Factor"),
            add_text=self.tr("Add factor"),
            placeholder=self.tr("Something that made it worse or longer"),
        )

        whys = self.section(
            self.tr("Five whys"),
            self.tr(
                "Ask why, answer, and ask why again about the answer, "
                "until the answer is something you can fix."
            ),
        )
        model = WhysModel(self.controller, WHYS, self)
        editor = TableEditor(model, self.tr("Five whys"), self, stretch_column=1, min_rows=3)
        editor.view.setColumnWidth(0, 300)
        self.whys = editor

        def ask() -> None:
            editor.select_source_row(model.ask_why(), 1, edit=True)

        def remove() -> None:
            row = editor.current_row()
            if row is not None:
                self.controller.remove_item(WHYS, row, text=self.tr("Remove why"))

        editor.add_button(self.tr("Ask why?"), ask, tip=self.tr("Add the next 'why?' row"))
        editor.add_button(self.tr("Remove"), remove, needs_row=lambda _r: True)
        editor.finish_buttons()
        whys.widget(self.tr("Five whys"), editor, path=WHYS, below=True)

        response = self.section(self.tr("Detection and response"))
        response.markdown(
            ("root_cause", "detection_analysis"),
            self.tr("How we noticed"),
            self.tr("Who or what noticed first, and how long after the trigger"),
            rows=3,
        )
        response.markdown(
            ("root_cause", "response_analysis"),
            self.tr("How the response went"),
            self.tr("What helped, what got in the way"),
            rows=3,
        )
        self.notes(("root_cause", "internal_notes"), what=self.tr("the root cause"))
