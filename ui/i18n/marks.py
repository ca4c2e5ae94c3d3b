"""Texts marked for translation where Qt is not imported (the app's Qt-free parts).

`pyside6-lupdate` finds `QT_TRANSLATE_NOOP(...)` and `translate(...)` calls by
name, so these stand-ins put the texts in the catalogues; the Qt side hands
`QCoreApplication.translate` in where the texts are shown.
"""

from __future__ import annotations

from typing import Protocol


class Translate(Protocol):
    """QCoreApplication.translate's shape: a count `n` picks the plural form and fills `%n`."""

    def __call__(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text` itself, marked for the catalogues under `context`."""
    return text


def english_plural(text: str, count: int) -> str:
    """"1 error(s)" → "1 error", "2 error(s)" → "2 errors": English needs no catalogue for plurals."""
    return text.replace("(s)", "" if count == 1 else "s")


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """What the interface shows without a catalogue."""
    return text if n < 0 else english_plural(text.replace("%n", str(n)), n)
