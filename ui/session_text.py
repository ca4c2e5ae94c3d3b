"""How a document session speaks: lines for the message bar, times and file names in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass


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


def slug(title: str) -> str:
    """A file name from a title: 'Checkout outage' -> 'checkout-outage'."""
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "-".join(words[:8]) or "postmortem"
