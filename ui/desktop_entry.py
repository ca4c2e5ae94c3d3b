"""`postmortem-studio --install-desktop-entry`: the menu entry, file type and icons for pip installs.

The .deb installs the same files system-wide; a pip or pipx install has no
installer, so the app writes them into the user's data folder
(`$XDG_DATA_HOME`, usually ~/.local/share) and asks the desktop's tools, where
installed, to refresh their caches. Uninstalling removes exactly those files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from postmortem.assets import APP_ASSETS

APP_ID = "org.postmortemstudio.PostmortemStudio"


def _linux_files() -> Path:
    # A wheel carries packaging/linux inside `ui` (see pyproject); a checkout has it at the top.
    inside = Path(__file__).resolve().parent / "_linux"
    return inside if inside.is_dir() else Path(__file__).resolve().parent.parent / "packaging" / "linux"


def data_home(environment: dict[str, str]) -> Path:
    configured = environment.get("XDG_DATA_HOME", "")
    if configured:
        return Path(configured)
    return Path(environment.get("HOME", "~")).expanduser() / ".local" / "share"


def command() -> list[str]:
    """The command the menu entry runs: this very program, by its full path, since a menu
    does not search ~/.local/bin, where pipx puts it."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    found = shutil.which("postmortem-studio")
    return [found] if found else [sys.executable, "-m", "ui"]


def _exec_argument(part: str) -> str:
    # The desktop entry spec's quoting: reserved characters need double quotes, and inside
    # them ", `, $ and \ are escaped; the file format then doubles every backslash.
    if not any(c in part for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return part
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in part)
    return '"' + escaped.replace("\\", "\\\\") + '"'


def planned_files(environment: dict[str, str]) -> dict[Path, Path | None]:
    """Each file to write, and where its content comes from (None: the desktop entry, rewritten)."""
    home = data_home(environment)
    files: dict[Path, Path | None] = {
        home / "applications" / f"{APP_ID}.desktop": None,
        home / "mime" / "packages" / f"{APP_ID}.xml": _linux_files() / f"{APP_ID}.mime.xml",
    }
    icons = APP_ASSETS / "icons" / "hicolor"
    for icon in sorted(icons.glob("*/apps/*")):
        files[home / "icons" / "hicolor" / icon.relative_to(icons)] = icon
    return files


def _desktop_entry() -> str:
    text = (_linux_files() / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    runs = " ".join(_exec_argument(part) for part in command())
    return text.replace("Exec=postmortem-studio ", f"Exec={runs} ", 1)


def _refresh(home: Path, environment: dict[str, str]) -> None:
    for tool, folder in (
        ("update-mime-database", home / "mime"),
        ("update-desktop-database", home / "applications"),
        ("gtk-update-icon-cache", home / "icons" / "hicolor"),
    ):
        arguments = [tool, "-q", "-t", "-f", str(folder)] if tool.startswith("gtk") else [tool, str(folder)]
        if shutil.which(tool, path=environment.get("PATH")) and folder.is_dir():
            subprocess.run(arguments, env=environment, check=False, capture_output=True)


def install(environment: dict[str, str]) -> int:
    files = planned_files(environment)
    for target, source in files.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text(_desktop_entry(), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
    home = data_home(environment)
    _refresh(home, environment)
    print(f"installed the desktop entry, the .postmortem file type and {len(files) - 2} icons under {home}")
    return 0


def uninstall(environment: dict[str, str]) -> int:
    removed = 0
    for target in planned_files(environment):
        if target.exists():
            target.unlink()
            removed += 1
    home = data_home(environment)
    _refresh(home, environment)
    print(f"removed {removed} files under {home}")
    return 0

