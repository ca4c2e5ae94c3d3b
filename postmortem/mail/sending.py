"""Sending a merge's `.eml` files through the organisation's SMTP server (smtplib).

Each message is one SMTP transaction. The journal (`journal.py`) is
written just before the message's content goes out and again when the
server answers, so a rerun after any interruption sends what was not
sent and nothing twice. Temporary refusals (4xx, a dropped connection
before the content went out) are retried with growing waits; permanent
ones (5xx) are recorded per recipient and skipped.

The password is handed in by the caller and only ever given to
`SMTP.login`: it is not logged, journaled or kept.
"""

from __future__ import annotations

import contextlib
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr
from pathlib import Path

from postmortem.errors import DocumentError
from postmortem.mail.authority import tls_context
from postmortem.mail.journal import DEFERRED, FINAL, REFUSED, SENDING, SENT, Entry, Journal

KEYRING_SERVICE = "postmortem-studio-smtp"


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    security: str = "starttls"  # "starttls" | "ssl" | "none"
    user: str = ""
    cafile: str = ""

    def describe(self) -> str:
        how = {"starttls": "STARTTLS", "ssl": "TLS", "none": "no encryption"}[self.security]
        who = f" as {self.user}" if self.user else ""
        return f"{self.host}:{self.port} ({how}){who}"


@dataclass(frozen=True)
class Outgoing:
    path: Path
    message_id: str
    sender: str
    recipients: list[str]
    data: bytes


