"""Overview: what the incident is called, who writes about it, and the summary."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from postmortem.model import PageSize, Severity, Status
from ui.models.record_models import PeopleModel
from ui.step_state import step_named
from ui.steps.base import Guide, StepPage
from ui.widgets.table_editor import TableEditor
from ui.widgets.timeline_chart import TimelineChartView


def people_table(page: StepPage, list_path: tuple[str, str], noun: str) -> TableEditor:
    model = PeopleModel(page.controller, list_path, page)
    editor = TableEditor(model, f"{noun.capitalize()}s", page, stretch_column=3, min_rows=2)
    editor.view.setColumnWidth(0, 170)
    editor.view.setColumnWidth(1, 170)
    editor.view.setColumnWidth(2, 190)

    def add() -> None:
        editor.select_source_row(model.add_person(), edit=True)

    def remove() -> None:
        row = editor.current_row()
        if row is not None:
            page.controller.remove_item(list_path, row, text=f"Remove {noun}")

    editor.add_button(f"Add {noun}", add)
    editor.add_button("Remove", remove, needs_row=lambda _r: True)
    editor.finish_buttons()
    return editor


class OverviewStep(StepPage):
    step = step_named("overview")
    guide = Guide(
        belongs="The facts a reader needs first: what the incident is called, how severe it was, "
        "who is writing about it, and a short summary.",
        good="A title a customer would recognise, a severity everyone agrees on, and a summary of "
        "three or four sentences: what happened, to whom, for how long, and how it ended.",
        example="Web site and support desk unavailable for 31 hours after a storage failure.",
    )

    def build(self) -> None:
        heading = QLabel("At a glance", self)
        heading.setProperty("role", "section-title")
        self.add(heading)
        note = QLabel("From the timeline and the impact window; the report prints the same chart.", self)
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        self.add(note)
        self.chart = TimelineChartView(self.controller, self)
        self.add(self.chart)
        form = self.section("The incident")
        form.line(("meta", "title"), "Title", "Web site unavailable after a storage failure", required=True)
        form.line(
            ("meta", "incident_id"),
            "Incident id",
            "INC-2026-042",
            hint="The id in your incident tracker; the report prints it.",
        )
        form.choice(("meta", "severity"), "Severity", Severity, descriptions=True, required=True)
        form.choice(
            ("meta", "status"),
            "Status",
            Status,
            hint="Set it to Final only when the checks find no errors.",
        )
        form.moment(
            ("meta", "date"),
            "Date of this write-up",
            date_only=True,
            hint="Exports carry this date, so they come out the same every time.",
        )
        form.zone(
            ("meta", "time_zone"),
            "Time zone",
            hint="The zone customers live in; every time is shown in it, zone named.",
        )
        form.choice(("meta", "page_size"), "Paper size", PageSize)

        org = self.section("Organisation", "Printed on the letterhead and in the report's footer.")
        org.line(("meta", "organisation", "name"), "Name", "Example Software Ltd", required=True)
        org.asset(
            ("meta", "organisation", "logo"),
            "Logo",
            what="logo",
            hint="An image in the same folder as this document.",
        )
        org.line(("meta", "organisation", "website"), "Web site", "https://example.com")
        org.line(("meta", "organisation", "contact_email"), "Support e-mail", "support@example.com")
        org.line(("meta", "organisation", "phone"), "Phone", "+1 555 0100")
        org.line(
            ("meta", "organisation", "brand_colour"),
            "Brand colour",
            "#1f4e79",
            hint="Used sparingly: the letterhead rule and headings.",
        )

        people = self.section("People", "Authors write the postmortem; one of them signs the letter.")
        authors = people_table(self, ("meta", "authors"), "author")
        people.widget("Authors", authors, path=("meta", "authors"), required=True, below=True)
        reviewers = people_table(self, ("meta", "reviewers"), "reviewer")
        people.widget("Reviewers", reviewers, path=("meta", "reviewers"), below=True)
        self.people_tables: list[QWidget] = [authors, reviewers]

        summary = self.section("Summary")
        summary.markdown(
            ("summary", "text"),
            "Summary",
            "On 27 October our web site and support desk were unavailable for 31 hours after "
            "a storage failure. Messages sent to support in that time may have been lost…",
            required=True,
            rows=5,
        )
        summary.text_list(("meta", "tags"), "Tags", "Tag", add_text="Add tag", placeholder="storage, backup")
        box = self.notes(("meta", "internal_notes"), what="the overview and summary")
        box.form.markdown(
            ("summary", "internal_notes"),
            "Notes on the summary",
            "What the summary leaves out on purpose, and why",
            rows=2,
            below=True,
        )
