"""The preview pane: the export as it will look, refreshed shortly after the writer pauses.

Each document change bumps a generation number and restarts a short timer.
When the timer fires and the worker is free, the current text is made (on a
worker thread, from a copy of the document) and sent to be rendered. A result
is shown only if no newer change has happened since it was asked for;
otherwise it is dropped and the newer text goes out instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from postmortem import fileformat
from ui import background, style
from ui.document_controller import DocumentController
from ui.i18n.languages import translate
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.preview.render_service import RenderService

if TYPE_CHECKING:
    from ui.preview.pdf_pages import PdfPages

_PREPARING = -1  # the request id while the file text is being made

AUDIENCES = (
    ("customer", QT_TRANSLATE_NOOP("PreviewPane", "Customer letter")),
    ("internal", QT_TRANSLATE_NOOP("PreviewPane", "Internal report")),
)


class PreviewPane(QWidget):
    """Shows the customer letter or the internal report as the PDF it will be."""

    shown = Signal(int)  # generation now on screen
    failed = Signal(str)
    audience_changed = Signal(str)

    def __init__(
        self,
        controller: DocumentController,
        service: RenderService,
        parent: QWidget | None = None,
        *,
        delay_ms: int = 500,
        audience: str = "customer",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.controller = controller
        self.service = service
        self.audience = audience
        self.language = ""  # the customer letter's, as the Customer letter step shows it
        self.generation = 0  # bumped on every change that the preview must show
        self.shown_generation = -1
        self._in_flight: tuple[int, int] | None = None  # (request id, generation)
        self.enabled = True

        self.timer = QTimer(self, singleShot=True, interval=delay_ms)
        self.timer.timeout.connect(self._send)
        controller.notifier.changed.connect(self.schedule)
        controller.path_changed.connect(self.schedule)
        service.finished.connect(self._finished)
        service.ready.connect(self._send_if_due)

        bar = QWidget(self)
        bar.setObjectName("preview-bar")
        style.decorate(bar)
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 6, 10, 6)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        for key, text in AUDIENCES:
            button = QToolButton(bar)
            button.setText(self.tr(text))
            button.setCheckable(True)
            button.setChecked(key == audience)
            button.setAccessibleName(self.tr("Preview: %1").replace("%1", self.tr(text)))
            button.setProperty("audience", key)
            style.set_role(button, "segment")
            self.buttons.addButton(button)
            row.addWidget(button)
        self.buttons.buttonClicked.connect(lambda b: self.set_audience(b.property("audience")))
        row.addStretch(1)
        self.status = QLabel(self.tr("Waiting for the renderer…"), bar)
        style.set_role(self.status, "hint")
        self.status.setAccessibleName(self.tr("Preview status"))
        row.addWidget(self.status)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        style.set_level(self.error, "error")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setVisible(False)
        self.error.setContentsMargins(12, 8, 12, 8)
        self.placeholder = QLabel(self.tr("The preview appears here a moment after you stop typing."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        style.set_role(self.placeholder, "hint")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self._pages: PdfPages | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.stack, 1)

    @property
    def pages(self) -> PdfPages:
        """The PDF's pages, made with the first PDF: until then the placeholder shows, and the
        window's first paint need not build (or import) them."""
        if self._pages is None:
            from ui.preview.pdf_pages import PdfPages

            self._pages = PdfPages(self)
            self.stack.addWidget(self._pages)
        return self._pages

    # ------------------------------------------------------------ scheduling

    def schedule(self) -> None:
        """The document changed: render it once the writer pauses."""
        self.generation += 1
        if self.enabled:
            self.timer.start()

    def refresh_now(self) -> None:
        self.generation += 1
        self._send()

    def set_audience(self, audience: str) -> None:
        if audience != self.audience:
            self.audience = audience
            for button in self.buttons.buttons():
                button.setChecked(button.property("audience") == audience)
            self.audience_changed.emit(audience)
            self.refresh_now()

    def set_language(self, language: str) -> None:
        """Show the customer letter in one of its translations (or the document's own language)."""
        if language != self.language:
            self.language = language
            if self.audience == "customer":
                self.refresh_now()

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if enabled:
            self.refresh_now()

    def _send_if_due(self) -> None:
        if self.shown_generation != self.generation and not self.timer.isActive():
            self._send()

    def _send(self) -> None:
        if not self.enabled or self._in_flight is not None:
            return  # the answer to the request in flight will send the newer text
        if not self.service.is_ready:
            self.service.start()
            self.status.setText(self.tr("Starting the renderer…"))
            return  # `ready` calls back
        # A language the document does not have (another document's, or an undone one) is its own.
        translated = self.language in self.controller.document.customer_letter.translations
        language = self.language if translated and self.audience == "customer" else None
        # The file text is made on a worker from a copy of the document as it is now: 3 to 10 ms
        # of YAML that the UI thread need not spend just as the writer may start typing again.
        controller, audience, generation = self.controller, self.audience, self.generation
        document = controller.document.model_copy(deep=True)
        folder, today = controller.folder, controller.today
        self._in_flight = (_PREPARING, generation)

        def submit(text: str) -> None:
            if self._in_flight != (_PREPARING, generation):
                return  # the pane was reset meanwhile
            if not self.service.is_ready:  # the worker stopped meanwhile: start it, send on `ready`
                self._in_flight = None
                self.service.start()
                return
            request = self.service.submit(text, folder, "pdf", audience, today, language=language)
            self._in_flight = (request, generation)

        def failed(error: Exception) -> None:
            if self._in_flight == (_PREPARING, generation):
                self._in_flight = None
                self._show_error(str(error))

        background.run(
            lambda: fileformat.dumps(document), owner=self, done=submit, failed=failed, name="preview-text"
        )
        self.status.setText(self.tr("Updating…"))

    def _finished(self, request: int, ok: bool, data: bytes, error: str) -> None:
        if self._in_flight is None or self._in_flight[0] != request:
            return  # an export's answer, or a request from before a restart
        _request, generation = self._in_flight
        self._in_flight = None
        if generation != self.generation:
            # Stale: the document changed while this was rendering.
            if not self.timer.isActive():
                self._send()
            return
        if not ok:
            self._show_error(error)
            return
        if not self.pages.show_pdf(data):
            self._show_error(self.tr("The renderer returned a PDF that cannot be displayed."))
            return
        self.error.setVisible(False)
        self.stack.setCurrentWidget(self.pages)
        self.shown_generation = generation
        count = self.pages.page_count
        self.status.setText(translate("PreviewPane", "%n page(s) · up to date", None, count))
        self.shown.emit(generation)

    def _show_error(self, message: str) -> None:
        self.error.setText(self.tr("The preview could not be rendered: %1").replace("%1", message))
        self.error.setVisible(True)
        self.status.setText(self.tr("Render failed"))
        self.failed.emit(message)
