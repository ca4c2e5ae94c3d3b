"""File ▸ Import…: preview what a source would bring in, untick rows, choose the zone, apply.

Reading runs on a worker thread with a progress bar (a 20,000-message Slack
channel takes seconds), and so does merging; the window stays responsive.
Applying is one `ReplaceDocument` step, so Edit ▸ Undo takes the whole
import back. Dropping a supported file on the window opens this dialog.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postmortem.errors import DocumentError
from postmortem.importers import FORMATS, Options, read_sources
from postmortem.importers.merge import Report, apply
from postmortem.importers.result import Imported
from postmortem.model import Document
from ui import style
from ui.document_controller import DocumentController
from ui.i18n.languages import translate
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.models.import_rows_model import ImportRowsModel, Row, rows_of

SUFFIXES = (".md", ".markdown", ".csv", ".tsv", ".json", ".txt", ".log", ".zip")
FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Timelines and postmortems (*.md *.markdown *.csv *.tsv *.json *.txt *.log *.zip);;All files (*)",
)
_FORMAT_NAMES = {
    "auto": QT_TRANSLATE_NOOP("ImportDialog", "Detect from the content"),
    "markdown": QT_TRANSLATE_NOOP("ImportDialog", "Markdown postmortem"),
    "csv": QT_TRANSLATE_NOOP("ImportDialog", "CSV or TSV timeline"),
    "slack": QT_TRANSLATE_NOOP("ImportDialog", "Slack channel export"),
    "pagerduty": QT_TRANSLATE_NOOP("ImportDialog", "PagerDuty log entries"),
    "statuspage": QT_TRANSLATE_NOOP("ImportDialog", "Statuspage incident"),
    "chat": QT_TRANSLATE_NOOP("ImportDialog", "Chat or notes, one line each"),
}


def importable(urls: Sequence[QUrl]) -> list[Path]:
    """The dropped files and folders the importers can read (folders: a Slack export)."""
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [p for p in paths if p.is_dir() or p.suffix.lower() in SUFFIXES]


class _Job(QObject):
    """Runs one function on a worker thread; never touches widgets."""

    progress = Signal(int, int)
    done = Signal(object)  # the result, or the DocumentError that stopped it

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self.progress.emit)
        except DocumentError as error:
            result = error
        self.done.emit(result)


class ImportDialog(QDialog):
    """Preview and apply an import into the window's document."""

    applied = Signal(object)  # the Report

    def __init__(
        self, controller: DocumentController, paths: Sequence[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.paths = [Path(p) for p in paths]
        self.imported: Imported | None = None
        self.report: Report | None = None
        self._threads: list[tuple[QThread, _Job]] = []
        self._zone_chosen = False  # the writer picked a zone: it wins over one the source names
        self.setWindowTitle(self.tr("Import"))
        self.setObjectName("import-dialog")
        self.resize(980, 620)
        names = ", ".join(p.name for p in self.paths)
        intro = QLabel(
            self.tr(
                "Importing <b>%1</b>. Untick what should stay out; times without an offset "
                "are read in the zone below. Edit ▸ Undo takes the whole import back."
            ).replace("%1", names),
            self,
        )
        intro.setWordWrap(True)
        style.set_role(intro, "guide")
        self.format_box = QComboBox(self)
        for name in FORMATS:
            self.format_box.addItem(self.tr(_FORMAT_NAMES[name]), name)
        self.format_box.setAccessibleName(self.tr("Read as"))
        self.zone_box = QComboBox(self)
        self.zone_box.setEditable(True)
        self.zone_box.addItems(sorted(zoneinfo.available_timezones()))
        self.zone_box.setCurrentText(controller.document.meta.time_zone)
        self.zone_box.setAccessibleName(self.tr("Time zone"))
        form = QFormLayout()
        form.addRow(self.tr("&Read as:"), self.format_box)
        form.addRow(self.tr("Time &zone:"), self.zone_box)
        self.zone_box.setToolTip(self.tr("For times written without an offset, unless the source names its "
                                         "zone; choosing one here wins over the source."))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.model = ImportRowsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Rows to import"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        # Fixed starting widths: sizing columns to their contents measures every
        # row, which for a 20,000-message channel stalls the window for a second.
        for column, width in enumerate((250, 150, 170, 0, 190)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if width:
                header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.buttons = QDialogButtonBox(self)
        self.import_button: QPushButton = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.format_box.currentIndexChanged.connect(lambda _i: self.read())
        self.zone_box.currentTextChanged.connect(self._zone_changed)
        self.model.dataChanged.connect(lambda *_a: self._update_count())

    # ------------------------------------------------------------ reading

    def _zone_changed(self, text: str) -> None:
        if text in zoneinfo.available_timezones():
            self._zone_chosen = True
            self.read()

    def read(self) -> None:
        """(Re)read the sources with the chosen format and zone, on the worker thread."""
        zone = self.zone_box.currentText()
        if zone not in zoneinfo.available_timezones():
            return
        source_format = str(self.format_box.currentData())
        zone_given = self._zone_chosen
        day = self.controller.document.meta.date
        paths = list(self.paths)

        shown_zone = self.controller.document.meta.time_zone

        def work(progress: Callable[[int, int], None]) -> tuple[Imported, list[Row]]:
            options = Options(zone=zone, default_day=day, zone_given=zone_given)
            imported = read_sources(paths, source_format, options, progress)
            # The rows' texts are made here too: for a busy channel that is a second's work.
            return imported, rows_of(imported, shown_zone)

        self._busy(self.tr("Reading…"))
        self._start(work, self._read_done)

    def _read_done(self, result: object) -> None:
        if isinstance(result, DocumentError):
            self.model.set_rows([])
            self._idle(self.tr("Cannot import: %1").replace("%1", str(result)), ok=False)
            return
        assert isinstance(result, tuple)
        imported, rows = result
        assert isinstance(imported, Imported)
        result = imported
        self.imported = result
        self.model.set_rows(rows)
        findings = "".join(f"<br>⚠ {finding}" for finding in result.findings[:5])
        more = len(result.findings) - 5
        findings += "<br>" + translate("ImportDialog", "… and %n more", None, more) if more > 0 else ""
        zone = self.tr("Times without an offset are read in %1.").replace("%1", result.zone)
        self._idle(zone + findings, ok=True)

    # ------------------------------------------------------------ applying

    def apply(self) -> None:
        """Merge the ticked rows into a copy of the document (worker thread), then push one undo step."""
        if self.imported is None or not self.model.ticked_count():
            return
        chosen = self.model.chosen(self.imported)
        base = self.controller.document.model_copy(deep=True)

        def work(_progress: Callable[[int, int], None]) -> tuple[Document, Report]:
            return base, apply(base, chosen)

        self._busy(self.tr("Importing…"))
        self._start(work, self._apply_done)

    def _apply_done(self, result: object) -> None:
        assert isinstance(result, tuple)
        merged, report = result
        self.report = report
        names = ", ".join(p.name for p in self.paths)
        self.controller.replace_content(merged, text=self.tr("Import %1").replace("%1", names))
        self._idle("", ok=True)
        self.applied.emit(report)
        self.accept()

    # ------------------------------------------------------------ the worker

    def _start(
        self, work: Callable[[Callable[[int, int], None]], Any], done: Callable[[object], None]
    ) -> None:
        thread = QThread(self)
        job = _Job(work)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.progress.connect(self._progress)
        job.done.connect(done)
        # quit() is thread-safe; called directly, the thread ends even while the dialog waits for it.
        job.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(lambda t=thread, j=job: self._forget(t, j))
        self._threads.append((thread, job))
        thread.start()

    def _forget(self, thread: QThread, job: _Job) -> None:
        self._threads = [pair for pair in self._threads if pair[0] is not thread]
        job.deleteLater()
        thread.deleteLater()
        self._update_count()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _busy(self, text: str) -> None:
        self.progress.setRange(0, 0)  # moving, until the reader says how far it is
        self.status.setText(text)
        self.import_button.setEnabled(False)
        self.format_box.setEnabled(False)

    def _idle(self, text: str, *, ok: bool) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if ok else 0)
        self.status.setText(text)
        self.format_box.setEnabled(True)
        self._update_count()

    def _update_count(self) -> None:
        count = self.model.ticked_count()
        self.import_button.setText(translate("ImportDialog", "&Import %n row(s)", None, count))
        self.import_button.setEnabled(count > 0 and not self._threads)

    def wait(self) -> None:
        """Let a running read or merge finish (closing the dialog, or a test)."""
        for thread, _job in list(self._threads):
            thread.wait()

    def done(self, result: int) -> None:  # closing in any way
        self.wait()
        super().done(result)


# ---------------------------------------------------------------- the window's hooks


def open_for(window: Any, paths: Sequence[str | Path] | None = None) -> ImportDialog | None:
    """File ▸ Import… and dropped files: the dialog over `window`'s document (a blank one if none)."""
    if paths is None:
        kinds = translate("ImportDialog", FILE_FILTER)
        paths = window.session.questions.import_paths(window.controller.folder or Path.home(), kinds)
        if not paths:
            return None
    if window.controller.read_only:
        window.message_bar.show_message("This document is open read-only; nothing can be imported into it.")
        return None
    if not window.has_document():
        window.session.new_from_template("blank")
    dialog = ImportDialog(window.controller, [Path(p) for p in paths], window)
    dialog.applied.connect(
        lambda report: window.message_bar.show_message(" ".join(report.lines()[:2]).capitalize(), error=False)
    )
    dialog.open()
    dialog.read()
    return dialog


def accept_drag(event: QDragEnterEvent) -> None:
    if event.mimeData().hasUrls() and importable(event.mimeData().urls()):
        event.acceptProposedAction()


def drop(window: Any, event: QDropEvent) -> None:
    paths = importable(event.mimeData().urls()) if event.mimeData().hasUrls() else []
    if paths:
        event.acceptProposedAction()
        open_for(window, paths)
