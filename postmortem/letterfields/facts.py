"""The facts letter fields may print: plain data, copied from what customers may read.

`postmortem.views.customer_view` fills a `LetterFacts` with only the facts
that the fields in the letter's body use, so the checks (which scan what
the customer view holds) see exactly the facts that will be printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from postmortem.chart import TimelineChart


@dataclass(frozen=True)
class CustomerEvent:
    time: str  # "Thu 27 Oct, 04:00", in the document's zone
    description: str  # Markdown


@dataclass(frozen=True)
class Promise:
    title: str
    description: str  # Markdown
    due: str  # "by 30 November 2026" or ""
    done: bool


@dataclass(frozen=True)
class LetterFacts:
    language: str = "en"  # the document's: the fields word the facts in it
    window: str = ""  # "Thursday 27 October 2011, 04:00 to … New York time (EDT, UTC−4)"
    window_open: bool = False  # no end yet: "since ...", not "from ..."
    services: list[str] = field(default_factory=list)
    data_loss: str = "none"  # "none" | "possible" | "confirmed"
    data_loss_details: str = ""  # Markdown
    data_loss_window: str = ""
    data_loss_window_open: bool = False
    customer_actions: str = ""  # Markdown
    events: list[CustomerEvent] = field(default_factory=list)
    events_zone: str = ""  # "New York time (EDT, UTC−4)"
    promises: list[Promise] = field(default_factory=list)
    signer_name: str = ""
    signer_title: str = ""
    organisation: str = ""
    contact_email: str = ""
    chart: TimelineChart | None = None  # the customer version: impact window and resolution