@dataclass
class Summary:
    sent: list[Outgoing] = field(default_factory=list)
    skipped: list[tuple[Outgoing, str]] = field(default_factory=list)
    failed: list[tuple[Outgoing, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Retry:
    attempts: int = 4
    first_wait: float = 10.0  # seconds; doubles after each temporary failure


def read_outgoing(folder: Path) -> list[Outgoing]:
    """Every `.eml` in `folder`, in name order, with its envelope."""
    messages = []
    parser = BytesParser(policy=policy.default)
    for path in sorted(folder.glob("*.eml")):
        data = path.read_bytes()
        headers = parser.parsebytes(data, headersonly=True)
        message_id = str(headers.get("Message-ID", "")).strip()
        sender = parseaddr(str(headers.get("From", "")))[1]
        recipients = [a for _, a in getaddresses([str(v) for v in headers.get_all("To", [])]) if a]
        if not message_id or not sender or not recipients:
            raise DocumentError(path, "needs From, To and Message-ID headers to be sent "
                                      "(is it a merge output?)")
        # Clients ignore X-Unsent on sent mail, but it says "draft" to people reading the source.
        data = data.replace(b"X-Unsent: 1\r\n", b"", 1)
        messages.append(Outgoing(path, message_id, sender, recipients, data))
    return messages


class SendError(Exception):
    """Sending cannot go on (refused login, failed TLS); one line, no password in it."""


class _Temporary(Exception):
    def __init__(self, text: str, *, lost: bool = False) -> None:
        super().__init__(text)
        self.lost = lost  # the connection is gone: reconnect before the next try


class _Unconfirmed(Exception):
    """The connection ended while the content was going out: the server may have it."""


class _Permanent(Exception):
    pass


def _context(server: Server) -> ssl.SSLContext:
    return tls_context(server.cafile)


def connect(server: Server, password: Callable[[], str | None], timeout: float = 60.0) -> smtplib.SMTP:
    """A connection, logged in when the server has a user; asks for the password only then."""
    try:
        if server.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(server.host, server.port, timeout=timeout,
                                                    context=_context(server))
        else:
            client = smtplib.SMTP(server.host, server.port, timeout=timeout)
            if server.security == "starttls":
                client.starttls(context=_context(server))
        if server.user:
            client.login(server.user, password() or "")
    except smtplib.SMTPAuthenticationError:
        raise SendError(f"{server.host}: the server refused the user name or password") from None
    except smtplib.SMTPNotSupportedError:
        raise SendError(f"{server.host}: the server does not offer STARTTLS; try --ssl") from None
    except ssl.SSLError as error:
        raise SendError(f"{server.host}: TLS failed ({error.reason or error})") from None
    except (OSError, smtplib.SMTPException) as error:
        raise _Temporary(f"cannot reach {server.host}:{server.port} ({error})", lost=True) from None
    return client


def _as_bytes(text: bytes | str) -> bytes:
    return text if isinstance(text, bytes) else text.encode("utf-8")


def _reply(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(words.split())}"


def _transaction(client: smtplib.SMTP, message: Outgoing, journal: Journal) -> None:
    """MAIL, RCPT, then DATA; the journal says 'sending' only once the content is about to go."""
    try:
        client.ehlo_or_helo_if_needed()
        code, text = client.mail(message.sender)
        if code != 250:
            raise (_Temporary if 400 <= code < 500 else _Permanent)(_reply(code, text))
        for address in message.recipients:
            code, text = client.rcpt(address)
            if code not in (250, 251):
                raise (_Temporary if 400 <= code < 500 else _Permanent)(_reply(code, text))
    except (smtplib.SMTPServerDisconnected, OSError) as error:
        raise _Temporary(f"connection lost ({error})", lost=True) from None
    except (_Temporary, _Permanent):
        _reset(client)
        raise
    journal.record(Entry(message.message_id, SENDING, ", ".join(message.recipients), message.path.name))
    try:
        code, text = client.data(message.data)
    except smtplib.SMTPDataError as error:
        code, text = error.smtp_code, _as_bytes(error.smtp_error)
    except (smtplib.SMTPServerDisconnected, OSError) as error:
        raise _Unconfirmed(str(error) or "connection lost") from None
    if code != 250:
        _reset(client)
        raise (_Temporary if 400 <= code < 500 else _Permanent)(_reply(code, text))


def _reset(client: smtplib.SMTP) -> None:
    with contextlib.suppress(smtplib.SMTPException, OSError):
        client.rset()


def send_all(
    messages: list[Outgoing],
    journal: Journal,
    server: Server,
    password: Callable[[], str | None],
    *,
    rate_per_minute: float | None = None,
    retry: Retry = Retry(),
    resend_unconfirmed: bool = False,
    report: Callable[[str], None] = print,
    sleep: Callable[[float], None] = time.sleep,
) -> Summary:
    summary = Summary()
    todo = []
    for message in messages:
        state = journal.state(message.message_id)
        if state in FINAL:
            summary.skipped.append((message, "already sent" if state == SENT else "refused before"))
        elif state == SENDING and not resend_unconfirmed:
            summary.skipped.append((message, "unconfirmed: the last run was interrupted while sending it, "
                                             "so the server may have it; not sent again "
                                             "(--resend-unconfirmed sends it)"))
        else:
            todo.append(message)
    client: smtplib.SMTP | None = None
    interval = 60.0 / rate_per_minute if rate_per_minute else 0.0
    last_start: float | None = None
    try:
        for number, message in enumerate(todo, start=1):
            wait = retry.first_wait
            for attempt in range(1, retry.attempts + 1):
                if interval and last_start is not None:
                    sleep(max(0.0, last_start + interval - time.monotonic()))
                last_start = time.monotonic()
                try:
                    if client is None:
                        client = connect(server, password)
                    _transaction(client, message, journal)
                except _Permanent as error:
                    journal.record(Entry(message.message_id, REFUSED, ", ".join(message.recipients),
                                         message.path.name, str(error)))
                    summary.failed.append((message, f"refused: {error}"))
                    report(f"[{number}/{len(todo)}] {', '.join(message.recipients)}: refused ({error})")
                    break
                except _Unconfirmed as error:
                    client = _drop(client)  # type: ignore[func-returns-value]
                    summary.failed.append((message, f"unconfirmed: the connection ended while sending "
                                                    f"({error}); not sent again unless --resend-unconfirmed"))
                    report(f"[{number}/{len(todo)}] {', '.join(message.recipients)}: unconfirmed ({error})")
                    break
                except _Temporary as error:
                    if error.lost:
                        client = _drop(client)  # type: ignore[func-returns-value]
                    if attempt == retry.attempts:
                        journal.record(Entry(message.message_id, DEFERRED, ", ".join(message.recipients),
                                             message.path.name, str(error)))
                        summary.failed.append((message, f"temporary failure, gave up after {attempt} tries "
                                                        f"({error}); run the same command later"))
                        report(f"[{number}/{len(todo)}] {', '.join(message.recipients)}: deferred ({error})")
                        break
                    report(f"[{number}/{len(todo)}] {', '.join(message.recipients)}: {error}; "
                           f"retrying in {wait:g} s")
                    sleep(wait)
                    wait *= 2
                else:
                    journal.record(Entry(message.message_id, SENT, ", ".join(message.recipients),
                                         message.path.name))
                    summary.sent.append(message)
                    report(f"[{number}/{len(todo)}] {', '.join(message.recipients)}: sent")
                    break
    finally:
        if client is not None:
            _drop(client)
    return summary


def _drop(client: smtplib.SMTP | None) -> None:
    """Closes the connection; returns None to put in the caller's variable."""
    if client is not None:
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            client.close()


def password_from_keyring(server: Server) -> str | None:
    """The password the OS keyring holds for this user and server, if any."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            secret = keyring.get_password(KEYRING_SERVICE, f"{server.user}@{server.host}")
        except KeyringError:
            secret = None
    except ImportError:
        secret = None
    return secret or None
