# Replaces the contributed weasyprint hook, which stops at the first library name
# ctypes cannot resolve and then collects none. WeasyPrint opens these with dlopen,
# by soname, so PyInstaller's import analysis cannot see them; their own
# dependencies (GLib, FreeType, FriBidi, ...) are found from here by PyInstaller.
import ctypes.util
import subprocess
import sys

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("weasyprint")
binaries = []

SONAMES = (
    "libgobject-2.0.so.0",
    "libpango-1.0.so.0",
    "libharfbuzz.so.0",
    "libharfbuzz-subset.so.0",
    "libfontconfig.so.1",
    "libpangoft2-1.0.so.0",
)

if sys.platform.startswith("linux"):
    listing = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths = {}
    for line in listing.splitlines():
        name, _, rest = line.strip().partition(" (")
        if "x86-64" in rest or "64bit" in rest or "AArch64" in rest:
            paths.setdefault(name, rest.rsplit("=> ", 1)[-1])
    missing = [soname for soname in SONAMES if soname not in paths]
    if missing:
        raise SystemExit(f"error: {', '.join(missing)} not installed; the bundle would not print")
    binaries = [(paths[soname], ".") for soname in SONAMES]
else:
    # Windows (MSYS2's GTK) and macOS (Homebrew's pango): untested here. WeasyPrint's own names
    # for the libraries, as ctypes finds them; set WEASYPRINT_DLL_DIRECTORIES on Windows first.
    NAMES = ("gobject-2.0-0", "gobject-2.0", "pango-1.0-0", "pango-1.0", "harfbuzz-0", "harfbuzz",
             "harfbuzz-subset-0", "harfbuzz-subset", "fontconfig-1", "fontconfig", "pangoft2-1.0-0",
             "pangoft2-1.0")  # fmt: skip
    found = {ctypes.util.find_library(name) for name in NAMES} - {None}
    binaries = [(path, ".") for path in sorted(found)]
