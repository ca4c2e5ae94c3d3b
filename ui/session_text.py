"""How a document session speaks: lines for the message bar, times and file names in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from ui.i18n.marks import QT_TRANSLATE_NOOP, english

_NOTES = {
    "read-only": QT_TRANSLATE_NOOP("DocumentSession", "Read-only: %1."),
    "not kept": QT_TRANSLATE_NOOP("DocumentSession", "Saved. The version it replaced could not be kept: %1"),
    "disk": QT_TRANSLATE_NOOP("DocumentSession", "The file on disk cannot be read, so yours is kept: %1"),
    "autosave": QT_TRANSLATE_NOOP(
        "DocumentSession", "Autosave is not working (%1). Save your work to keep it safe."
    ),
    "restore": QT_TRANSLATE_NOOP("DocumentSession", "Restore version of %1"),
}


@dataclass(frozen=True)
class Message:
    """A line for the window's message bar; `kind` lets a later event withdraw it."""

    text: str
    error: bool = True
    kind: str = ""
    actions: tuple[tuple[str, Callable[[], object]], ...] = ()


def clock(moment: dt.datetime) -> str:
    """'14:02' today, '2026-11-30 14:02' on other days, in local time."""
    local = moment.astimezone()
    today = dt.datetime.now().astimezone().date()
    return f"{local:%H:%M}" if local.date() == today else f"{local:%Y-%m-%d %H:%M}"


def said(note: str, value: str, translate: Callable[..., str] = english) -> str:
    """The session's `note` ("read-only", "disk"…) about `value`, in the interface's language."""
    if note == "read-only" and not value:
        value = translate("DocumentSession", "this copy cannot be changed")
    return translate("DocumentSession", _NOTES[note]).replace("%1", value)


def slug(title: str) -> str:
    """A file name from a title: 'Checkout outage' -> 'checkout-outage'."""
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "-".join(words[:8]) or "postmortem"
