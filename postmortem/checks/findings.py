"""What one check reports: a `Finding`, with its severity and where it points."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Literal

Audience = Literal["customer", "internal"]


class Level(StrEnum):
    ERROR = "error"  # blocks "ready to publish"
    WARNING = "warning"
    HINT = "hint"


@dataclass(frozen=True)
class Finding:
    """One thing the writer should look at.

    `location` names the field ("section.field", list items as
    "action_items.items[2].owner"); `span`, where set, is the (start, end)
    character range inside that field's text that the finding is about, so
    that an editor can underline exactly those characters.
    """

    severity: Level
    location: str
    message: str  # plain words, lower-case start, no final full stop
    suggestion: str = ""  # a sentence, or ""
    rule: str = ""
    audience: Audience | None = None  # None: matters for both exports
    span: tuple[int, int] | None = None

    @property
    def section(self) -> str:
        return self.location.split(".", 1)[0].split("[", 1)[0]

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["severity"] = self.severity.value
        data["span"] = list(self.span) if self.span else None
        return data

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


E, W, H = Level.ERROR, Level.WARNING, Level.HINT


def blank(text: str) -> bool:
    return not text.strip()


def is_ready(findings: list[Finding]) -> bool:
    """Ready to publish: no finding is an error."""
    return not any(f.severity == Level.ERROR for f in findings)
