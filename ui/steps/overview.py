"""Overview: what the incident is called, who writes about it, and the summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from postmortem.i18n.labels import severity_description, status_label
from postmortem.model import PageSize, Severity, Status
from ui import style
from ui.i18n.languages import core_words
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.models.record_models import PeopleModel
from ui.step_state import step_named
from ui.steps.base import Guide, StepPage
from ui.widgets.table_editor import TableEditor
from ui.widgets.timeline_chart import TimelineChartView


def people_table(page: StepPage, list_path: tuple[str, str], texts: tuple[str, str, str]) -> TableEditor:
    """`texts`: the table's name ("Authors"), its Add button, its undo step ("Remove author")."""
    name, add_text, remove_text = texts
    model = PeopleModel(page.controller, list_path, page)
    editor = TableEditor(model, name, page, stretch_column=3, min_rows=2)
    editor.view.setColumnWidth(0, 170)
    editor.view.setColumnWidth(1, 170)
    editor.view.setColumnWidth(2, 190)

    def add() -> None:
        editor.select_source_row(model.add_person(), edit=True)

    def remove() -> None:
        row = editor.current_row()
        if row is not None:
            page.controller.remove_item(list_path, row, text=remove_text)

    editor.add_button(add_text, add)
    editor.add_button(QCoreApplication.translate("OverviewStep", "Remove"), remove, needs_row=lambda _r: True)
    editor.finish_buttons()
    return editor


class OverviewStep(StepPage):
    step = step_named("overview")
    guide = Guide(
        belongs=QT_TRANSLATE_NOOP(
            "Guide",
            "The facts a reader needs first: what the incident is called, how severe it was, "
            "who is writing about it, and a short summary.",
        ),
        good=QT_TRANSLATE_NOOP(
            "Guide",
            "A title a customer would recognise, a severity everyone agrees on, and a summary of "
            "three or four sentences: what happened, to whom, for how long, and how it ended.",
        ),
        example=QT_TRANSLATE_NOOP(
            "Guide", "Web site and support desk unavailable for 31 hours after a storage failure."
        ),
    )

    def build(self) -> None:
        heading = QLabel(self.tr("At a glance"), self)
        style.set_role(heading, "section-title")
        self.add(heading)
        note = QLabel(
            self.tr("From the timeline and the impact window; the report prints the same chart."), self
        )
        note.setWordWrap(True)
        style.set_role(note, "hint")
        self.add(note)
        self.chart = TimelineChartView(self.controller, self)
        self.add(self.chart)
        form = self.section(self.tr("The incident"))
        form.line(
            ("meta", "title"),
            self.tr("Title"),
            self.tr("Web site unavailable after a storage failure"),
            required=True,
        )
        form.line(
            ("meta", "incident_id"),
            self.tr("Incident id"),
            self.tr("INC-2026-042"),
            hint=self.tr("The id in your incident tracker; the report prints it."),
        )
        words = core_words()
        form.choice(
            ("meta", "severity"),
            self.tr("Severity"),
            Severity,
            names=lambda value: f"{value} — {severity_description(value, words)}",
            required=True,
        )
        form.choice(
            ("meta", "status"),
            self.tr("Status"),
            Status,
            names=lambda value: status_label(value, words),
            hint=self.tr("Set it to Final only when the checks find no errors."),
        )
        form.moment(
            ("meta", "date"),
            self.tr("Date of this write-up"),
            date_only=True,
            hint=self.tr("Exports carry this date, so they come out the same every time."),
        )
        form.zone(
            ("meta", "time_zone"),
            self.tr("Time zone"),
            hint=self.tr("The zone customers live in; every time is shown in it, zone named."),
        )
        form.choice(("meta", "page_size"), self.tr("Paper size"), PageSize)

        org = self.section(
            self.tr("Organisation"), self.tr("Printed on the letterhead and in the report's footer.")
        )
        org.line(
            ("meta", "organisation", "name"), self.tr("Name"), self.tr("Example Software Ltd"), required=True
        )
        org.asset(
            ("meta", "organisation", "logo"),
            self.tr("Logo"),
            what="logo",
            hint=self.tr("An image in the same folder as this document."),
        )
        org.line(("meta", "organisation", "website"), self.tr("Web site"), "https://example.com")
        org.line(
            ("meta", "organisation", "contact_email"),
            self.tr("Support e-mail"),
            self.tr("support@example.com"),
        )
        org.line(("meta", "organisation", "phone"), self.tr("Phone"), "+1 555 0100")
        org.line(
            ("meta", "organisation", "brand_colour"),
            self.tr("Brand colour"),
            "#1f4e79",
            hint=self.tr("Used sparingly: the letterhead rule and headings."),
        )

        people = self.section(
            self.tr("People"), self.tr("Authors write the postmortem; one of them signs the letter.")
        )
        texts = (self.tr("Authors"), self.tr("Add author"), self.tr("Remove author"))
        authors = people_table(self, ("meta", "authors"), texts)
        people.widget(self.tr("Authors"), authors, path=("meta", "authors"), required=True, below=True)
        texts = (self.tr("Reviewers"), self.tr("Add reviewer"), self.tr("Remove reviewer"))
        reviewers = people_table(self, ("meta", "reviewers"), texts)
        people.widget(self.tr("Reviewers"), reviewers, path=("meta", "reviewers"), below=True)
        self.people_tables: list[QWidget] = [authors, reviewers]

        summary = self.section(self.tr("Summary"))
        summary.markdown(
            ("summary", "text"),
            self.tr("Summary"),
            self.tr(
                "On 27 October our web site and support desk were unavailable for 31 hours after "
                "a storage failure. Messages sent to support in that time may have been lost…"
            ),
            required=True,
            rows=5,
        )
        summary.text_list(
            ("meta", "tags"),
            self.tr("Tags"),
            self.tr("Tag"),
            add_text=self.tr("Add tag"),
            placeholder=self.tr("storage, backup"),
        )
        box = self.notes(("meta", "internal_notes"), what=self.tr("the overview and summary"))
        box.form.markdown(
            ("summary", "internal_notes"),
            self.tr("Notes on the summary"),
            self.tr("What the summary leaves out on purpose, and why"),
            rows=2,
            below=True,
        )
