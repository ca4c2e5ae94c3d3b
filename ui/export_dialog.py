"""The export dialog: audience, format, destination; progress; open or show the result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from postmortem.atomic import atomic_write
from postmortem.checks import Finding, Level, check
from postmortem.errors import DocumentError
from postmortem.export import default_export_name
from postmortem.translations.reading import languages
from ui import style
from ui.document_controller import DocumentController
from ui.i18n.languages import translate
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.letter_translation import language_label
from ui.preview.render_service import RenderService
from ui.settings import Preferences

FORMATS = (
    ("pdf", QT_TRANSLATE_NOOP("ExportDialog", "PDF document (.pdf)")),
    ("md", QT_TRANSLATE_NOOP("ExportDialog", "Markdown (.md)")),
    ("html", QT_TRANSLATE_NOOP("ExportDialog", "Web page (.html)")),
    ("eml", QT_TRANSLATE_NOOP("ExportDialog", "E-mail draft with the letter attached (.eml)")),
)
# Formats that only the customer letter has.
CUSTOMER_ONLY = {"eml"}


class ExportDialog(QDialog):
    """Exports through the window's warm render worker, so the window never freezes."""

    exported = Signal(str)
    review_requested = Signal(str)  # audience: the writer chose to fix the problems first

    def __init__(
        self,
        controller: DocumentController,
        service: RenderService,
        parent: QWidget | None = None,
        *,
        audience: str = "customer",
        folder: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.controller = controller
        self.service = service
        self.request: int | None = None
        self.result_path: Path | None = None
        self._folder = Path(folder) if folder else (controller.folder or Path.home())

        self.customer = QRadioButton(self.tr("Customer letter"), self)
        self.internal = QRadioButton(self.tr("Internal report"), self)
        self.customer.setToolTip(
            self.tr("Only what customers may read: no internal notes, owners or unpromised actions")
        )
        self.internal.setToolTip(self.tr("The full analysis, marked 'Internal: do not forward to customers'"))
        group = QButtonGroup(self)
        group.addButton(self.customer)
        group.addButton(self.internal)
        (self.customer if audience == "customer" else self.internal).setChecked(True)
        audiences = QWidget(self)
        row = QHBoxLayout(audiences)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.customer)
        row.addWidget(self.internal)
        row.addStretch(1)
        self.format = QComboBox(self)
        for key, text in FORMATS:
            self.format.addItem(self.tr(text), key)
        self.format.setAccessibleName(self.tr("Format"))
        # The customer letter in its own language or one of its translations.
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Letter language"))
        for tag in languages(controller.document):
            self.language.addItem(language_label(controller.document, tag), tag)
        self.destination = QLineEdit(self)
        self.destination.setAccessibleName(self.tr("Destination"))
        self.destination.setPlaceholderText(self.tr("Where to save the file"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(self.tr("Choose destination"))
        browse.clicked.connect(self._browse)
        where = QWidget(self)
        where_row = QHBoxLayout(where)
        where_row.setContentsMargins(0, 0, 0, 0)
        where_row.addWidget(self.destination, 1)
        where_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Audience"), audiences)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Language"), self.language)
        # Only a translated letter has a choice to make.
        form.setRowVisible(self.language, self.language.count() > 1)
        form.addRow(self.tr("Save to"), where)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.open_file = QPushButton(self.tr("Open the file"), self)
        self.show_folder = QPushButton(self.tr("Show in folder"), self)
        self.open_file.clicked.connect(lambda: self._open(self.result_path))
        self.show_folder.clicked.connect(
            lambda: self._open(self.result_path.parent if self.result_path else None)
        )
        after = QHBoxLayout()
        after.addWidget(self.open_file)
        after.addWidget(self.show_folder)
        after.addStretch(1)
        for button in (self.open_file, self.show_folder):
            button.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(after)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.customer.toggled.connect(self._suggest)
        self.format.currentIndexChanged.connect(self._suggest)
        self.language.currentIndexChanged.connect(self._suggest)
        service.finished.connect(self._finished)
        self._suggest()

    @property
    def audience(self) -> str:
        return "customer" if self.customer.isChecked() else "internal"

    @property
    def language_key(self) -> str | None:
        """A translation's tag for the customer letter; None for the document's own language."""
        tag = self.language.currentData()
        own = tag == self.controller.document.meta.language
        return None if own or self.audience != "customer" or not tag else str(tag)

    @property
    def format_key(self) -> str:
        return str(self.format.currentData())

    def _suggest(self) -> None:
        # An e-mail draft carries the customer letter; the report never goes by e-mail.
        draft = self.format_key in CUSTOMER_ONLY
        if draft and not self.customer.isChecked():
            self.customer.setChecked(True)
        self.internal.setEnabled(not draft)
        self.language.setEnabled(self.customer.isChecked())
        self.open_file.setText(self.tr("Open in mail program") if draft else self.tr("Open the file"))
        current = self.destination.text().strip()
        folder = Path(current).parent if current else self._folder
        stem = self.controller.path.stem if self.controller.path else "postmortem"
        name = default_export_name(stem, self.audience, self.format_key, self.language_key or "")
        self.destination.setText(str(folder / name))

    def select_format(self, key: str) -> None:
        self.format.setCurrentIndex(max(0, self.format.findData(key)))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.destination.text())
        if name:
            self.destination.setText(name)

    def start(self) -> None:
        text = self.destination.text().strip()
        if not text:
            self._say(self.tr("Choose where to save the file."), error=True)
            return
        target = Path(text).expanduser()
        if not target.parent.is_dir():
            self._say(self.tr("The folder %1 does not exist.").replace("%1", str(target.parent)), error=True)
            return
        if not self._confirm_problems():
            return
        self.result_path = target
        self.request = self.service.submit(
            self.controller.text(),
            self.controller.folder,
            self.format_key,
            self.audience,
            self.controller.today,
            language=self.language_key,
        )
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.open_file.setVisible(False)
        self.show_folder.setVisible(False)
        self._say(
            self.tr("Exporting the letter…")
            if self.audience == "customer"
            else self.tr("Exporting the report…")
        )

    def _confirm_problems(self) -> bool:
        """A customer letter with errors leaves only when the writer says so, knowing what they are."""
        if self.audience != "customer":
            return True
        findings = check(
            self.controller.document,
            "customer",
            today=self.controller.today,
            settings=self.controller.settings,
        )
        errors = [f for f in findings if f.severity == Level.ERROR]
        if not errors or self.ask_export_with_errors(errors) == "export":
            return True
        self.reject()
        self.review_requested.emit(self.audience)
        return False

    def ask_export_with_errors(self, errors: list[Finding]) -> str:
        """'export' (anyway) or 'review' (close and open the Review step). Tests replace this."""
        still = translate("ExportDialog", "The customer letter still has %n error(s).", None, len(errors))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export"), still, parent=self)
        lines = "\n".join(f"• {e.message[:1].upper()}{e.message[1:]}" for e in errors[:3])
        more = (
            "\n" + translate("ExportDialog", "…and %n more.", None, len(errors) - 3)
            if len(errors) > 3
            else ""
        )
        box.setInformativeText(f"{lines}{more}\n\n" + self.tr("Customers would read the letter as it is."))
        export = box.addButton(self.tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        review = box.addButton(self.tr("Review problems"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(review)
        box.exec()
        return "export" if box.clickedButton() is export else "review"

    def _finished(self, request: int, ok: bool, data: bytes, error: str) -> None:
        if request != self.request:
            return
        self.request = None
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        if not ok:
            self._say(self.tr("The export failed: %1").replace("%1", error), error=True)
            return
        assert self.result_path is not None
        try:
            # The core's writer: whole or nothing, and never over a FIFO, device or read-only file.
            atomic_write(self.result_path, data)
        except DocumentError as problem:
            reason = problem.reason.removeprefix("cannot save: ")
            cannot = self.tr("Could not save %1: %2").replace("%1", self.result_path.name)
            self._say(cannot.replace("%2", reason), error=True)
            return
        saved = self.tr("Saved %1 in %2.").replace("%1", self.result_path.name)
        self._say(saved.replace("%2", str(self.result_path.parent)))
        self.open_file.setVisible(True)
        self.show_folder.setVisible(True)
        self.exported.emit(str(self.result_path))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        style.set_level(self.message, "error" if error else "")
        self.message.setVisible(True)

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_export(
    parent: QWidget,
    controller: DocumentController,
    service: RenderService,
    preferences: Preferences,
    *,
    audience: str,
    review: Callable[[str], None],
) -> ExportDialog:
    """The window's Export dialog, opened window-modal; the folder it exports to is remembered."""
    dialog = ExportDialog(
        controller, service, parent, audience=audience, folder=preferences.get(Preferences.EXPORT_FOLDER)
    )
    dialog.exported.connect(lambda path: preferences.set(Preferences.EXPORT_FOLDER, str(Path(path).parent)))
    dialog.review_requested.connect(review)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # window-modal, but the event loop keeps running
    return dialog
