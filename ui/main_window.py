"""The main window: wires the session, the steps, the preview and the menus together.

It holds no logic of its own: the document's life (files, safekeeping, undo)
is the `DocumentSession`, which speaks to the window through signals; edits
happen in the step pages through the controller, rendering in the preview,
exporting in the export dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ui import long_lived, session_dialogs, style
from ui.i18n.language_menu import add_language_menu
from ui.insert_menu import fill_insert_menu
from ui.message_bar import MessageBar
from ui.preview.preview_pane import PreviewPane
from ui.preview.render_service import RenderService
from ui.questions import Questions
from ui.safekeeping import Stores
from ui.session import DocumentSession
from ui.session_text import Message
from ui.settings import Preferences, WindowState
from ui.step_pages import StepPages
from ui.steps.base import StepPage
from ui.widgets.spelling import SpellDictionary
from ui.widgets.step_list import StepList

if TYPE_CHECKING:
    from ui.export_dialog import ExportDialog
    from ui.import_dialog import ImportDialog
    from ui.recovery_dialog import RecoveryDialog
    from ui.start_page import StartPage
    from ui.versions_dialog import VersionsDialog

APP_NAME = "Postmortem Studio"
MENUS = ("&File", "&Edit", "&Insert", "&View", "&Help")  # the keys of MainWindow.menus, in English


class MainWindow(QMainWindow):
    """One window, one document at a time."""

    first_painted = Signal()
    recovery_offered = Signal(object)  # the RecoveryDialog, once shown

    def __init__(
        self,
        preferences: Preferences,
        state: WindowState,
        *,
        today: dt.date | None = None,
        stores: Stores | None = None,
        questions: Questions | None = None,
    ) -> None:
        super().__init__()
        self.preferences = preferences
        self.state = state
        self.session = DocumentSession(
            questions or Questions(), state, stores or Stores.default(), today=today, parent=self
        )
        self.session.open_window = lambda: self.spawn().session
        self.controller = self.session.controller
        words: list[str] = preferences.get(Preferences.SPELLING_WORDS)
        self.dictionary = SpellDictionary(self, words)
        self.dictionary.learned.connect(self._remember_word)
        self.service = RenderService(self)
        self._painted = False
        self.export_dialog: ExportDialog | None = None

        self._start_page: StartPage | None = None  # made when first shown (see start_page)
        self.steps = StepList(self)
        self.step_stack = StepPages(self.controller, self.dictionary, self.steps, self)
        self.preview = PreviewPane(
            self.controller,
            self.service,
            self,
            delay_ms=preferences.get(Preferences.PREVIEW_DELAY_MS),
            audience=preferences.get(Preferences.PREVIEW_AUDIENCE),
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.steps)
        self.splitter.addWidget(self.step_stack)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([190, 820, 390])
        self.message_bar = MessageBar(self)
        self.central = QStackedWidget(self)
        self.central.addWidget(self.splitter)
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.message_bar)
        column.addWidget(self.central, 1)
        self.setCentralWidget(holder)

        self._build_actions()
        self.setAcceptDrops(True)  # a dropped timeline or postmortem opens File ▸ Import
        self.preview.enabled = self.preview_action.isChecked()
        self._connect()
        self.state.restore(self, self.splitter)
        self._update_title()
        long_lived.freeze_after(
            self.first_painted, self.dictionary.ready, self.controller.findings_changed, self.preview.shown
        )

    # ------------------------------------------------------------ wiring

    def _action(
        self,
        menu_name: str,
        text: str,
        slot: Callable[[], object],
        key: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key) if isinstance(key, str) else key)
        action.triggered.connect(lambda _checked=False: slot())
        self.menus[menu_name].addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        titles = (self.tr("&File"), self.tr("&Edit"), self.tr("&Insert"), self.tr("&View"), self.tr("&Help"))
        self.menus = {name: bar.addMenu(title) for name, title in zip(MENUS, titles, strict=True)}
        keys = QKeySequence.StandardKey
        session = self.session
        self.new_action = self._action("&File", self.tr("&New…"), session.new_document, keys.New)
        self.open_action = self._action("&File", self.tr("&Open…"), session.open, keys.Open)
        self.window_action = self._action("&File", self.tr("New &Window"), self.spawn, "Ctrl+Shift+N")
        self.recent_menu = self.menus["&File"].addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.example_action = self._action("&File", self.tr("Open the E&xample"), self._open_example)
        self.import_action = self._action("&File", self.tr("&Import…"), self.import_files, "Ctrl+Shift+I")
        self.menus["&File"].addSeparator()
        self.save_action = self._action("&File", self.tr("&Save"), session.save, keys.Save)
        self.save_as_action = self._action("&File", self.tr("Save &As…"), session.save_as, "Ctrl+Shift+S")
        self.versions_action = self._action("&File", self.tr("&Versions…"), self.show_versions)
        self.export_action = self._action("&File", self.tr("&Export…"), self.export, "Ctrl+E")
        draft = self.tr("Export E-mail &Draft…")
        self.email_draft_action = self._action("&File", draft, self.export_email_draft)
        self.menus["&File"].addSeparator()
        self.close_action = self._action("&File", self.tr("&Close"), session.close_document, "Ctrl+W")
        self.quit_action = self._action("&File", self.tr("&Quit"), self.close, "Ctrl+Q")
        stack = self.controller.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(keys.Redo)])
        self.menus["&Edit"].addActions([self.undo_action, self.redo_action])
        self._fill_insert_menu = fill_insert_menu(self.menus["&Insert"], self.session, self.step_stack)
        preview = self.tr("Show &Preview")
        self.preview_action = self._action("&View", preview, self._toggle_preview, "Ctrl+Shift+P")
        self.preview_action.setCheckable(True)
        self.preview_action.setChecked(self.preferences.get(Preferences.PREVIEW_VISIBLE))
        self.spell_action = self._action("&View", self.tr("Check &Spelling"), self._toggle_spelling)
        self.spell_action.setCheckable(True)
        self.spell_action.setChecked(self.preferences.get(Preferences.SPELL_CHECK))
        add_language_menu(self.menus["&View"], self.preferences, self.message_bar)
        self.guide_action = self._action(
            "&Help", self.tr("Guide to This &Step"), self.show_guide, keys.HelpContents
        )
        self._action("&Help", self.tr("&About Postmortem Studio"), self._about)
        self.addActions([self.undo_action, self.redo_action])

    def _connect(self) -> None:
        session = self.session
        session.shown.connect(self.show_editor)
        session.closed.connect(self.show_start)
        session.changed.connect(self._update_title)
        session.read_only_changed.connect(self.step_stack.drop_pages)
        session.message.connect(self._show_message)
        session.withdrawn.connect(self.message_bar.withdraw)
        session.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        session.raise_requested.connect(self.raise_)
        session.raise_requested.connect(self.activateWindow)
        session.close_requested.connect(self.close)
        session.recovery_wanted.connect(lambda path: self.offer_recovery(only=path))
        self.step_stack.location_activated.connect(self.go_to)
        self.step_stack.export_requested.connect(self.export)
        self.step_stack.letter_language.connect(self.preview.set_language)
        self.preview.audience_changed.connect(
            lambda audience: self.preferences.set(Preferences.PREVIEW_AUDIENCE, audience)
        )

    # ------------------------------------------------------------ start-up

    @property
    def start_page(self) -> StartPage:
        """What the window shows without a document: templates, open, recent, the example."""
        if self._start_page is None:
            from ui.start_page import start_page_in

            self._start_page = start_page_in(self.central, self.session, self.state.recent_files())
        return self._start_page

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and not self.has_document():
            self.show_start()  # on the first show, unless a document was opened before it
        result = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            # Slow things start only once the window is on screen.
            QTimer.singleShot(0, self._after_first_paint)
        return result

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        QTimer.singleShot(0, self._fill_insert_menu)
        if self.has_document() and self.preview_action.isChecked():
            self.service.start()
        if self.spell_action.isChecked():
            self.dictionary.load()

    # ------------------------------------------------------------ documents

    def has_document(self) -> bool:
        return self.session.active

    def _show_message(self, m: Message) -> None:
        self.message_bar.show_message(m.text, error=m.error, actions=list(m.actions), kind=m.kind)

    # The import dialog and the importers load when first used, not at start-up.
    def import_files(self, paths: list[str] | None = None) -> ImportDialog | None:
        """File ▸ Import… (and files dropped on the window): preview, then one undoable step."""
        from ui import import_dialog

        return import_dialog.open_for(self, paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from ui import import_dialog

        import_dialog.accept_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        from ui import import_dialog

        import_dialog.drop(self, event)

    def offer_recovery(self, *, only: Path | None = None, first: Path | None = None) -> RecoveryDialog | None:
        """Offer to recover work autosaved by windows that are gone (after a crash)."""
        offered = self.recovery_offered
        return session_dialogs.offer_recovery(self, self.session, offered, only=only, first=first)

    def show_versions(self) -> VersionsDialog | None:
        """File ▸ Versions: earlier versions of the file, to open read-only or restore."""
        return session_dialogs.show_versions(self, self.session)

    def spawn(self) -> MainWindow:
        """File ▸ New Window: another window, sharing settings, stores and questions."""
        keep, questions = self.session.keep, self.session.questions
        other = type(self)(
            self.preferences, self.state, today=self.controller.today, stores=keep.stores, questions=questions
        )
        other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        other.show()
        return other

    # ------------------------------------------------------------ steps (the pages keep the list in step)

    def page(self, row: int) -> StepPage:
        return self.step_stack.page(row)

    def current_page(self) -> StepPage | None:
        return self.step_stack.current_page()

    def go_to(self, location: str, span: tuple[int, int] | None = None) -> None:
        self.step_stack.go_to(location, span)

    def review(self, audience: str | None = None) -> None:
        self.step_stack.review(audience)

    def show_guide(self) -> None:
        page = self.current_page()
        if page is not None and self.has_document():
            page.show_guide()

    # ------------------------------------------------------------ view

    def show_editor(self) -> None:
        self.message_bar.hide()
        self.central.setCurrentWidget(self.splitter)
        self.step_stack.first()
        self.preview.setVisible(self.preview_action.isChecked())
        if self._painted and self.preview_action.isChecked():
            self.preview.refresh_now()
        self._update_title()

    def show_start(self) -> None:
        self.start_page.set_recent(self.state.recent_files())
        self.central.setCurrentWidget(self.start_page)
        self._update_title()

    def _update_title(self, *_args: object) -> None:
        has = self.has_document()
        note = f" ({self.session.read_only_note})" if self.session.read_only_note else ""
        title = f"{self.controller.title}{note} — {APP_NAME}[*]" if has else APP_NAME
        if self.windowTitle() != title:
            self.setWindowTitle(title)
        self.setWindowModified(has and self.controller.is_modified())
        for action in (self.save_as_action, self.export_action, self.email_draft_action, self.close_action):
            action.setEnabled(has)
        self.save_action.setEnabled(has and not self.controller.read_only)
        self.versions_action.setEnabled(has and self.controller.path is not None)

    def _toggle_preview(self) -> None:
        visible = self.preview_action.isChecked()
        self.preferences.set(Preferences.PREVIEW_VISIBLE, visible)
        self.preview.setVisible(visible)
        self.preview.set_enabled(visible)

    def _toggle_spelling(self) -> None:
        enabled = self.spell_action.isChecked()
        self.preferences.set(Preferences.SPELL_CHECK, enabled)
        if enabled and not self.dictionary.load():
            self.message_bar.show_message(
                self.tr("Spell checking needs the pyspellchecker package: pip install pyspellchecker"),
                error=False,
            )
        self.step_stack.set_spelling(enabled)

    def _remember_word(self, word: str) -> None:
        words = self.preferences.get(Preferences.SPELLING_WORDS)
        if word not in words:
            self.preferences.set(Preferences.SPELLING_WORDS, [*words, word])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.state.recent_files():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.session.open(p))
        self.recent_menu.setEnabled(bool(self.state.recent_files()))

    def _open_example(self) -> None:
        self.start_page.open_example()  # a copy in the writer's documents, never the installed file

    def export(self, audience: str | None = None) -> ExportDialog | None:
        if not self.has_document():
            return None
        from ui.export_dialog import open_export  # loads with its first use, not at start-up

        self.export_dialog = open_export(
            self, self.controller, self.service, self.preferences,
            audience=audience or self.preview.audience, review=self.review,
        )
        return self.export_dialog

    def export_email_draft(self) -> ExportDialog | None:
        dialog = self.export("customer")
        if dialog is not None:
            dialog.select_format("eml")
        return dialog

    def _about(self) -> None:
        self.message_bar.show_message(
            self.tr(
                "Postmortem Studio: write a postmortem once; export a customer letter and an internal report."
            ),
            error=False,
        )

    # ------------------------------------------------------------ state and closing

    def save_state(self) -> None:
        self.state.remember(self, self.splitter)
        self.preferences.store.sync()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.session.check_disk()
        elif event.type() == QEvent.Type.PaletteChange:  # light and dark (see ui.app.install_filters)
            style.restyle_soon()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.session.closing():
            event.ignore()
            return
        self.save_state()
        self.step_stack.stop()
        self.service.stop()
        self.controller.stop()
        self.dictionary.wait()
        event.accept()


def app_windows() -> list[MainWindow]:
    """This process's main windows that show a document."""
    return [w for s in DocumentSession.live() if isinstance(w := s.parent(), MainWindow)]
