"""Helpers for the mail tests: a document whose internal places hold marker words,
and a real SMTP server (aiosmtpd) on the loopback interface.

Not a conftest.py: a second conftest module would shadow tests/conftest.py
for the tests that import from it.
"""

from __future__ import annotations

import io
import socket
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdf
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from postmortem import load
from postmortem.model import Document

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "raid-outage" / "raid-outage.postmortem"
SECRETS = ("MetaNoteSecret", "ImpactNoteSecret", "LetterNoteSecret", "HiddenEventSecret",
           "TimelineNoteSecret")


def secret_document() -> Document:
    """The example, with a marker word in places customers must never see."""
    document = load(EXAMPLE)
    document.meta.internal_notes = "MetaNoteSecret"
    document.impact.internal_notes = "ImpactNoteSecret"
    document.customer_letter.internal_notes = "LetterNoteSecret"
    document.timeline.internal_notes = "TimelineNoteSecret"
    hidden = next(e for e in document.timeline.events if not e.customer_visible)
    hidden.description = "HiddenEventSecret on web01"
    return document


def pdf_text(data: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Mailbox:
    """What the test server received, and how it answers."""

    received: list[Any] = field(default_factory=list)  # aiosmtpd envelopes
    refuse: dict[str, str] = field(default_factory=dict)  # address -> permanent reply, every time
    defer_once: dict[str, str] = field(default_factory=dict)  # address -> temporary reply, first time
    on_data: Callable[[int], None] | None = None  # called with the message's number, before the 250
    logins: list[tuple[str, str]] = field(default_factory=list)

    def message_ids(self) -> Counter[str]:
        from email import message_from_bytes

        return Counter(str(message_from_bytes(e.content)["Message-ID"]) for e in self.received)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address in self.refuse:
            return self.refuse[address]
        if address in self.defer_once:
            return self.defer_once.pop(address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(envelope)
        if self.on_data is not None:
            self.on_data(len(self.received))
        return "250 Message accepted for delivery"


class Server:
    def __init__(self, mailbox: Mailbox, **kwargs: Any) -> None:
        self.mailbox = mailbox
        self.port = free_port()
        self.controller = Controller(mailbox, hostname="127.0.0.1", port=self.port, **kwargs)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"


def authenticator(mailbox: Mailbox, password: str) -> Callable[..., AuthResult]:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login, given = auth_data.login.decode(), auth_data.password.decode()
        mailbox.logins.append((login, "right" if given == password else "wrong"))
        return AuthResult(success=given == password)

    return check


def write_outbox(folder: Path, count: int) -> list[str]:
    """`count` addressed messages as a merge leaves them; returns the addresses."""
    from postmortem.mail.draft import Addressee, build_draft

    document = load(EXAMPLE)
    folder.mkdir(parents=True, exist_ok=True)
    addresses = [f"customer{n:02}@example.org" for n in range(1, count + 1)]
    for number, address in enumerate(addresses, start=1):
        data = build_draft(document, b"%PDF-1.7 stand-in", addressee=Addressee(address, f"Customer {number}"))
        (folder / f"{number:03}-customer{number:02}.eml").write_bytes(data)
    return addresses
