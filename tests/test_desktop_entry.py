"""`postmortem-studio --install-desktop-entry` for pip and pipx installs, and its undoing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
APP_ID = "org.postmortemstudio.PostmortemStudio"


def run(tmp_path: Path, option: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(tmp_path / "home"),
                   "XDG_DATA_HOME": str(tmp_path / "data")}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "ui", option],
        cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_install_writes_menu_entry_file_type_and_icons_then_uninstall_removes_them(tmp_path: Path) -> None:
    installed = run(tmp_path, "--install-desktop-entry")
    assert installed.returncode == 0, installed.stderr
    data = tmp_path / "data"
    entry = data / "applications" / f"{APP_ID}.desktop"
    assert "Exec=" in entry.read_text()
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" %f") and (exec_line.startswith(("Exec=/", 'Exec="/')))
    check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").read_text().count('pattern="*.postmortem"') == 1
    sizes = {p.parts[-3] for p in (data / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.*")}
    assert sizes == {"16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512", "scalable"}
    if shutil.which("update-mime-database"):
        # The desktop's MIME database now maps the extension to our type.
        assert "*.postmortem" in (data / "mime" / "globs2").read_text()

    removed = run(tmp_path, "--uninstall-desktop-entry")
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()
    assert list(data.rglob(f"*{APP_ID}*")) == []
    assert not (data / "mime" / "application" / "x-postmortem.xml").exists()
