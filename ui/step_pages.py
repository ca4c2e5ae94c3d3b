"""The guided steps' pages, stacked, and the step list beside them kept in step.

Each page is built the first time it is shown.

Pages are found through the one list of steps (`step_state.STEPS`), so a
page's module is imported only when the writer first opens that step; the
window starts with the first page alone. A read-only document's pages are
frozen as they are built.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.document_controller import DocumentController
from ui.i18n.languages import translate
from ui.step_state import STEPS, Step, findings_for, step_row, step_state, step_texts
from ui.steps.base import StepPage
from ui.widgets.spelling import SpellDictionary, SpellHighlighter
from ui.widgets.step_list import StepList


def page_class(step: Step) -> type[StepPage]:
    """The page for a step, imported the first time it is needed."""
    module, name = step.page.split(":")
    page: type[StepPage] = getattr(importlib.import_module(f"ui.steps.{module}"), name)
    return page


class StepPages(QStackedWidget):
    """One page per step, in the order of `STEPS`."""

    location_activated = Signal(str, object)  # a finding's location and span, on Review & export
    export_requested = Signal(str)  # audience, from Review & export
    letter_language = Signal(str)  # the language the Customer letter step shows

    def __init__(
        self,
        controller: DocumentController,
        dictionary: SpellDictionary,
        steps: StepList,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dictionary = dictionary
        self.steps = steps
        self.pages: dict[int, StepPage] = {}
        steps.currentRowChanged.connect(self.show_row)
        controller.findings_changed.connect(self._findings_changed)

    def page(self, row: int) -> StepPage:
        if row not in self.pages:
            page = page_class(STEPS[row])(self.controller, self.dictionary, self)
            self.pages[row] = page
            self.addWidget(page)
            if self.controller.read_only:
                from ui.read_only import freeze_page  # only read-only documents need it

                freeze_page(page)
            page.location_activated.connect(self.location_activated)
            page.export_requested.connect(self.export_requested)
            page.letter_language.connect(self.letter_language)
            page.own_findings_changed.connect(self._findings_changed)
            page.show_findings(findings_for(page.step, self.controller.findings))
        return self.pages[row]

    def show_row(self, row: int) -> None:
        if 0 <= row < len(STEPS):
            self.setCurrentWidget(self.page(row))
            if not STEPS[row].sections:
                self._read_named_files()

    def _read_named_files(self) -> None:
        """Review & export lists the recipients file's problems too: a file the document names
        is read (by its step's page, built now if never shown) before the writer reviews."""
        row = step_row("recipients")
        if row not in self.pages and self.controller.document.customer_letter.recipients_file:
            self.page(row)

    def current_page(self) -> StepPage | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, StepPage) else None

    def first(self) -> None:
        self.steps.setCurrentRow(0)
        self.show_row(0)

    def go_to(self, location: str, span: tuple[int, int] | None = None) -> None:
        """The page where `location` is written, with that field (and `span` of its words) selected."""
        row = step_row(location.split(".", 1)[0].split("[", 1)[0])
        self.steps.setCurrentRow(row)
        self.page(row).focus_location(location, span)

    def review(self, audience: str | None = None) -> None:
        """Review & export, showing the findings that matter for `audience` (None: both)."""
        from ui.steps.review import ReviewStep  # loaded with the step, not at start-up

        self.steps.setCurrentRow(len(STEPS) - 1)
        page = self.page(len(STEPS) - 1)
        if isinstance(page, ReviewStep):
            page.set_audience(audience)

    def _findings_changed(self) -> None:
        findings, document = self.controller.findings, self.controller.document
        # A page's own findings (the recipients file's rows) colour its step and are
        # listed on Review & export, which lists everything; the page itself shows them
        # in its own table, not again in its problems box.
        everything = findings + [f for page in self.pages.values() for f in page.own_findings()]
        for row, step in enumerate(STEPS):
            state = step_state(step, document, everything)
            self.steps.set_state(row, state, *step_texts(state, findings_for(step, everything), translate))
        for row, page in self.pages.items():
            page.show_findings(findings_for(STEPS[row], findings if STEPS[row].sections else everything))

    def drop_pages(self) -> None:
        """Read-only came or went: pages are built again, frozen or not, when next shown."""
        for page in self.pages.values():
            self.removeWidget(page)
            page.deleteLater()
        self.pages.clear()

    def stop(self) -> None:
        """The window is closing: each page ends the work it started."""
        for page in self.pages.values():
            page.stop()

    def set_spelling(self, enabled: bool) -> None:
        for page in self.pages.values():
            for highlighter in page.findChildren(SpellHighlighter):
                highlighter.set_enabled(enabled)
