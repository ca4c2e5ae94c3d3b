"""Start the desktop app: `postmortem-studio [PATH]` or `python -m ui [PATH]`."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from postmortem.assets import APP_ASSETS
from ui import immortal, long_lived, style
from ui.i18n import languages
from ui.main_window import MainWindow
from ui.settings import ORGANISATION, Preferences, WindowState

# The window icon's sizes a window is first shown with: the title bar, the taskbar and a
# switcher at normal density. On X11 every size goes into the window's _NET_WM_ICON when it
# is mapped, decoded and sent whole; 256 and 512 add 1.3 MB and 15-20 ms of CPU to the show.
FIRST_ICON_SIZE = 128


def app_icon(largest: int | None = None) -> QIcon:
    """The app's icon at every drawn size (up to `largest` pixels), so the taskbar, the title
    bar and Alt+Tab each get a sharp one."""
    icon = QIcon()
    for png in sorted((APP_ASSETS / "icons" / "hicolor").glob("*x*/apps/*.png")):
        if largest is None or int(png.parent.parent.name.split("x")[0]) <= largest:
            icon.addFile(str(png))
    return icon


def create_application(argv: Sequence[str], *, filters: bool = True) -> QApplication:
    """The application, named and styled; with `filters=False` its undo-keys filter waits for
    `install_filters` and its icon's large sizes for `finish_icon` (the app's own start:
    neither is needed before the window is on screen)."""
    immortal.keep_alive()  # before Qt hands back its first None (see ui/immortal.py)
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Postmortem Studio")
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName("Postmortem Studio")
    app.setDesktopFileName("org.postmortemstudio.PostmortemStudio")
    app.setWindowIcon(app_icon() if filters else app_icon(FIRST_ICON_SIZE))
    if filters:
        install_filters(app)
    return app


def finish_icon(app: QApplication) -> None:
    """Every size of the icon, for a switcher or a dock on a high-density screen."""
    app.setWindowIcon(app_icon())


def install_filters(app: QApplication) -> None:
    """The look follows light and dark; the undo keys reach the window's undo stack.

    Neither is an application event filter: one is a Python call for every event of every
    object (a step's page sends over a thousand as it is first shown), which made each first
    visit to a step 30 to 80 ms slower. A palette change reaches each window
    (`MainWindow.changeEvent`); the undo keys are watched on the text widget that has focus."""
    if app.property("postmortem-filters"):
        return  # once per application, however many windows launch
    app.setProperty("postmortem-filters", True)
    from ui.shortcuts import UndoKeysToStack  # with the filters, after the first paint

    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(lambda _scheme: style.restyle_soon())
    UndoKeysToStack(app).watch_focus(app)
    long_lived.collect_on_this_thread(app)


def _load_name_lexicon() -> None:
    from postmortem.checks import names

    names.lexicon()


def launch(argv: Sequence[str] | None = None) -> tuple[QApplication, MainWindow]:
    """The app with its first window shown: the file named in `argv` open, and, once
    the window is on screen, the offer to recover work a crash left behind."""
    args = list(sys.argv if argv is None else argv)
    parser = argparse.ArgumentParser(
        prog="postmortem-studio", description="Write and export incident postmortems."
    )
    parser.add_argument("path", nargs="?", help="a .postmortem file to open")
    options, qt_args = parser.parse_known_args(args[1:])
    app = create_application([args[0] if args else "postmortem-studio", *qt_args], filters=False)

    preferences = Preferences()
    languages.install(app, languages.chosen_language(preferences))  # before any widget takes its texts
    window = MainWindow(preferences, WindowState())
    window.controller.hold_checks()  # the checks' modules load after the first paint
    first = Path(options.path).resolve() if options.path else None
    if first is not None:
        window.session.open(first, offer=False)  # the offer below lists this file's work first
    # The first check (on a worker, which loads the rules and word lists) starts on the turn
    # after the paint, so the window is on screen first.
    # Each on a turn of its own, so no one turn holds the event loop long and keys typed
    # meanwhile are handled between them.
    window.first_painted.connect(lambda: install_filters(app))  # before any key can reach the window
    window.first_painted.connect(lambda: QTimer.singleShot(0, window.controller.release_checks))
    window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: finish_icon(app)))
    window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: window.offer_recovery(first=first)))
    # The leak checks' name lexicon (half a second of imports) loads while the writer looks at
    # the window, rather than when they open their first document.
    window.first_painted.connect(
        lambda: QTimer.singleShot(
            0, lambda: threading.Thread(target=_load_name_lexicon, name="name-lexicon", daemon=True).start()
        )
    )
    window.show()
    return app, window


def main(argv: Sequence[str] | None = None) -> int:
    app, _window = launch(argv)
    return app.exec()
