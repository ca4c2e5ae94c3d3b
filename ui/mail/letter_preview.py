"""One recipient's letter, as the PDF the merge writes for them, drawn by QtPdf.

The rendering is the app's warm render worker (`ui.preview`), the same
process the preview pane and the export dialog use: the request carries the
document's text and the recipient's row, and the worker answers with
`postmortem.mail.personal.recipient_letter`, the merge's own PDF for that
row. A newer request (another recipient, an edit) makes older answers stale;
they are dropped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from postmortem.mail.recipients import Recipient
from ui import style
from ui.document_controller import DocumentController
from ui.i18n.languages import translate
from ui.preview.pdf_pages import PdfPages
from ui.preview.render_service import RenderService


class RecipientLetter(QWidget):
    """The selected recipient's letter; `shown(row)` once their pages are on screen."""

    shown = Signal(int)
    failed = Signal(str)

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.service: RenderService | None = None
        self.recipient: Recipient | None = None
        self._in_flight: int | None = None
        self._wanted = 0  # bumped by each new recipient or edit
        self._asked = -1
        self.timer = QTimer(self, singleShot=True, interval=500)
        self.timer.timeout.connect(self._send)
        controller.notifier.changed.connect(self._document_changed)

        self.status = QLabel(self.tr("Select a recipient to read their letter."), self)
        style.set_role(self.status, "hint")
        self.status.setAccessibleName(self.tr("Recipient letter status"))
        self.pages = PdfPages(self)
        self.pages.setAccessibleName(self.tr("Letter for the selected recipient"))
        self.placeholder = QLabel(self.tr("Their letter appears here, as the merge will write it."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.set_role(self.placeholder, "hint")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)

    def _service(self) -> RenderService:
        if self.service is None:
            # The window's warm worker, shared with the preview pane and exports.
            window = self.window()
            shared = getattr(window, "service", None)
            if isinstance(shared, RenderService):
                self.service = shared
            else:
                self.service = RenderService(self)
            self.service.finished.connect(self._finished)
            self.service.ready.connect(self._send)
        return self.service

    def show_recipient(self, recipient: Recipient | None) -> None:
        if recipient is not None and recipient == self.recipient:
            return  # the same row again (the table was refreshed); an edit re-renders on its own
        self.recipient = recipient
        self._wanted += 1
        if recipient is None:
            self.stack.setCurrentWidget(self.placeholder)
            self.status.setText(self.tr("Select a recipient to read their letter."))
            return
        who = recipient.name or recipient.email
        self.status.setText(self.tr("Writing the letter to %1…").replace("%1", who))
        self._send()

    def _document_changed(self) -> None:
        if self.recipient is not None:
            self._wanted += 1
            self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._send()  # what changed while the step was not on screen

    def _send(self) -> None:
        recipient = self.recipient
        if recipient is None or self._in_flight is not None or self._asked == self._wanted:
            return  # the answer in flight sends the newer request
        if not self.isVisible():
            return  # rendered when the step is shown again; a closing window starts no worker
        service = self._service()
        if not service.is_ready:
            service.start()
            return  # `ready` calls back
        self._asked = self._wanted
        row = {"row": recipient.row, "cells": dict(recipient.cells)}
        self._in_flight = service.submit(self.controller.text(), self.controller.folder, "pdf", "customer",
                                         self.controller.today, recipient=row)

    def _finished(self, request: int, ok: bool, data: bytes, error: str) -> None:
        if request != self._in_flight:
            return  # the preview pane's or an export's answer
        self._in_flight = None
        if self._asked != self._wanted:
            self._send()  # stale: another recipient or an edit since
            return
        recipient = self.recipient
        if recipient is None:
            return
        if not ok or not self.pages.show_pdf(data):
            reason = error or self.tr("the PDF cannot be shown")
            self.status.setText(self.tr("Their letter could not be written: %1").replace("%1", reason))
            self.failed.emit(error)
            return
        self.stack.setCurrentWidget(self.pages)
        count = self.pages.page_count
        said = translate("RecipientLetter", "The letter to %1 (%2), %n page(s), as the merge writes it",
                         None, count).replace("%2", recipient.email)
        self.status.setText(said.replace("%1", recipient.name or recipient.email))
        self.shown.emit(recipient.row)
