"""`python -m ui.i18n.update`: the catalogues brought up to date with the source, then compiled.

`pyside6-lupdate` adds the texts marked in `ui/` to each `postmortem_studio_<lang>.ts`
(new ones unfinished, for a translator to write in Qt Linguist or an editor) and drops
texts the source no longer has; `pyside6-lrelease` compiles each to the `.qm` the app
loads. Both `.ts` and `.qm` are committed, so a checkout, an editable install, the wheel
and the frozen app all have the catalogues without Qt's tools; `tests/ui/test_interface_language.py`
fails when a `.qm` no longer matches its `.ts` or a `.ts` misses a text of the source.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ui.i18n.languages import CATALOGUE, HERE, LANGUAGES, SOURCE

UI = HERE.parent
TRANSLATED = [language.code for language in LANGUAGES if language.code != SOURCE]


def tool(name: str) -> str:
    """`pyside6-lupdate` or `pyside6-lrelease`, beside this Python first (a virtualenv's bin)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"error: {name} is missing; it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(path) for path in UI.rglob("*.py"))


def ts_path(code: str, folder: Path = HERE) -> Path:
    return folder / f"{CATALOGUE}_{code}.ts"


def extract(code: str, folder: Path = HERE) -> None:
    options = ["-locations", "none", "-no-obsolete", "-source-language", SOURCE, "-target-language", code]
    run([tool("pyside6-lupdate"), *options, *sources(), "-ts", str(ts_path(code, folder))])


def compile_catalogue(code: str, folder: Path = HERE, into: Path = HERE) -> Path:
    qm = into / f"{CATALOGUE}_{code}.qm"
    run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts_path(code, folder)), "-qm", str(qm)])
    return qm


def run(command: list[str]) -> None:
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def main() -> int:
    for code in TRANSLATED:
        extract(code)
        compile_catalogue(code)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
