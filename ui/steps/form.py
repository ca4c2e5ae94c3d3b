"""Form helpers: one call adds a labelled, bound, accessible field with its message line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postmortem.editing import Path
from postmortem.model import Document
from postmortem.text import clean_line, clean_markdown
from ui import style
from ui.document_controller import DocumentController
from ui.models.list_model import TextListModel
from ui.steps.binding import Binder, Binding, FieldMessage
from ui.widgets.date_entry import OptionalDateTimeEdit
from ui.widgets.fields import AssetPicker, ZoneCombo
from ui.widgets.markdown_edit import MarkdownField
from ui.widgets.spelling import SpellDictionary
from ui.widgets.table_editor import TableEditor


def step_name(template: str, label: str) -> str:
    """An undo step's name: %1 is the label in lower case (English's), %2 as the form shows it."""
    return template.replace("%1", label.lower()).replace("%2", label)


LABEL_WIDTH = 150


def _same_line(shown: Any, stored: Any) -> bool:
    return bool(clean_line(str(shown)) == stored)


def _same_markdown(shown: Any, stored: Any) -> bool:
    return bool(clean_markdown(str(shown)) == stored)


class Form(QWidget):
    """A two-column form (label, field) whose fields are bound to document paths."""

    def __init__(
        self, binder: Binder, parent: QWidget | None = None, *, dictionary: SpellDictionary | None = None
    ) -> None:
        super().__init__(parent)
        self.binder = binder
        self.dictionary = dictionary
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.layout_.setVerticalSpacing(10)
        self.widgets: dict[Path, QWidget] = {}

    @property
    def controller(self) -> DocumentController:
        return self.binder.controller

    # ------------------------------------------------------------ layout

    def _row(
        self, label: str, widget: QWidget, *, required: bool, hint: str = "", below: bool = False
    ) -> FieldMessage:
        message = FieldMessage(self)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(widget)
        if hint:
            note = QLabel(hint, box)
            note.setWordWrap(True)
            style.set_role(note, "hint")
            column.addWidget(note)
        column.addWidget(message)
        caption = QLabel(self)
        caption.setTextFormat(Qt.TextFormat.RichText)
        marker = ' <span style="color:#c0392b">*</span>' if required else ""
        caption.setText(f"{label}{marker}")
        caption.setBuddy(widget)
        style.set_role(caption, "field-label")
        # One label width on every form, so fields line up from section to section.
        caption.setMinimumWidth(LABEL_WIDTH)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        caption.setWordWrap(True)
        widget.setAccessibleName(label)
        if required:
            widget.setAccessibleDescription((self.tr("Required.") + " " + hint).strip())
        elif hint:
            widget.setAccessibleDescription(hint)
        if below:
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            self.layout_.addRow(caption)
            self.layout_.addRow(box)
        else:
            self.layout_.addRow(caption, box)
        return message

    def _bind(self, binding: Binding) -> Binding:
        self.widgets[binding.path] = binding.widget
        return self.binder.add(binding)

    # ------------------------------------------------------------ fields

    def line(
        self, path: Path, label: str, placeholder: str = "", *, required: bool = False, hint: str = ""
    ) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(False)
        message = self._row(label, edit, required=required, hint=hint)
        binding = self._bind(
            Binding(path, edit, edit.text, lambda v: edit.setText(v or ""), _same_line, message)
        )
        edit.textEdited.connect(lambda _t: self.binder.edited(binding, show_now=False))
        edit.editingFinished.connect(lambda: self.binder.finished(binding))
        return edit

    def markdown(
        self,
        path: Path,
        label: str,
        placeholder: str = "",
        *,
        required: bool = False,
        hint: str = "",
        rows: int = 4,
        below: bool = False,
    ) -> MarkdownField:
        field = MarkdownField(self, rows=rows, dictionary=self.dictionary)
        editor = field.editor
        editor.setPlaceholderText(placeholder)
        message = self._row(label, field, required=required, hint=hint, below=below)
        editor.setAccessibleName(label)
        binding = self._bind(
            Binding(
                path,
                editor,
                editor.toPlainText,
                lambda v: editor.setPlainText(v or ""),
                _same_markdown,
                message,
            )
        )
        editor.textChanged.connect(lambda: self.binder.edited(binding))
        editor.editing_finished.connect(lambda: self.binder.finished(binding))
        return field

    def choice(
        self,
        path: Path,
        label: str,
        enum: type[Enum],
        *,
        names: Callable[[str], str] | None = None,
        required: bool = False,
        hint: str = "",
    ) -> QComboBox:
        """A choice among `enum`'s members, each shown as `names` calls its value (the core's
        words for it in the interface's language), else as the value itself."""
        combo = QComboBox(self)
        for member in enum:
            value = str(member.value)
            combo.addItem(names(value) if names else value[:1].upper() + value[1:], member)
        message = self._row(label, combo, required=required, hint=hint)
        binding = self._bind(
            Binding(
                path,
                combo,
                combo.currentData,
                lambda v: combo.setCurrentIndex(max(combo.findData(v), 0)),
                message=message,
            )
        )
        combo.activated.connect(lambda _i: self.binder.edited(binding, mergeable=False))
        return combo

    def names(
        self, path: Path, label: str, source: Path, *, required: bool = False, hint: str = ""
    ) -> QComboBox:
        """A choice among the names in a list of people (the letter's signer)."""
        combo = QComboBox(self)
        message = self._row(label, combo, required=required, hint=hint)

        def fill() -> None:
            names = [p.name for p in self.controller.get(source) if p.name]
            current = self.controller.get(path)
            wanted = ["", *names] + ([current] if current and current not in names else [])
            if [combo.itemData(i) for i in range(combo.count())] != wanted:
                combo.blockSignals(True)
                combo.clear()
                for name in wanted:
                    combo.addItem(name or self.tr("Choose an author…"), name)
                combo.blockSignals(False)
            combo.setCurrentIndex(max(combo.findData(current), 0))

        binding = Binding(path, combo, lambda: combo.currentData() or "", lambda _v: fill(), message=message)
        self.controller.notifier.changed.connect(fill)
        self._bind(binding)
        combo.activated.connect(lambda _i: self.binder.edited(binding, mergeable=False))
        return combo

    def check(self, path: Path, label: str, text: str, *, hint: str = "") -> QCheckBox:
        box = QCheckBox(text, self)
        message = self._row(label, box, required=False, hint=hint)
        box.setAccessibleName(text)
        binding = self._bind(
            Binding(path, box, box.isChecked, lambda v: box.setChecked(bool(v)), message=message)
        )
        box.clicked.connect(lambda _c: self.binder.edited(binding, mergeable=False))
        return box

    def moment(
        self,
        path: Path,
        label: str,
        *,
        required: bool = False,
        hint: str = "",
        date_only: bool = False,
        start: Callable[[Document], dt.datetime | dt.date | None] | None = None,
    ) -> OptionalDateTimeEdit:
        """A date or date-time; `start` gives where typing into it begins while it is empty."""
        edit = OptionalDateTimeEdit(self, date_only=date_only)
        message = self._row(label, edit, required=required, hint=hint)
        edit.edit.setAccessibleName(label)
        edit.clear_button.setAccessibleName(self.tr("Clear %1").replace("%1", label))
        if start is not None:
            edit.start = lambda: start(self.controller.document)

        def write(value: dt.datetime | dt.date | None) -> None:
            edit.set_zone(self.controller.document.meta.time_zone)
            edit.set_value(value)

        binding = self._bind(Binding(path, edit, edit.value, write, message=message))
        if not date_only:
            # A new time zone shows the same instant in the new zone's clock.
            self.controller.notifier.value_changed.connect(
                lambda p: write(self.controller.get(path)) if p[:2] == ("meta", "time_zone") else None
            )
        edit.value_edited.connect(lambda: self.binder.edited(binding, mergeable=False))
        cleared = step_name(self.tr("Clear %1", "undo step"), label)
        edit.value_cleared.connect(lambda: self.binder.edited(binding, mergeable=False, text=cleared))
        return edit

    def number(
        self,
        path: Path,
        label: str,
        *,
        decimals: int = 0,
        maximum: float = 10**9,
        suffix: str = "",
        hint: str = "",
    ) -> QSpinBox | QDoubleSpinBox:
        spin: QSpinBox | QDoubleSpinBox
        if decimals:
            spin = QDoubleSpinBox(self)
            spin.setDecimals(decimals)
        else:
            spin = QSpinBox(self)
        spin.setRange(-1, int(maximum) if not decimals else maximum)  # type: ignore[arg-type]
        spin.setSpecialValueText(self.tr("Not known"))
        spin.setSuffix(suffix)
        spin.setMaximumWidth(200)
        message = self._row(label, spin, required=False, hint=hint)

        def read() -> float | int | None:
            value = spin.value()
            return None if value < 0 else value

        binding = self._bind(
            Binding(path, spin, read, lambda v: spin.setValue(-1 if v is None else v), message=message)
        )
        spin.valueChanged.connect(lambda _v: self.binder.edited(binding))
        spin.editingFinished.connect(lambda: self.binder.finished(binding))
        return spin

    def zone(self, path: Path, label: str, *, hint: str = "") -> ZoneCombo:
        combo = ZoneCombo(self)
        message = self._row(label, combo, required=True, hint=hint)
        binding = self._bind(Binding(path, combo, combo.currentText, combo.setEditText, _same_line, message))
        combo.currentTextChanged.connect(lambda _t: self.binder.edited(binding, show_now=False))
        line = combo.lineEdit()
        if line is not None:
            line.editingFinished.connect(lambda: self.binder.finished(binding))
        return combo

    def asset(self, path: Path, label: str, *, what: str, hint: str = "") -> AssetPicker:
        picker = AssetPicker(self, what=what)
        message = self._row(label, picker, required=False, hint=hint)
        picker.line.setAccessibleName(label)

        def write(value: str) -> None:
            picker.folder = self.controller.folder
            picker.set_value(value)

        binding = self._bind(Binding(path, picker, picker.value, write, _same_line, message))
        self.controller.path_changed.connect(lambda: setattr(picker, "folder", self.controller.folder))

        def edited() -> None:
            self.binder.edited(binding)
            self.binder.finished(binding)

        def refused(text: str) -> None:
            message.refusal = text
            message.show_state()

        picker.value_edited.connect(edited)
        picker.problem.connect(refused)
        return picker

    def text_list(
        self,
        path: Path,
        label: str,
        header: str,
        *,
        add_text: str,
        placeholder: str = "",
        required: bool = False,
        hint: str = "",
    ) -> TableEditor:
        """An editable list of short texts with Add / Remove / Move buttons."""
        model = TextListModel(self.controller, path, header, self)
        editor = TableEditor(model, label, self, min_rows=2)
        editor.view.horizontalHeader().setVisible(False)
        editor.view.setAlternatingRowColors(False)
        # A root cause or a lesson is a sentence or two: show it whole, not cut at the edge.
        editor.view.setWordWrap(True)
        editor.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        editor.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        style.set_role(editor.view, "text-list")  # its items get more padding (ui/style.py)

        def add() -> None:
            row = model.rowCount()
            self.controller.insert_item(path, row, "", text=step_name(self.tr("Add %1"), header))
            editor.select_source_row(row, edit=True)

        def remove() -> None:
            row = editor.current_row()
            if row is not None:
                self.controller.remove_item(path, row, text=step_name(self.tr("Remove %1"), header))

        def move(delta: int) -> None:
            row = editor.current_row()
            if row is not None and 0 <= row + delta < model.rowCount():
                self.controller.move_item(path, row, row + delta, text=step_name(self.tr("Move %1"), header))
                editor.select_source_row(row + delta)

        editor.add_button(add_text, add)
        editor.add_button(self.tr("Remove"), remove, needs_row=lambda _r: True)
        editor.add_button(self.tr("Move up"), lambda: move(-1), needs_row=lambda r: r > 0)
        editor.add_button(self.tr("Move down"), lambda: move(1), needs_row=lambda r: r < model.rowCount() - 1)
        editor.finish_buttons()
        if placeholder:
            editor.view.setToolTip(placeholder)
        message = self._row(label, editor, required=required, hint=hint or placeholder)
        # Findings about the list as a whole ("no root cause is given") show under it.
        self._bind(Binding(path, editor, lambda: None, lambda _v: None, lambda _a, _b: True, message))
        return editor

    def widget(
        self,
        label: str,
        widget: QWidget,
        *,
        path: Path | None = None,
        required: bool = False,
        hint: str = "",
        below: bool = False,
    ) -> QWidget:
        """Any other widget as a labelled row; `path` gives it the findings about that path."""
        message = self._row(label, widget, required=required, hint=hint, below=below)
        if path is not None:
            self._bind(Binding(path, widget, lambda: None, lambda _v: None, lambda _a, _b: True, message))
        return widget
