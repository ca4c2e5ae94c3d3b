"""File ▸ Letters to Recipients: import a recipients file, check its rows, preview
each recipient's letter, write every letter (PDF and e-mail) and send them.

The merge and the sending run on a worker thread (the merge's rendering in
its own processes, `postmortem.mail.merge`), so the window stays live and
Cancel stops between rows. The document merged is the one being edited,
written to a hidden file beside it so that its images are found.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from postmortem.assets import AssetFolder
from postmortem.errors import DocumentError
from postmortem.mail.personal import recipient_view
from postmortem.mail.recipients import read_recipients
from postmortem.render.html import letter_html
from ui.document_controller import DocumentController
from ui.mail.recipients_model import RecipientsModel
from ui.mail.send_dialog import SendDialog


class MergeProcess(QObject):
    """`postmortem merge` as a child process: its rendering workers stay out of the
    app's process, and Cancel (SIGTERM) lets it finish the rows in hand and
    write the manifest."""

    progressed = Signal(int, int)
    done = Signal(int, str)  # exit code, its last line of output

    def __init__(self, text: str, folder: Path | None, recipients: Path, out: Path,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        where = folder or Path(tempfile.gettempdir())
        # The document as it is on screen, beside the original so its images are found.
        fd, name = tempfile.mkstemp(prefix=".merge-", suffix=".postmortem", dir=where)
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write(text)
        self.document = Path(name)
        self.output = ""
        self.process = QProcess(self)
        self.process.setProgram(sys.executable)
        self.process.setArguments(["-m", "postmortem", "merge", str(self.document), "--recipients",
                                   str(recipients), "--out", str(out), "--progress-lines"])
        environment = QProcessEnvironment.systemEnvironment()
        root = str(Path(__file__).resolve().parents[2])
        environment.insert("PYTHONPATH", os.pathsep.join(p for p in (root, environment.value("PYTHONPATH"))
                                                         if p))
        self.process.setProcessEnvironment(environment)
        self.process.readyReadStandardError.connect(self._read_progress)
        self.process.readyReadStandardOutput.connect(self._read_output)
        self.process.finished.connect(self._finished)
        self._buffer = b""

    def start(self) -> None:
        self.process.start()

    def cancel(self) -> None:
        self.process.terminate()

    def wait(self) -> None:
        self.process.waitForFinished(120_000)

    def _read_output(self) -> None:
        self.output += bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")

    def _read_progress(self) -> None:
        self._buffer += bytes(self.process.readAllStandardError().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            words = line.decode("utf-8", "replace").split()
            if len(words) == 3 and words[0] == "progress":
                self.progressed.emit(int(words[1]), int(words[2]))
            elif line.strip():
                self.output += line.decode("utf-8", "replace") + "\n"

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._read_output()
        with contextlib.suppress(OSError):
            self.document.unlink()
        lines = [line for line in self.output.splitlines() if line.strip()]
        summary = [line for line in lines if " written, " in line]
        self.done.emit(code, (summary or lines or [""])[-1])


class RecipientsDialog(QDialog):
    merged = Signal(str)  # the output folder

    @classmethod
    def show_for(cls, controller: DocumentController, parent: QWidget) -> RecipientsDialog:
        dialog = cls(controller, parent)
        dialog.show()
        return dialog

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Letters to Recipients")
        self.controller = controller
        self.runner: MergeProcess | None = None
        self.recipients_path: Path | None = None

        self.import_button = QPushButton("Import Recipients…", self)
        self.import_button.clicked.connect(self._choose_file)
        self.file_label = QLabel("A CSV or Excel file: one row per recipient, with columns email and "
                                 "name, and optionally impact_start, impact_end, lost_items, salutation…",
                                 self)
        self.file_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.file_label, 1)

        self.model = RecipientsModel(controller.document.meta.time_zone)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Recipients")
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._preview(current.row()))
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName("Letter for the selected recipient")
        self.preview.setOpenLinks(False)
        self.preview.setPlaceholderText("Select a recipient to read their letter.")
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setSizes([560, 440])

        self.out = QLineEdit(self)
        self.out.setAccessibleName("Folder for the letters")
        self.out.setPlaceholderText("Folder for the letters")
        choose_out = QPushButton("Choose…", self)
        choose_out.clicked.connect(self._choose_out)
        self.merge_button = QPushButton("Write Letters", self)
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.start_merge)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_merge)
        self.send_button = QPushButton("Send…", self)
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self._send)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel("Write to", self))
        bottom.addWidget(self.out, 1)
        bottom.addWidget(choose_out)
        bottom.addWidget(self.merge_button)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.send_button)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName("Letters written")
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.resize(1100, 700)
        if controller.folder:
            self.out.setText(str(Path(controller.folder) / "letters"))

    # ------------------------------------------------------------ import and preview

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Import recipients", str(self.controller.folder or ""),
                                              "Recipients (*.csv *.xlsx)")
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        try:
            recipients = read_recipients(path)
        except DocumentError as error:
            self.status.setText(str(error))
            return
        self.model.set_recipients(recipients)
        self.recipients_path = path
        bad = len(recipients.recipients) - len(recipients.usable)
        problems = f"; {bad} with problems (hover a row to see them)" if bad else ""
        self.file_label.setText(f"{path.name}: {len(recipients.recipients)} recipients{problems}")
        self.merge_button.setEnabled(bool(recipients.usable))
        if recipients.recipients:
            self.table.selectRow(0)

    def _preview(self, row: int) -> None:
        recipient = self.model.recipient(row)
        if recipient is None:
            self.preview.clear()
            return
        document = self.controller.document
        view = recipient_view(document, recipient)
        self.preview.setHtml(letter_html(view, AssetFolder(self.controller.folder)))

    # ------------------------------------------------------------ merge

    def _choose_out(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Folder for the letters", self.out.text())
        if name:
            self.out.setText(name)

    def start_merge(self) -> None:
        text = self.out.text().strip()
        if self.recipients_path is None or not text:
            self.status.setText("Import recipients and choose a folder for the letters first.")
            return
        self.runner = MergeProcess(self.controller.text(), self.controller.folder, self.recipients_path,
                                   Path(text), self)
        self.runner.progressed.connect(self._progressed)
        self.runner.done.connect(self._merged)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.merge_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.status.setText("Writing the letters…")
        self.runner.start()

    def cancel_merge(self) -> None:
        if self.runner is not None:
            self.runner.cancel()
            self.status.setText("Stopping after the letters being written now…")

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _merged(self, code: int, last_line: str) -> None:
        self.runner = None
        self.cancel_button.setVisible(False)
        self.merge_button.setEnabled(True)
        if code == 2 or not last_line:
            self.status.setText(f"The letters could not be written: {last_line or 'the merge stopped'}")
            return
        self.status.setText(last_line[:1].upper() + last_line[1:])
        self.send_button.setEnabled(any(Path(self.out.text()).glob("*.eml")))
        self.merged.emit(self.out.text())

    def _send(self) -> None:
        SendDialog(Path(self.out.text().strip()), self).open()

    def closeEvent(self, event: object) -> None:
        if self.runner is not None:
            self.runner.cancel()
            self.runner.wait()
        super().closeEvent(event)  # type: ignore[arg-type]

    def ask(self, title: str, text: str) -> bool:
        """Tests replace this."""
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes
