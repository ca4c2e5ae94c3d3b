"""What `postmortem-studio` runs first, before Qt is imported.

- `--version`, `--self-test FILE` (open, wait for the preview's first page, report),
  and `--install-desktop-entry` / `--uninstall-desktop-entry` for pip
  and pipx installs, which need no window;
- `--render-worker`: the preview and export worker. A frozen app has no Python to
  run `-m ui.preview.render_worker` with, so it starts its own executable in this mode;
- `--postmortem-cli ARGS`: the `postmortem` command, for the same reason: the
  Recipients step runs `postmortem merge` as a child process;
- the checks that turn a missing system library or a missing display into one
  line (and a dialog, where there is a display) instead of Qt's abort or a traceback.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from postmortem.native import MissingLibrary, explain
from postmortem.version import version

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

RENDER_WORKER = "--render-worker"
CLI = "--postmortem-cli"


class CannotStart(Exception):
    """The app cannot open a window here; `str()` is the one line to show."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="postmortem-studio", description="Write and export incident postmortems."
    )
    parser.add_argument("path", nargs="?", help="a .postmortem file to open")
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add the app to your desktop's menu and open .postmortem files with it")
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help="remove what --install-desktop-entry added")
    parser.add_argument("--self-test", action="store_true",
                        help="open PATH, wait for the preview's first page, say whether all worked, and quit")
    return parser  # fmt: skip


def platform_plugin() -> str:
    """The Qt platform the app will use; `CannotStart` when there is nothing to show a window on."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0]
    if not sys.platform.startswith("linux"):
        return ""
    if os.environ.get("WAYLAND_DISPLAY") and os.environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    if os.environ.get("DISPLAY"):
        return "xcb"
    raise CannotStart(
        "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
        "start it from a desktop session, or use the 'postmortem' command here"
    )


def check_platform_plugin(name: str) -> None:
    """Load Qt's platform plugin ourselves: if a library it needs is missing, Qt would abort."""
    if name not in {"xcb", "wayland", "eglfs"} or not sys.platform.startswith("linux"):
        return
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    plugin = plugins / "platforms" / f"libq{name}.so"
    if not plugin.exists():
        return
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        raise explain(error) or MissingLibrary(str(error).split(":")[0], None) from error


def outside_environment() -> dict[str, str]:
    """The environment for programs we start. In a frozen app the runtime hook
    (packaging/pyinstaller/pyi_rth_environment.py) has already taken the bundle's
    library folder off LD_LIBRARY_PATH, so this is the user's own."""
    return dict(os.environ)


def show_error(message: str) -> None:
    """One `error:` line on stderr, and, where a display exists, the same words in a dialog:
    started from a menu, nobody reads stderr. Qt may be what failed, so the dialog comes
    from the desktop's own tools."""
    print(f"error: {message}", file=sys.stderr)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return
    title = "Postmortem Studio cannot start"
    for command in (
        ["zenity", "--error", "--no-wrap", f"--title={title}", f"--text={message}"],
        ["kdialog", "--title", title, "--error", message],
        ["xmessage", "-center", f"{title}: {message}"],
    ):
        if shutil.which(command[0]):
            try:
                subprocess.run(command, env=outside_environment(), check=False, capture_output=True)
            except OSError:
                continue
            return


def import_core() -> None:
    """The Qt-free modules the first window needs, imported before Qt. PySide6 installs an
    import hook that reads the source of every module imported after it, and of every module
    an import statement names after it; importing pydantic and the model after Qt made them a
    third slower. The session's own services (lock, snapshots, versions, the data folder,
    the edits) go with them: 21 M fewer instructions until the first paint (1 %)."""
    import postmortem.editing
    import postmortem.fileformat
    import postmortem.timefmt
    import postmortem.workspace.locking
    import postmortem.workspace.recovery
    import postmortem.workspace.userdirs
    import postmortem.workspace.versions  # noqa: F401


def open_window(argv: list[str]) -> tuple[QApplication, MainWindow]:
    """The app and its first window, shown (the file named in `argv` open): what the
    `postmortem-studio` command does before its event loop. Raises `CannotStart`,
    `MissingLibrary` or `ImportError` when there is no display or a library is missing."""
    plugin = platform_plugin()
    # The app uses no pydantic plugins; without this, building the first model reads the
    # metadata of every installed distribution looking for some (about 10 ms here).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # Start-up makes objects that live as long as the app and frees almost none: the
    # collector's 118 passes until the window was up found 1,083 objects to free and cost
    # 35 to 45 ms. It pauses until the window is shown; what start-up made is then frozen
    # out of collections (as `ui.long_lived` does after the first paint), so resuming does
    # not walk it all at once, and the collector resumes as it was.
    collecting = gc.isenabled()
    gc.disable()
    try:
        import_core()
        check_platform_plugin(plugin)
        from ui.app import launch

        return launch(argv)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


def _run_app(argv: list[str], *, self_test: bool) -> int:
    if self_test:
        argv = [arg for arg in argv if arg != "--self-test"]
    try:
        app, window = open_window(argv)
    except ImportError as error:
        missing = explain(error)
        if missing is None:
            raise
        show_error(str(missing))
        return 2
    except (CannotStart, MissingLibrary) as error:
        show_error(str(error))
        return 2
    if self_test:
        from ui import self_test as test

        return test.run(app, window)
    return app.exec()


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    if args[1:2] == [RENDER_WORKER]:
        from ui.preview.render_worker import main as worker_main

        worker_main()
        return 0
    if args[1:2] == [CLI]:
        from postmortem.cli import main as cli_main

        return cli_main(args[2:])
    options, _qt_args = _parser().parse_known_args(args[1:])
    if options.install_desktop_entry or options.uninstall_desktop_entry:
        from ui import desktop_entry

        if options.install_desktop_entry:
            return desktop_entry.install(environment=outside_environment())
        return desktop_entry.uninstall(environment=outside_environment())
    return _run_app(args, self_test=options.self_test)
