"""Timeline: what happened when, as a table kept in time order, with live key durations."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel

from postmortem.checks import Finding
from postmortem.durations import format_duration, key_figures, ordering_problems
from postmortem.importers.lines import parse_events
from ui import style
from ui.i18n.languages import translate
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.models.timeline_model import EVENTS, TimelineModel
from ui.step_state import step_named
from ui.steps.base import Guide, StepPage
from ui.widgets.table_editor import TableEditor


class TimelineStep(StepPage):
    step = step_named("timeline")
    guide = Guide(
        belongs=QT_TRANSLATE_NOOP(
            "Guide",
            "Every moment that matters, in order: what triggered the incident, when it was "
            "detected, escalated, mitigated and resolved, and what customers were told.",
        ),
        good=QT_TRANSLATE_NOOP(
            "Guide",
            "Times from logs and chat, not memory; one event per line; the trigger, detection, "
            "mitigation and resolution marked, so the report can show how long each took.",
        ),
        example=QT_TRANSLATE_NOOP(
            "Guide", "2026-10-27 03:10  trigger  Primary drive in the storage array failed"
        ),
    )

    def build(self) -> None:
        self.model = TimelineModel(self.controller, self)
        editor = TableEditor(self.model, self.tr("Timeline events"), self, stretch_column=3, min_rows=6)
        self.table = editor
        view = editor.view
        view.setColumnWidth(0, 190)
        view.setColumnWidth(1, 120)
        view.setColumnWidth(2, 130)
        view.setMinimumHeight(300)
        editor.add_button(
            self.tr("Add event"), self.add_event, tip=self.tr("Add an event after the last one")
        )
        editor.add_button(
            self.tr("Insert above"),
            self.insert_event,
            needs_row=lambda _r: True,
            tip=self.tr("Insert an event at the selected event's time, above it"),
        )
        editor.add_button(self.tr("Delete"), self.delete_event, needs_row=lambda _r: True)
        editor.add_button(
            self.tr("Move up"),
            lambda: self.move_event(-1),
            needs_row=lambda r: self.model.can_move(r, -1),
            tip=self.tr("Reorder events that happened in the same minute"),
        )
        editor.add_button(
            self.tr("Move down"),
            lambda: self.move_event(1),
            needs_row=lambda r: self.model.can_move(r, 1),
            tip=self.tr("Reorder events that happened in the same minute"),
        )
        editor.add_button(
            self.tr("Paste events"),
            self.paste_events,
            tip=self.tr(
                "Add events from copied lines such as '2026-10-27 03:10 Primary drive failed' "
                "or CSV rows (Ctrl+V in the table)"
            ),
        )
        editor.finish_buttons()
        self._keys = _TableKeys(self)
        view.installEventFilter(self._keys)
        form = self.section(
            self.tr("Events"),
            self.tr(
                "Times are in the document's time zone (set on the Overview step). "
                "Paste lines from a chat log or a spreadsheet to add many events at once."
            ),
        )
        form.widget(self.tr("Events"), editor, path=EVENTS, required=True, below=True)
        self.figures = QLabel(self)
        style.set_role(self.figures, "figures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setAccessibleName(self.tr("Key durations"))
        self.order = QLabel(self)
        self.order.setWordWrap(True)
        style.set_level(self.order, "error")
        self.add(self.figures)
        self.add(self.order)
        self.notes(("timeline", "internal_notes"), what=self.tr("the timeline"))
        self.controller.notifier.changed.connect(self.update_figures)
        self.update_figures()

    # ------------------------------------------------------------ actions

    def add_event(self) -> None:
        row = self.model.add_event()
        self.table.select_source_row(row, 3, edit=True)

    def insert_event(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.table.select_source_row(self.model.add_event(before_row=row), 3, edit=True)

    def delete_event(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.model.delete_event(row)

    def move_event(self, delta: int) -> None:
        row = self.table.current_row()
        if row is not None and self.model.move_event(row, delta):
            self.table.select_source_row(row + delta)

    def paste_events(self) -> int:
        """Add the events in the clipboard's lines (the button and Ctrl+V); returns how many."""
        # No parameter on purpose: the button's clicked(checked) must not arrive as the text.
        clipboard = QGuiApplication.clipboard()
        return self.add_pasted_events(clipboard.text() if clipboard else "")

    def add_pasted_events(self, text: str) -> int:
        """Add the events in pasted `text`; say which lines could not be read."""
        events = self.model.items()
        last = events[-1].time.date() if events else None
        result = parse_events(text or "", self.controller.document.meta.time_zone, default_date=last)
        self.model.add_events(result.events)
        if result.problems:
            more = len(result.problems) - 3
            lines = "; ".join(result.problems[:3])
            if more > 0:
                lines += translate("TimelineStep", "; and %n more", None, more)
            self.table.show_problem(self.tr("Some lines were not added — %1.").replace("%1", lines))
        elif not result.events:
            self.table.show_problem(self.tr("The clipboard holds no lines that start with a time."))
        else:
            self.table.show_problem("")
        return len(result.events)

    # ------------------------------------------------------------ live figures

    def update_figures(self) -> None:
        figures = key_figures(self.controller.document)
        parts = [
            (self.tr("Time to detect"), figures.time_to_detect),
            (self.tr("Time to mitigate"), figures.time_to_mitigate),
            (self.tr("Time to resolve"), figures.time_to_resolve),
            (self.tr("Customer impact"), figures.impact_duration),
        ]
        cells = "".join(
            f"<td style='padding-right:28px'><span style='font-size:small'>{label}</span><br>"
            f"<b style='font-size:large'>{format_duration(value)}</b></td>"
            for label, value in parts
        )
        self.figures.setText(f"<table><tr>{cells}</tr></table>")
        problems = ordering_problems(self.controller.document)
        self.order.setText(
            "\n".join(
                "⚠ " + self.tr("%1: check the times and their UTC offsets.").replace(
                    "%1", message[:1].upper() + message[1:]
                )
                for _location, message in problems
            )
        )
        self.order.setVisible(bool(problems))

    def filter_unplaced(self, findings: list[Finding]) -> list[Finding]:
        # Row problems show as icons in the table and ordering problems under it.
        return [f for f in findings if "[" not in f.location and f.rule != "order"]


class _TableKeys(QObject):
    """Ctrl+V pastes events and Delete removes one, while the table (not an editor) has focus."""

    def __init__(self, step: TimelineStep) -> None:
        super().__init__(step)
        self.step = step

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.step.table.view
        if watched is view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Paste):
                self.step.paste_events()
                return True
            if event.matches(QKeySequence.StandardKey.Delete) and view.state() != view.State.EditingState:
                self.step.delete_event()
                return True
        return False
