"""The system libraries the app loads at run time, and the Debian package that provides each.

WeasyPrint loads Pango, HarfBuzz and fontconfig with `dlopen`, and Qt loads
EGL, xkbcommon and the xcb helpers; when one is missing, the loader's own
message is a traceback (WeasyPrint also prints a banner on stdout) or, for
a Qt plugin, an abort. `require_pdf_libraries()` loads them first and turns
the first failure into one line that says what to install.
"""

from __future__ import annotations

import ctypes
import re
import sys

# Longest prefixes first: "libpangoft2" must win over "libpango".
PACKAGES: dict[str, str] = {
    "libgobject-2.0": "libglib2.0-0",
    "libglib-2.0": "libglib2.0-0",
    "libpangoft2-1.0": "libpangoft2-1.0-0",
    "libpangocairo-1.0": "libpangocairo-1.0-0",
    "libpango-1.0": "libpango-1.0-0",
    "libharfbuzz-subset": "libharfbuzz-subset0",
    "libharfbuzz": "libharfbuzz0b",
    "libfontconfig": "libfontconfig1",
    "libfreetype": "libfreetype6",
    "libEGL": "libegl1",
    "libGLX": "libglx0",
    "libGL": "libgl1",
    "libOpenGL": "libopengl0",
    "libxkbcommon-x11": "libxkbcommon-x11-0",
    "libxkbcommon": "libxkbcommon0",
    "libxcb-cursor": "libxcb-cursor0",
    "libxcb-icccm": "libxcb-icccm4",
    "libxcb-keysyms": "libxcb-keysyms1",
    "libxcb-image": "libxcb-image0",
    "libxcb-render-util": "libxcb-render-util0",
    "libxcb-randr": "libxcb-randr0",
    "libxcb-shape": "libxcb-shape0",
    "libxcb-xinerama": "libxcb-xinerama0",
    "libxcb-xkb": "libxcb-xkb1",
    "libxcb-util": "libxcb-util1",
    "libX11-xcb": "libx11-xcb1",
    "libX11": "libx11-6",
    "libdbus-1": "libdbus-1-3",
    "libwayland-client": "libwayland-client0",
}

PDF_LIBRARIES = (
    "libgobject-2.0.so.0",
    "libpango-1.0.so.0",
    "libharfbuzz.so.0",
    "libfontconfig.so.1",
    "libpangoft2-1.0.so.0",
)
"""What WeasyPrint opens, by soname, in the order it opens them."""

_LIBRARY_NAME = re.compile(r"\blib[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*")


class MissingLibrary(Exception):
    """A system library could not be loaded; `str()` is one line naming the package to install."""

    def __init__(self, library: str, package: str | None) -> None:
        self.library = library
        self.package = package
        if package:
            advice = f"install it with: sudo apt install {package}"
        else:
            advice = "install the package that provides it"
        super().__init__(f"the system library {library} is missing; {advice}")


def package_for(library: str) -> str | None:
    """The Debian package that provides `library` (a soname or WeasyPrint's name for it)."""
    stem = library.split(".so", 1)[0]
    for prefix in sorted(PACKAGES, key=len, reverse=True):
        if stem.lower().startswith(prefix.lower()):
            return PACKAGES[prefix]
    return None


def explain(error: BaseException) -> MissingLibrary | None:
    """The missing library an `OSError` or `ImportError` from a loader names, if it names one."""
    text = str(error)
    if "cannot open shared object file" not in text and "cannot load library" not in text:
        return None
    for match in _LIBRARY_NAME.finditer(text):
        name = match.group(0).rstrip(".:")
        if package_for(name) is not None:
            return MissingLibrary(name, package_for(name))
    found = _LIBRARY_NAME.search(text)
    return MissingLibrary(found.group(0).rstrip(".:"), None) if found else None


def require(libraries: tuple[str, ...]) -> None:
    """Load each library (Linux only); the first that fails raises `MissingLibrary`."""
    if not sys.platform.startswith("linux"):
        return
    for library in libraries:
        try:
            ctypes.CDLL(library)
        except OSError as error:
            raise MissingLibrary(library, package_for(library)) from error


def require_pdf_libraries() -> None:
    require(PDF_LIBRARIES)
