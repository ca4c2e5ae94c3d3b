"""Action items: what will change, who owns it, by when; overdue items stand out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from postmortem.checks import Finding
from ui import style
from ui.i18n.languages import translate
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.models.action_items_model import DUE, ITEMS, ActionItemsFilter, ActionItemsModel
from ui.step_state import step_named
from ui.steps.base import Guide, StepPage
from ui.steps.binding import Binding
from ui.widgets.date_entry import OptionalDateTimeEdit
from ui.widgets.markdown_edit import MarkdownField
from ui.widgets.table_editor import TableEditor


class ActionItemsStep(StepPage):
    step = step_named("action_items")
    guide = Guide(
        belongs=QT_TRANSLATE_NOOP(
            "Guide",
            "The changes that keep this from happening again, or make it shorter: each with one "
            "owner, a due date and a priority. Mark the ones promised to customers; the letter lists them.",
        ),
        good=QT_TRANSLATE_NOOP(
            "Guide",
            "Few, specific, owned by a person, dated, and linked to the tracker. A promise to "
            "customers is a commitment: only mark what will really be done.",
        ),
        example=QT_TRANSLATE_NOOP(
            "Guide", "Send storage alerts to the on-call rota, not a mailbox — Dana Ruiz, by 15 November."
        ),
    )

    def build(self) -> None:
        self.model = ActionItemsModel(self.controller, self)
        self.proxy = ActionItemsFilter(self.model, self)
        editor = TableEditor(self.proxy, self.tr("Action items"), self, stretch_column=0, min_rows=5)
        editor.view.horizontalHeader().setMinimumSectionSize(56)
        self.table = editor
        view = editor.view
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((0, 100, 100, 58, 76, 84, 76, 72)):
            if width:
                view.setColumnWidth(column, width)
        view.setMinimumHeight(240)
        editor.add_button(self.tr("Add action item"), self.add_item)
        editor.add_button(self.tr("Delete"), self.delete_item, needs_row=lambda _r: True)

        filters = QWidget(self)
        row = QHBoxLayout(filters)
        row.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(filters)
        self.search.setPlaceholderText(self.tr("Filter: owner, words…"))
        self.search.setAccessibleName(self.tr("Filter action items"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view_choice = QComboBox(filters)
        for choice in ActionItemsFilter.VIEWS:
            self.view_choice.addItem(translate("ActionItemsFilter", choice), choice)
        self.view_choice.setAccessibleName(self.tr("Show"))
        self.view_choice.currentIndexChanged.connect(
            lambda _i: self.proxy.set_view(self.view_choice.currentData())
        )
        row.addWidget(self.search)
        row.addWidget(self.view_choice)
        editor.finish_buttons(filters)

        self.overdue = QLabel(self)
        style.set_level(self.overdue, "warning")
        form = self.section(
            self.tr("Action items"),
            self.tr("Double-click a cell to edit it; click a column heading to sort."),
        )
        form.widget(self.tr("Action items"), editor, path=ITEMS, required=True, below=True)
        self.add(self.overdue)

        detail = self.section(self.tr("Selected item"))
        self.due = OptionalDateTimeEdit(self, date_only=True)
        self.due.start = lambda: self.model.starting_value(DUE)
        detail.widget(self.tr("Due"), self.due, hint=self.tr("Empty: no date is promised."))
        self.due.edit.setAccessibleName(self.tr("Due date of the selected action item"))
        self.due.clear_button.setAccessibleName(self.tr("Clear the due date"))
        self.due_binding = Binding((*ITEMS, 0, "due"), self.due, self.due.value, self.due.set_value)
        self.due.value_edited.connect(lambda: self._row_edited(self.due_binding))
        self.due.value_cleared.connect(
            lambda: self._row_edited(self.due_binding, text=self.tr("Clear due date"))
        )
        self.description = MarkdownField(self, rows=3, dictionary=self.dictionary)
        self.description.editor.setPlaceholderText(
            self.tr("Select an action item to describe it: what done looks like")
        )
        detail.widget(self.tr("Description"), self.description, below=True)
        self.description.editor.setAccessibleName(self.tr("Description of the selected action item"))
        editor_widget = self.description.editor
        self.description_binding = Binding(
            (*ITEMS, 0, "description"),
            editor_widget,
            editor_widget.toPlainText,
            lambda v: editor_widget.setPlainText(v or ""),
        )
        self._row_bindings = (self.description_binding, self.due_binding)
        self._bound = False
        editor_widget.textChanged.connect(self._description_edited)
        editor_widget.editing_finished.connect(lambda: self.binder.finished(self.description_binding))
        # A click sets the current row before it selects it: follow the selection too.
        view.selectionModel().currentRowChanged.connect(lambda *_: self._select())
        view.selectionModel().selectionChanged.connect(lambda *_: self._select())
        self.controller.notifier.changed.connect(self._after_change)
        self.controller.notifier.reset.connect(self._select)
        self.notes(("action_items", "internal_notes"), what=self.tr("the action items"))
        self._select()
        self._after_change()

    def add_item(self) -> None:
        self.search.clear()
        self.view_choice.setCurrentIndex(0)
        self.table.select_source_row(self.model.add_item(), 0, edit=True)

    def delete_item(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.model.delete_item(row)

    def _select(self) -> None:
        row = self.table.current_row()
        editor = self.description.editor
        if row is None:
            self._unbind()
            editor.setEnabled(False)
            editor.setPlainText("")
            self.due.setEnabled(False)
            self.due.set_value(None)
            return
        editor.setEnabled(True)
        self.due.setEnabled(True)
        for binding in self._row_bindings:
            binding.path = (*ITEMS, row, binding.path[-1])
            if not self._bound:
                self.binder.add(binding)
            else:
                self.binder.refresh(binding)
        self._bound = True
        where = self.description_binding.location
        editor.set_findings([f for f in self.controller.findings if f.location == where])

    def _unbind(self) -> None:
        if self._bound:
            for binding in self._row_bindings:
                self.binder.bindings.remove(binding)
            self._bound = False

    def _description_edited(self) -> None:
        if self._bound and self.description.editor.isEnabled():
            self.binder.edited(self.description_binding)

    def _row_edited(self, binding: Binding, *, text: str = "") -> None:
        if self._bound:
            self.binder.edited(binding, mergeable=False, text=text)

    def _after_change(self) -> None:
        self._select()
        count = self.model.overdue_count()
        self.overdue.setText(
            "⚠ " + translate("ActionItemsStep", "%n open item(s) past due.", None, count) if count else ""
        )
        self.overdue.setVisible(bool(count))

    def filter_unplaced(self, findings: list[Finding]) -> list[Finding]:
        # Row problems show in the table (icon and tooltip) and overdue items are tinted.
        return [f for f in findings if "[" not in f.location]
