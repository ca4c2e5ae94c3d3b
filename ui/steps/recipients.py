"""Recipients: who gets the letter, each their own, and sending it.

The writer imports a CSV or XLSX file; its rows show with their problems
(a bad address, a duplicate, a cell the letter needs left empty), and the
letter of the selected row shows as the PDF the merge writes for it. Write
Letters runs `postmortem merge` in a child process with a progress bar and
Cancel; Send Letters sends the merge's e-mails after a confirmation that
names the number of recipients and the server.

The document remembers the file only when it lies inside the document's
folder (`customer_letter.recipients_file`, relative, one undo step), so
reopening the document shows the same recipients, read afresh from the
file. A file elsewhere is used for this session and not remembered: the
document never names, or reads, anything outside its folder.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QWidget,
)

from postmortem.checks import Finding, Level
from postmortem.editing import Path as FieldPath
from postmortem.errors import DocumentError
from postmortem.mail.languages import language_findings
from postmortem.mail.recipient_fields import missing_fields
from postmortem.mail.recipients import RecipientList, file_in_folder, name_in_folder, read_recipients
from ui import background, style
from ui.i18n.languages import translate
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.mail.letter_preview import RecipientLetter
from ui.mail.merge_process import MergeProcess
from ui.mail.recipients_model import RecipientsModel
from ui.mail.send_form import SendForm
from ui.step_state import step_named
from ui.steps.base import Guide, StepPage

FIELD: FieldPath = ("customer_letter", "recipients_file")
COLUMNS_HINT = QT_TRANSLATE_NOOP("RecipientsStep", "One row per recipient; columns email and name, and as "
                "you need company, salutation, language, impact_start and impact_end (their own window, "
                "e.g. 2026-10-28T22:45:00-04:00), lost_items, note, or any other column a {{ recipient.x }} "
                "field uses.")


class RecipientsStep(StepPage):
    merged = Signal(str)  # the folder the letters went to, when a merge ends

    step = step_named("recipients")
    guide = Guide(
        belongs=QT_TRANSLATE_NOOP("Guide", "Who receives the letter. Each recipient gets their own copy, "
        "with their name and, when the file gives them, their own outage window and what they lost."),
        good=QT_TRANSLATE_NOOP("Guide", "Every row ready: a real address, once each, and every column "
        "the letter's {{ recipient.x }} fields use filled in. Read two or three letters before you write "
        "them all."),
        example=QT_TRANSLATE_NOOP("Guide", "ana@example.org, Ana Lima, 2026-10-28T22:45:00-04:00, "
        "2026-10-29T04:10:00-04:00, 3 support requests"),
    )

    def build(self) -> None:
        self.recipients: RecipientList | None = None
        self.file_path: Path | None = None  # the file on show, remembered by the document or not
        self.file_error = ""
        self.runner: MergeProcess | None = None
        self._reads = 0
        self._used_by: Path | None = None  # the document a file it does not remember was chosen for

        source = self.section(self.tr("Recipients file"), self.tr(COLUMNS_HINT))
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.import_button = QPushButton(self.tr("Import Recipients…"), bar)
        self.import_button.setAccessibleName(self.tr("Import recipients"))
        self.import_button.clicked.connect(self._choose_file)
        self.reload_button = QPushButton(self.tr("Read Again"), bar)
        self.reload_button.setToolTip(self.tr("Read the file again after changing it in a spreadsheet"))
        self.reload_button.setEnabled(False)
        self.reload_button.clicked.connect(self.reload)
        self.file_label = QLabel(self.tr("No recipients yet."), bar)
        self.file_label.setWordWrap(True)
        self.file_label.setAccessibleName(self.tr("Recipients file"))
        row.addWidget(self.import_button)
        row.addWidget(self.reload_button)
        row.addWidget(self.file_label, 1)
        source.layout_.addRow(bar)
        self.remembered = QLabel(self)
        self.remembered.setWordWrap(True)
        style.set_role(self.remembered, "hint")
        source.layout_.addRow(self.remembered)

        self.model = RecipientsModel(self.controller.document.meta.time_zone)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Recipients"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(200)
        self.table.setMaximumHeight(260)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        source.layout_.addRow(self.table)

        preview = self.section(self.tr("Their letter"))
        self.letter = RecipientLetter(self.controller, self)
        self.letter.setMinimumHeight(560)
        preview.layout_.addRow(self.letter)

        merge = self.section(self.tr("Write the letters"), self.tr("One PDF and one e-mail per ready row, "
                             "and manifest.csv listing them. Writing again redoes only what changed."))
        out_row = QWidget(self)
        line = QHBoxLayout(out_row)
        line.setContentsMargins(0, 0, 0, 0)
        self.out = QLineEdit(out_row)
        self.out.setAccessibleName(self.tr("Folder for the letters"))
        self.out.setPlaceholderText(self.tr("Folder for the letters"))
        self.out.editingFinished.connect(self._offer_sending)
        choose_out = QPushButton(self.tr("Choose…"), out_row)
        choose_out.clicked.connect(self._choose_out)
        self.merge_button = QPushButton(self.tr("Write Letters"), out_row)
        self.merge_button.setAccessibleName(self.tr("Write the letters"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.start_merge)
        self.cancel_button = QPushButton(self.tr("Cancel"), out_row)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_merge)
        line.addWidget(self.out, 1)
        line.addWidget(choose_out)
        line.addWidget(self.merge_button)
        line.addWidget(self.cancel_button)
        merge.layout_.addRow(self.tr("Write to"), out_row)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Letters written"))
        self.progress.setVisible(False)
        merge.layout_.addRow(self.progress)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Merge status"))
        merge.layout_.addRow(self.status)

        send = self.section(self.tr("Send the letters"), self.tr("Through your organisation's mail server, "
                            "each letter once: sending again sends only what has not gone yet."))
        self.send_form = SendForm(parent=self)
        send.layout_.addRow(self.send_form)

        notifier = self.controller.notifier
        notifier.value_changed.connect(self._value_changed)
        notifier.reset.connect(self.follow_document)
        # The rows' needs follow the letter's {{ recipient.x }} fields, once the writer pauses.
        self.letter_timer = QTimer(self, singleShot=True, interval=300)
        self.letter_timer.timeout.connect(self._letter_changed)
        notifier.changed.connect(self.letter_timer.start)
        self.controller.path_changed.connect(self.follow_document)
        self.follow_document()

    def _row_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.letter.show_recipient(self.model.recipient(current.row()))

    # ------------------------------------------------------------ the file

    def _value_changed(self, path: FieldPath) -> None:
        if tuple(path) == FIELD:
            self.follow_document()

    def follow_document(self) -> None:
        """Show the file the document names (read afresh), or keep a file used without remembering."""
        folder, name = self.controller.folder, self.controller.document.customer_letter.recipients_file
        self.model.time_zone = self.controller.document.meta.time_zone
        if folder is not None and not self.out.text():
            self.out.setText(str(folder / "letters"))
        if name and folder is not None:
            try:
                self._read(file_in_folder(folder, name))
            except DocumentError as error:
                self._show_error(None, str(error))
        elif name:
            said = self.tr("This document names %1; save it in the folder that holds that file.")
            self._show_error(None, said.replace("%1", name))
        elif self.file_path is not None and (name_in_folder(folder, self.file_path) is not None
                                             or self._used_by not in (None, self.controller.path)):
            self._clear()  # the document's file was taken away (undone), or another document opened
        elif self.file_path is not None:
            self._used_by = self.controller.path  # an untitled document saved: still its recipients
        self._offer_sending()

    def _choose_file(self) -> None:
        start = str(self.file_path.parent if self.file_path else self.controller.folder or "")
        title, kinds = self.tr("Import Recipients"), self.tr("Recipients (*.csv *.xlsx)")
        name, _ = QFileDialog.getOpenFileName(self, title, start, kinds)
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Use `path`; the document remembers it (one undo step) when it lies in the document's folder."""
        name = name_in_folder(self.controller.folder, path)
        current = self.controller.document.customer_letter.recipients_file
        if name is not None and name != current and not self.controller.read_only:
            self.controller.seal_typing()
            self.controller.set_value(FIELD, name, text=self.tr("Use recipients file"), mergeable=False)
            return  # the change brings the file in (follow_document)
        if name is None and current and not self.controller.read_only:
            self.controller.set_value(FIELD, "", text=self.tr("Use recipients file"), mergeable=False)
        self._used_by = self.controller.path
        self._read(path)

    def reload(self) -> None:
        if self.file_path is not None:
            self._read(self.file_path)

    def _read(self, path: Path) -> None:
        self._reads += 1
        ticket = self._reads
        self.file_path = path
        self.file_label.setText(self.tr("Reading %1…").replace("%1", path.name))
        background.run(lambda: read_recipients(path), owner=self, name="read-recipients",
                       done=lambda recipients: self._loaded(ticket, recipients),
                       failed=lambda error: self._failed(ticket, path, error))

    def _failed(self, ticket: int, path: Path, error: Exception) -> None:
        if ticket != self._reads:
            return
        if not isinstance(error, DocumentError):
            raise error
        self._show_error(path, str(error))

    def _show_error(self, path: Path | None, message: str) -> None:
        self.file_path = path
        self.recipients = None
        self.file_error = message
        self.model.set_recipients(None)
        self.file_label.setText(message)
        style.set_level(self.file_label, "error")
        self.reload_button.setEnabled(path is not None)
        self._update()

    def _clear(self) -> None:
        self.file_path, self.recipients, self.file_error = None, None, ""
        self.model.set_recipients(None)
        self.letter.show_recipient(None)
        self.file_label.setText(self.tr("No recipients yet."))
        self.reload_button.setEnabled(False)
        self._update()

    def _loaded(self, ticket: int, recipients: RecipientList) -> None:
        if ticket != self._reads:
            return  # an older read, overtaken
        self.recipients = recipients
        self.file_error = ""
        style.set_level(self.file_label, None)
        self.reload_button.setEnabled(True)
        self._letter_changed()
        if recipients.recipients:
            self.table.selectRow(0)

    def _letter_changed(self) -> None:
        """The rows' problems, with what the letter's {{ recipient.x }} fields need of them."""
        if self.recipients is None:
            return
        document = self.controller.document
        try:
            needed = missing_fields(document, self.recipients) + language_findings(document, self.recipients)
        except DocumentError as error:
            self.file_error = error.reason
            needed = []
        else:
            self.file_error = ""
        shown = dataclasses.replace(self.recipients, findings=self.recipients.findings + needed)
        if self.model.recipients is not None and self.model.recipients == shown:
            self._update()
            return  # nothing the table shows has changed
        current = self.table.currentIndex().row()
        self.model.set_recipients(shown)
        if 0 <= current < self.model.rowCount():
            self.table.selectRow(current)
        self._update()

    def _update(self) -> None:
        shown = self.model.recipients
        path = self.file_path
        if shown is not None and path is not None:
            total, ready = len(shown.recipients), len(shown.usable)
            problems = translate("RecipientsStep", "; %n with problems (see the Problems column)", None,
                                 total - ready) if total != ready else ""
            text = translate("RecipientsStep", "%1: %n recipient(s), %2 ready", None, total)
            text = text.replace("%2", str(ready)).replace("%1", path.name) + problems
            self.file_label.setText(f"{text}. {self.file_error}" if self.file_error else text)
        self.remembered.setText(self._remembered_note())
        mergeable = bool(shown and shown.usable and not self.file_error)
        self.merge_button.setEnabled(mergeable and self.runner is None)
        self.own_findings_changed.emit()

    def _remembered_note(self) -> str:
        path, folder = self.file_path, self.controller.folder
        if path is None:
            return ""
        if self.controller.document.customer_letter.recipients_file:
            return self.tr("The document remembers this file: reopened, it shows these recipients, "
                           "read afresh.")
        if folder is None:
            return self.tr("Not remembered: save the document in the folder that holds this file to keep it.")
        return self.tr("Not remembered: %1 is outside the document's folder. Move it next to the "
                       "document and import it from there to have it come back when you reopen.").replace(
                           "%1", path.name)

    def own_findings(self) -> list[Finding]:
        findings = self.model.findings()
        if self.file_error:
            findings.append(Finding(Level.ERROR, "recipients", self.file_error, rule="recipients",
                                    audience="customer"))
        return findings

    def focus_location(self, location: str, span: tuple[int, int] | None = None) -> bool:
        """A row's finding (from Review & export) selects that row and shows its problems."""
        index = self.model.index_of(location)
        if index < 0:
            return super().focus_location(location, span)
        self.table.selectRow(index)
        self.ensureWidgetVisible(self.table)
        self.table.setFocus()
        return True

    # ------------------------------------------------------------ writing the letters

    def _choose_out(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the Letters"), self.out.text())
        if name:
            self.out.setText(name)
            self._offer_sending()

    def start_merge(self) -> None:
        text = self.out.text().strip()
        if self.file_path is None or not text:
            self.status.setText(self.tr("Import recipients and choose a folder for the letters first."))
            return
        # The document as it is on screen, handed over in memory: no copy of it lands on disk.
        self.runner = MergeProcess(self.controller.text(), self.controller.folder, self.file_path, Path(text),
                                   self)
        self.runner.progressed.connect(self._progressed)
        self.runner.done.connect(self._merged)
        self.progress.setRange(0, 0)  # busy until the first row's line arrives
        self.progress.setVisible(True)
        self.merge_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.send_form.set_folder(None, False)
        self.status.setText(self.tr("Writing the letters…"))
        self.runner.start()

    def cancel_merge(self) -> None:
        if self.runner is not None:
            self.runner.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the letters being written now…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("Writing the letters: %1 of %2…").replace("%1", str(done))
                            .replace("%2", str(total)))

    def _merged(self, code: int, last_line: str) -> None:
        self.runner = None
        self.cancel_button.setVisible(False)
        self.cancel_button.setEnabled(True)
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)
        if code == 2 or not last_line:
            reason = last_line or self.tr("the merge stopped")
            self.status.setText(self.tr("The letters could not be written: %1").replace("%1", reason))
        else:
            self.status.setText(last_line[:1].upper() + last_line[1:])
        self._update()
        self._offer_sending()
        self.merged.emit(self.out.text())

    def _offer_sending(self) -> None:
        """Sending is offered for a folder that holds a merge's e-mails, from today or an earlier day."""
        text = self.out.text().strip()
        folder = Path(text) if text else None
        ready = folder is not None and self.runner is None and folder.is_dir() and any(folder.glob("*.eml"))
        self.send_form.set_folder(folder if ready else None, ready)

    def stop(self) -> None:
        if self.runner is not None:
            self.runner.stop()
