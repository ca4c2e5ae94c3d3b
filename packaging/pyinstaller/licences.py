"""The licence texts of everything a frozen build carries, gathered at build time.

The spec calls `bundled_licences()` with what PyInstaller collected; each
Python distribution's own licence files are copied, a distribution that ships
none gets the text its metadata names (from Debian's common-licenses), every
system library gets its Debian package's copyright file, and Python and the
PyInstaller bootloader get theirs. They land in the bundle's `licences/`,
which the .deb also installs under /usr/share/doc.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

COMMON = Path("/usr/share/common-licenses")
# Distributions whose wheels carry no licence file: the texts their metadata names.
NAMED = {
    "pyside6-essentials": ("LGPL-3", "GPL-3"),
    "pyside6-pdf": ("LGPL-3", "GPL-3"),
    "shiboken6": ("LGPL-3", "GPL-3"),
}
_NAMES = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS", "COPYRIGHT")


def _normal(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def python_distributions(modules: set[str]) -> list[metadata.Distribution]:
    """The installed distributions that provide the given top-level modules."""
    owners = metadata.packages_distributions()
    names = sorted({dist for module in modules for dist in owners.get(module, [])})
    return [metadata.distribution(name) for name in names]


def _licence_files(dist: metadata.Distribution) -> list[Path]:
    found = []
    for file in dist.files or []:
        parts = file.parts
        if ".dist-info" in parts[0] and (
            "licenses" in parts or any(parts[-1].upper().startswith(n) for n in _NAMES)
        ):
            found.append(Path(str(dist.locate_file(file))))
    return [path for path in found if path.is_file()]


def _debian_package(path: str) -> str | None:
    if not shutil.which("dpkg-query"):
        return None
    result = subprocess.run(["dpkg-query", "-S", path], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        real = str(Path(path).resolve())
        if real == path:
            return None
        result = subprocess.run(["dpkg-query", "-S", real], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            return None
    return result.stdout.split(":", 1)[0].strip()


def bundled_licences(modules: set[str], binaries: list[str]) -> list[tuple[str, str]]:
    """PyInstaller `datas` entries: (source file, folder in the bundle)."""
    datas: list[tuple[str, str]] = []
    for dist in python_distributions(modules):
        folder = f"licences/python/{_normal(dist.metadata['Name'])}-{dist.version}"
        files = _licence_files(dist)
        if not files:
            files = [COMMON / text for text in NAMED.get(_normal(dist.metadata["Name"]), ())]
        datas += [(str(path), folder) for path in files if path.is_file()]
    python_licence = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    datas.append((str(python_licence / "LICENSE.txt"), "licences/python/python"))
    pyinstaller = metadata.distribution("pyinstaller")
    datas += [(str(path), "licences/python/pyinstaller-bootloader") for path in _licence_files(pyinstaller)]
    packages = {_debian_package(path) for path in binaries if path.startswith(("/usr/", "/lib"))}
    for package in sorted(p for p in packages if p):
        copyright_file = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
        if copyright_file.is_file():
            datas.append((str(copyright_file), f"licences/debian/{package.split(':')[0]}"))
    return datas
