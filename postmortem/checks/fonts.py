"""Text no installed font can print: a finding naming the script and the font package.

WeasyPrint lays text out with the app's own fonts (Noto Serif, Sans and Sans
Mono: Latin, Greek, Cyrillic), then the family each other script is set in
(`render.typefaces`: Noto Naskh Arabic, Noto Serif CJK JP, ...), and falls back
to whatever fontconfig finds on the machine. When nothing covers a character
it prints an empty box, silently. This check asks the same sources, per
distinct character, so a Japanese letter on a machine without fonts-noto-cjk is
not "ready to publish"; and when the family chosen for a script is missing but
another font covers it (DejaVu Sans for Arabic), it warns that the letter would
print in that other face.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterable
from functools import cache

from fontTools import unicodedata
from fontTools.ttLib import TTFont

from postmortem.assets import APP_ASSETS
from postmortem.checks.fields import TextField
from postmortem.checks.findings import Audience, Finding, Level
from postmortem.render.scripts import language_spans
from postmortem.render.typefaces import script_faces

# Debian's packages for the scripts people write incident letters in; the rest are in fonts-noto-core.
_CJK = {"Hani", "Hira", "Kana", "Hang", "Bopo"}
EMOJI = "emoji"
_NEUTRAL = {"Zyyy", "Zinh", "Zzzz"}  # digits, punctuation, combining marks: follow their neighbours


_SPACES = frozenset(" \t\n\r\u00a0")


def font_package(script: str) -> str:
    if script in _CJK:
        return "fonts-noto-cjk"
    if script == EMOJI:
        return "fonts-noto-color-emoji"
    return "fonts-noto-core"


def script_of(char: str) -> str | None:
    """The ISO 15924 code of a character worth checking, or None for shared characters."""
    code = ord(char)
    if 0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF:
        return EMOJI
    script = unicodedata.script(char)
    return None if script in _NEUTRAL else script


def script_label(script: str) -> str:
    return "emoji" if script == EMOJI else f"{unicodedata.script_name(script)} script"


@cache
def _bundled_characters() -> frozenset[int]:
    covered: set[int] = set()
    for path in sorted((APP_ASSETS / "fonts").glob("*.ttf")):
        with TTFont(path, lazy=True) as font:
            covered |= set(font.getBestCmap() or {})
    return frozenset(covered)


class _FcFontSet(ctypes.Structure):
    _fields_ = (("nfont", ctypes.c_int), ("sfont", ctypes.c_int), ("fonts", ctypes.c_void_p))


@cache
def _fontconfig() -> tuple[ctypes.CDLL, int] | None:
    try:
        lib = ctypes.CDLL("libfontconfig.so.1")
    except OSError:
        return None
    voidp = ctypes.c_void_p
    lib.FcInitLoadConfigAndFonts.restype = voidp
    lib.FcCharSetCreate.restype = voidp
    lib.FcCharSetAddChar.argtypes = (voidp, ctypes.c_uint32)
    lib.FcCharSetDestroy.argtypes = (voidp,)
    lib.FcPatternCreate.restype = voidp
    lib.FcPatternAddCharSet.argtypes = (voidp, ctypes.c_char_p, voidp)
    lib.FcPatternAddString.argtypes = (voidp, ctypes.c_char_p, ctypes.c_char_p)
    lib.FcPatternDestroy.argtypes = (voidp,)
    lib.FcObjectSetCreate.restype = voidp
    lib.FcObjectSetAdd.argtypes = (voidp, ctypes.c_char_p)
    lib.FcObjectSetDestroy.argtypes = (voidp,)
    lib.FcFontList.argtypes = (voidp, voidp, voidp)
    lib.FcFontList.restype = ctypes.POINTER(_FcFontSet)
    lib.FcFontSetDestroy.argtypes = (ctypes.POINTER(_FcFontSet),)
    config = lib.FcInitLoadConfigAndFonts()
    return (lib, config) if config else None


@cache
def system_covers(code: int) -> bool:
    """Whether fontconfig knows an installed font with this character (True where it cannot tell)."""
    loaded = _fontconfig()
    if loaded is None:
        return True  # no fontconfig, no PDF either: the export says so in its own words
    lib, config = loaded
    charset = lib.FcCharSetCreate()
    lib.FcCharSetAddChar(charset, code)
    pattern = lib.FcPatternCreate()
    lib.FcPatternAddCharSet(pattern, b"charset", charset)
    found = _lists_a_font(lib, config, pattern)
    lib.FcCharSetDestroy(charset)
    return found


@cache
def system_has_family(family: str) -> bool:
    """Whether fontconfig knows an installed font of this family (True where it cannot tell)."""
    loaded = _fontconfig()
    if loaded is None:
        return True
    lib, config = loaded
    pattern = lib.FcPatternCreate()
    lib.FcPatternAddString(pattern, b"family", family.encode("utf-8"))
    return _lists_a_font(lib, config, pattern)


def _lists_a_font(lib: ctypes.CDLL, config: int, pattern: int) -> bool:
    """Whether fontconfig lists at least one font matching `pattern`, which it then frees."""
    objects = lib.FcObjectSetCreate()
    lib.FcObjectSetAdd(objects, b"family")
    fonts = lib.FcFontList(config, pattern, objects)
    found = bool(fonts) and fonts.contents.nfont > 0
    if fonts:
        lib.FcFontSetDestroy(fonts)
    lib.FcObjectSetDestroy(objects)
    lib.FcPatternDestroy(pattern)
    return found


def covered(char: str) -> bool:
    code = ord(char)
    return code in _bundled_characters() or char.isspace() or system_covers(code)


def uncovered_scripts(
    fields: Iterable[TextField],
    audience: Audience | None,
    covers: Callable[[str], bool] = covered,
) -> list[Finding]:
    """One error per field and font package, naming the scripts it lacks, spanning the first character."""
    findings = []
    for field in fields:
        # Distinct characters first: a long field is mostly letters the bundled fonts have.
        first: dict[str, int] = {}
        uncovered = [char for char in set(field.text) - _SPACES if not covers(char)]
        for char in sorted(uncovered, key=field.text.index):
            script = script_of(char)
            if script is not None and script not in first:
                first[script] = field.text.index(char)
        by_package: dict[str, list[str]] = {}
        for script in first:
            by_package.setdefault(font_package(script), []).append(script)
        for package, scripts in by_package.items():
            index = min(first[script] for script in scripts)
            names = " and ".join(script_label(script) for script in scripts).replace(" script and ", " and ")
            if len(scripts) > 1:
                names = names.replace(" script", " scripts") if names.endswith(" script") else names
            findings.append(
                Finding(
                    Level.ERROR,
                    field.location,
                    f"no installed font has the {names}: it would print as empty boxes; install {package}",
                    f"Install the fonts (sudo apt install {package}), then export again.",
                    "font-coverage",
                    audience,
                    (index, index + 1),
                )
            )
    return findings


@cache
def _has_own_face(char: str) -> bool:
    return bool(script_faces(script_of(char) or "", "en"))


def missing_faces(
    fields: Iterable[TextField],
    audience: Audience | None,
    language: str,
    covers: Callable[[str], bool] = covered,
    installed: Callable[[str], bool] = system_has_family,
) -> list[Finding]:
    """One warning per type family the exports would set a script in and the machine lacks.

    Said once, at the first field that needs it; a script nothing covers is
    `uncovered_scripts`' error instead.
    """
    findings = []
    reported: set[str] = set()
    for field in fields:
        # Distinct characters first: most fields hold no script with a face of its own.
        if not any(_has_own_face(char) for char in set(field.text)):
            continue
        for lang, piece in language_spans(field.text, language):
            for char in sorted(set(piece) - _SPACES, key=piece.index):
                script = script_of(char)
                if script is None or script == EMOJI or not covers(char):
                    continue
                for face in script_faces(script, lang or language):
                    if face in reported or installed(face):
                        continue
                    reported.add(face)
                    index = field.text.find(char)
                    package = font_package(script)
                    findings.append(
                        Finding(
                            Level.WARNING,
                            field.location,
                            f"{face} is not installed: the {script_label(script)} would print in "
                            f"another type face; install {package}",
                            f"Install the fonts (sudo apt install {package}), then export again.",
                            "font-face-missing",
                            audience,
                            (index, index + 1),
                        )
                    )
    return findings
