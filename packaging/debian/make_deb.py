"""Build the Debian package from the frozen bundle: `make_deb.py BUNDLE OUTPUT_FOLDER`.

Lays out the package's files in a staging folder and hands it to
`fakeroot dpkg-deb --root-owner-group`, so every file is root's and the
archive's timestamps are clamped to SOURCE_DATE_EPOCH. The app goes under
/opt/postmortem-studio, its two commands into /usr/bin (symbolic links: the
PyInstaller loader finds its folder through /proc/self/exe), and the desktop
entry, AppStream metadata, MIME type, hicolor icons and licence texts where
the desktop looks for them. dpkg's triggers refresh the MIME, menu and icon
caches, so the package needs no maintainer scripts and removes cleanly.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from postmortem.version import version  # noqa: E402

APP_ID = "org.postmortemstudio.PostmortemStudio"
PACKAGE = "postmortem-studio"
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "assets" / "icons" / "hicolor"

# Not bundled on purpose: the C library and the graphics drivers' front ends must match the
# machine's kernel and GPU, so PyInstaller leaves them out and the package depends on them.
# Fonts are recommended: the app's own fonts cover Latin, Greek and Cyrillic; these cover the rest.
RECOMMENDS = ("fonts-noto-core", "fonts-noto-cjk", "fonts-noto-color-emoji", "xdg-utils")

DESCRIPTION = """\
Write incident postmortems and the letters that go with them
 Postmortem Studio guides an engineer through an incident postmortem section
 by section: overview, timeline, impact, root cause, action items, lessons and
 the customer letter. One document exports a blameless internal analysis and
 an apology letter for customers, as Markdown, HTML or PDF.
 .
 This package carries its own Python, Qt and WeasyPrint (with Pango, HarfBuzz
 and fontconfig), and installs the app, the 'postmortem' command line, the
 menu entry and the .postmortem file type."""


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _elf_files(folder: Path) -> list[Path]:
    return [
        path for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF"
    ]  # fmt: skip


def _needed(path: Path) -> set[str]:
    listing = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=False).stdout
    return set(re.findall(r"^\s+NEEDED\s+(\S+)$", listing, re.M))


def _system_paths() -> dict[str, str]:
    paths: dict[str, str] = {}
    for line in _run("/sbin/ldconfig", "-p").splitlines():
        name, _, rest = line.strip().partition(" (")
        if "x86-64" in rest or "64bit" in rest or "AArch64" in rest:
            paths.setdefault(name, rest.rsplit("=> ", 1)[-1])
    return paths


def _package_of(path: str) -> str:
    for candidate in (path, str(Path(path).resolve()), path.replace("/usr/lib/", "/lib/", 1)):
        result = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True, check=False)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    raise SystemExit(f"error: no Debian package provides {path}; cannot declare the dependency")


def depends(bundle: Path) -> list[str]:
    """The Debian packages providing the libraries the bundle needs but does not carry."""
    carried = {path.name for path in bundle.rglob("*.so*")}
    needed: set[str] = set()
    for elf in _elf_files(bundle):
        needed |= _needed(elf)
    system = _system_paths()
    packages: set[str] = set()
    for soname in sorted(needed - carried):
        if soname.startswith("ld-linux") or soname not in system:
            continue
        packages.add(_package_of(system[soname]))
    glibc = _run("dpkg-query", "-W", "-f=${Version}", "libc6").split("-")[0]
    return sorted(f"{p} (>= {glibc})" if p == "libc6" else p for p in packages)


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def stage(bundle: Path, root: Path) -> None:
    opt = root / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for program in ("postmortem", "postmortem-studio"):
        (bin_dir / program).symlink_to(f"../../opt/{PACKAGE}/{program}")
    share = root / "usr" / "share"
    _copy(LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    _copy(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    _copy(LINUX / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
    for icon in sorted(ICONS.glob("*/apps/*")):
        _copy(icon, share / "icons" / "hicolor" / icon.relative_to(ICONS))
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Postmortem Studio, released under the MIT licence below.\n"
        "The package also carries Python, Qt (PySide6), WeasyPrint with Pango, HarfBuzz and\n"
        "fontconfig, and the Noto fonts; each one's licence text is in\n"
        f"/usr/share/doc/{PACKAGE}/licences/ (python/, debian/ and fonts/).\n\n"
        + (ROOT / "LICENSE").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    shutil.copytree(bundle / "_internal" / "licences", doc / "licences")
    _copy(ROOT / "assets" / "fonts" / "NOTO-COPYRIGHT.txt", doc / "licences" / "fonts" / "NOTO-COPYRIGHT.txt")
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)


def control(bundle: Path, root: Path) -> str:
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    architecture = _run("dpkg", "--print-architecture").strip()
    fields = {
        "Package": PACKAGE,
        "Version": version(),
        "Architecture": architecture,
        "Maintainer": "The Postmortem Studio developers <maintainers@postmortemstudio.org>",
        "Installed-Size": str(size_kib),
        "Depends": ", ".join(depends(bundle)),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "editors",
        "Priority": "optional",
        "Homepage": "https://postmortemstudio.org/",
        "Description": DESCRIPTION,
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


def main(argv: list[str]) -> int:
    bundle, output = Path(argv[1]), Path(argv[2])
    staging = ROOT / "build" / "deb"
    shutil.rmtree(staging, ignore_errors=True)
    root = staging / PACKAGE
    stage(bundle, root)
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control(bundle, root), encoding="utf-8")
    architecture = _run("dpkg", "--print-architecture").strip()
    deb = output / f"{PACKAGE}_{version()}_{architecture}.deb"
    # zstd, not xz: on two busy cores xz takes minutes for 260 MB; zstd takes seconds for a
    # package 15 % larger. Debian 12's and Ubuntu's dpkg read it.
    subprocess.run(
        ["fakeroot", "dpkg-deb", "--root-owner-group", "-Zzstd", "-z3", "--build", str(root), str(deb)],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    print(f"wrote {deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
