"""Starting the app where it cannot run: one line naming what to install, exit 2, no traceback.

Each case runs `python -m ui` in a child process, as a user would start it,
with one import or library load made to fail the way the system's loader
fails when the library is not installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Makes `import PySide6.QtGui` fail as it does on a machine without libEGL.
NO_EGL = """
import sys
class NoEgl:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6.QtGui":
            raise ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
sys.meta_path.insert(0, NoEgl())
"""

# Makes loading Qt's xcb platform plugin fail as it does without libxcb-cursor0.
NO_XCB_CURSOR = """
import ctypes
real = ctypes.CDLL
def cdll(name, *args, **kwargs):
    if str(name).endswith("libqxcb.so"):
        raise OSError("libxcb-cursor.so.0: cannot open shared object file: No such file or directory")
    return real(name, *args, **kwargs)
ctypes.CDLL = cdll
"""


def start(tmp_path: Path, *args: str, prelude: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }  # fmt: skip
    environment.update({"PYTHONPATH": str(REPO), "HOME": str(tmp_path), **env})
    script = prelude + "\nimport sys\nfrom ui.launcher import main\nsys.exit(main(sys.argv))\n"
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_version_of_both_commands(tmp_path: Path) -> None:
    from postmortem.version import version

    app = start(tmp_path, "--version")
    cli = subprocess.run([sys.executable, "-m", "postmortem", "--version"], cwd=REPO,
                         capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert (app.returncode, app.stdout) == (0, f"postmortem-studio {version()}\n")
    assert (cli.returncode, cli.stdout) == (0, f"postmortem {version()}\n")


def test_missing_egl_is_one_line_naming_the_package(tmp_path: Path) -> None:
    result = start(tmp_path, prelude=NO_EGL, QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 2
    assert result.stderr == (
        "error: the system library libEGL.so.1 is missing; install it with: sudo apt install libegl1\n"
    )


def test_missing_xcb_cursor_is_named_not_a_qt_abort(tmp_path: Path) -> None:
    result = start(tmp_path, prelude=NO_XCB_CURSOR, DISPLAY=":987")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: the system library libxcb-cursor.so.0 is missing; "
        "install it with: sudo apt install libxcb-cursor0"
    ]


def test_with_a_display_the_same_words_appear_in_a_dialog(tmp_path: Path) -> None:
    # A stand-in for zenity records what the user would see; started from a menu, stderr is unread.
    tools = tmp_path / "bin"
    tools.mkdir()
    seen = tmp_path / "dialog.txt"
    zenity = tools / "zenity"
    zenity.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {seen}\n')
    zenity.chmod(0o755)
    result = start(tmp_path, prelude=NO_EGL, DISPLAY=":987", PATH=f"{tools}{os.pathsep}{os.environ['PATH']}")
    assert result.returncode == 2
    shown = seen.read_text().splitlines()
    assert "--error" in shown
    words = "the system library libEGL.so.1 is missing; install it with: sudo apt install libegl1"
    assert f"--text={words}" in shown


def test_no_display_is_a_sentence_not_an_abort(tmp_path: Path) -> None:
    result = start(tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("error: no display to open the window on")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("library", ["libpango-1.0.so.0", "libharfbuzz.so.0", "libfontconfig.so.1"])
def test_cli_export_without_a_pdf_library_names_its_package(
    tmp_path: Path, example_copy: Path, library: str
) -> None:
    from postmortem.native import package_for

    prelude = f"""
import ctypes
real = ctypes.CDLL
def cdll(name, *args, **kwargs):
    if str(name) == {library!r}:
        raise OSError("{library}: cannot open shared object file: No such file or directory")
    return real(name, *args, **kwargs)
ctypes.CDLL = cdll
from postmortem.cli import main
import sys
sys.exit(main(sys.argv[1:]))
"""
    result = subprocess.run(
        [sys.executable, "-c", prelude, "export", str(example_copy),
         "--format", "pdf", "--audience", "customer"],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stdout == ""  # WeasyPrint's own banner never gets a chance to print
    package = package_for(library)
    assert result.stderr == (
        f"error: the system library {library} is missing; install it with: sudo apt install {package}\n"
    )
    assert not list(example_copy.parent.glob("*.pdf"))


def test_the_app_runs_the_command_line_for_its_merge_without_a_display(tmp_path: Path) -> None:
    # A frozen app has no Python: its Recipients step runs `postmortem merge` as
    # `postmortem-studio --postmortem-cli merge ...`, which must work like the command.
    example = REPO / "examples" / "raid-outage" / "raid-outage.postmortem"
    (tmp_path / "r.csv").write_text("email,name\nana@example.org,Ana\nnot-an-address,Bo\n", encoding="utf-8")
    result = start(tmp_path, "--postmortem-cli", "check", str(example), "--audience", "customer",
                   "--recipients", str(tmp_path / "r.csv"))
    assert result.returncode == 1, result.stderr
    assert "error: r.csv row 3, column email: 'not-an-address' is not an e-mail address" in result.stdout
    missing = start(tmp_path, "--postmortem-cli", "merge", str(tmp_path / "none.postmortem"),
                    "--recipients", str(tmp_path / "r.csv"), "--out", str(tmp_path / "out"))
    assert missing.returncode == 2 and missing.stderr.startswith("error: ")
