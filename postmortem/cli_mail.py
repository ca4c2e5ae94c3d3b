"""`postmortem send`: the merge's e-mails through the organisation's SMTP server."""

from __future__ import annotations

import argparse
import getpass
import re
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from postmortem.errors import DocumentError

if TYPE_CHECKING:
    from postmortem.mail.sending import Server, Summary
    from postmortem.mail.worker import Source

# `postmortem.mail.sending.KEYRING_SERVICE`, for the help text: building the parser (for
# every command, `export` included) must not load smtplib and ssl. A test keeps them equal.
KEYRING_SERVICE = "postmortem-studio-smtp"


class MailUsageError(Exception):
    """Bad usage of `send`; exits 2 with one line."""


def add_parsers(commands: Any) -> None:
    send = commands.add_parser(
        "send", help="send a merge's .eml files through your SMTP server, each exactly once")
    send.add_argument("folder", type=Path, metavar="DIR", help="the folder 'postmortem merge' wrote")
    send.add_argument("--smtp", required=True, metavar="HOST:PORT")
    tls = send.add_mutually_exclusive_group()
    tls.add_argument("--starttls", action="store_const", dest="security", const="starttls",
                     help="upgrade the connection with STARTTLS (default on ports other than 465 and 25)")
    tls.add_argument("--ssl", action="store_const", dest="security", const="ssl",
                     help="TLS from the first byte (port 465)")
    tls.add_argument("--plain", action="store_const", dest="security", const="none",
                     help="no encryption (a relay on this machine only)")
    send.add_argument("--user", default="", metavar="U",
                      help=f"log in as U; the password comes from the keyring (service "
                           f"'{KEYRING_SERVICE}', user U@HOST) or a prompt, and is never stored")
    send.add_argument("--cafile", default="", metavar="FILE",
                      help="trust the certificate authority in FILE (a company CA)")
    send.add_argument("--rate", default="", metavar="N/min", help="at most N messages a minute")
    send.add_argument("--retries", type=int, default=4, metavar="N",
                      help="tries per message on temporary failures (default 4)")
    send.add_argument("--retry-wait", type=float, default=10.0, metavar="SECONDS",
                      help="wait before the first retry; doubles each time (default 10)")
    send.add_argument("--resend-unconfirmed", action="store_true",
                      help="send again the messages an interrupted run may or may not have delivered")
    send.add_argument("--dry-run", action="store_true", help="list what would be sent; connect to nothing")
    send.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def add_merge_parser(commands: Any) -> None:
    merge = commands.add_parser(
        "merge", help="write one letter (PDF and e-mail) per recipient of a CSV or XLSX file")
    merge.add_argument("path", type=Path, metavar="DOC",
                       help="the .postmortem file, or - to read it from standard input")
    merge.add_argument("--folder", type=Path, metavar="DIR",
                       help="with DOC -: the document's folder, where its logo and images are read "
                            "(default: none are read)")
    merge.add_argument("--recipients", required=True, type=Path, metavar="FILE",
                       help="CSV or XLSX; columns email and name, optionally company, salutation, language, "
                            "impact_start, impact_end, lost_items, note and any other")
    merge.add_argument("--out", required=True, type=Path, metavar="DIR")
    merge.add_argument("--format", default="pdf,eml", metavar="pdf,eml",
                       help="what to write for each recipient (default: both)")
    merge.add_argument("--jobs", type=int, default=0, metavar="N",
                       help="worker processes (default: one per core)")
    # For the app, which runs the merge as a child process: one line per row.
    merge.add_argument("--progress-lines", action="store_true", help=argparse.SUPPRESS)


def _formats(text: str) -> tuple[str, ...]:
    from postmortem.mail.merge import FORMATS

    chosen = tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
    if not chosen or any(part not in FORMATS for part in chosen):
        raise MailUsageError(f"--format {text!r}: choose pdf, eml or pdf,eml")
    return chosen


class _Bar:
    """A progress bar on a terminal; a line every tenth of the way otherwise."""

    def __init__(self, every_row: bool = False) -> None:
        self.tty = sys.stderr.isatty() and not every_row
        self.every_row = every_row
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        if self.every_row:
            print(f"progress {done} {total}", file=sys.stderr, flush=True)
        elif self.tty:
            filled = 30 * done // max(total, 1)
            print(f"\rmerging [{'#' * filled}{'.' * (30 - filled)}] {done}/{total}", end="",
                  file=sys.stderr, flush=True)
            if done == total:
                print(file=sys.stderr)
        elif 10 * done // max(total, 1) > self.shown:
            self.shown = 10 * done // max(total, 1)
            print(f"merging: {done}/{total}", file=sys.stderr, flush=True)


def run_merge(args: argparse.Namespace) -> int:
    import time

    from postmortem.mail.languages import language_findings
    from postmortem.mail.merge import default_jobs, merge
    from postmortem.mail.recipient_fields import missing_fields
    from postmortem.mail.recipients import read_recipients

    # SIGTERM (the app's Cancel) stops after the rows being rendered; the manifest is still written.
    cancel = threading.Event()
    signal.signal(signal.SIGTERM, lambda _signum, _frame: cancel.set())
    formats = _formats(args.format)
    if args.jobs < 0:
        raise MailUsageError("--jobs must be 1 or more")
    if args.out.exists() and not args.out.is_dir():
        raise MailUsageError(f"{args.out}: not a folder")
    source = _source(args)
    recipients = read_recipients(args.recipients)
    document = source.load()
    recipients.findings += missing_fields(document, recipients) + language_findings(document, recipients)
    for finding in recipients.findings:
        print(f"{finding.severity.value}: {finding}", file=sys.stderr)
    if not recipients.usable:
        raise DocumentError(args.recipients, "no row can be merged (see the errors above)")
    started = time.perf_counter()
    report = merge(source, recipients, args.out, formats=formats, jobs=args.jobs or default_jobs(),
                   progress=_Bar(args.progress_lines), cancel=cancel)
    seconds = time.perf_counter() - started
    stopped = "cancelled: " if report.cancelled else ""
    print(f"{stopped}{len(report.written)} written, {len(report.up_to_date)} up to date, "
          f"{len(report.failed)} failed, {len(report.skipped_rows)} not merged, in {seconds:.1f} s; "
          f"see {args.out / 'manifest.csv'}")
    for job, why in report.failed:
        print(f"  failed row {job.recipient.row} ({job.recipient.email}): {why}")
    return 1 if report.failed or report.skipped_rows else 0


def _source(args: argparse.Namespace) -> Source:
    from postmortem.fileformat import MAX_BYTES
    from postmortem.mail.worker import Source

    folder: Path | None = args.folder
    if str(args.path) != "-":
        if folder is not None:
            raise MailUsageError("--folder: only with DOC - (a file's own folder is used otherwise)")
        return Source.read(args.path)
    if folder is not None and not folder.is_dir():
        raise MailUsageError(f"--folder {folder}: not a folder")
    # The app's way in: the document as on screen, never written to disk beside the original.
    text = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(text) > MAX_BYTES:
        raise MailUsageError(f"standard input: more than {MAX_BYTES // 2**20} MB; not a postmortem file")
    return Source(text, "standard input", str(folder.resolve()) if folder else None)


def _server(args: argparse.Namespace) -> Server:
    from postmortem.mail.sending import Server

    match = re.fullmatch(r"\[?([A-Za-z0-9.:-]+?)\]?:(\d{1,5})", args.smtp)
    if not match or not 0 < int(match.group(2)) < 65536:
        raise MailUsageError(f"--smtp {args.smtp!r}: give HOST:PORT, e.g. smtp.example.com:587")
    port = int(match.group(2))
    security = args.security or ("ssl" if port == 465 else "none" if port == 25 else "starttls")
    if args.cafile:
        from postmortem.mail.authority import authority_problem

        problem = authority_problem(args.cafile)
        if problem:
            raise MailUsageError(f"--cafile {problem}")
    return Server(match.group(1), port, security, args.user, args.cafile)


def _rate(text: str) -> float | None:
    if not text:
        return None
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(?:/min)?", text.strip())
    if not match or float(match.group(1)) <= 0:
        raise MailUsageError(f"--rate {text!r}: give messages a minute, e.g. 30/min")
    return float(match.group(1))


def password_for(server: Server) -> str | None:
    """From the OS keyring, else a prompt; never echoed, printed or kept."""
    if not server.user:
        return None
    from postmortem.mail.sending import password_from_keyring

    secret = password_from_keyring(server)
    if secret:
        return secret
    try:
        return getpass.getpass(f"Password for {server.user} at {server.host}: ")
    except EOFError:
        raise MailUsageError(f"no password for {server.user} at {server.host}: none in the keyring "
                             "and none typed") from None


def _confirm(count: int, server: Server) -> bool:
    question = f"Send {count} message{'s' * (count != 1)} through {server.describe()}? [y/N] "
    if not sys.stdin.isatty():
        raise MailUsageError(f"about to send {count} messages through {server.describe()}; "
                             "confirm with --yes when not at a terminal")
    return input(question).strip().lower() in ("y", "yes")


def _print_summary(summary: Summary) -> None:
    print(f"sent {len(summary.sent)}, skipped {len(summary.skipped)}, failed {len(summary.failed)}")
    for message, why in summary.skipped:
        print(f"  skipped {', '.join(message.recipients)} ({message.path.name}): {why}")
    for message, why in summary.failed:
        print(f"  failed {', '.join(message.recipients)} ({message.path.name}): {why}")


def run_send(args: argparse.Namespace) -> int:
    from postmortem.mail.journal import Journal
    from postmortem.mail.sending import Retry, SendError, read_outgoing, send_all

    folder: Path = args.folder
    if not folder.is_dir():
        raise MailUsageError(f"{folder}: not a folder; give the folder 'postmortem merge --out' wrote")
    server = _server(args)
    rate = _rate(args.rate)
    if args.retries < 1 or args.retry_wait < 0:
        raise MailUsageError("--retries must be at least 1 and --retry-wait not negative")
    messages = read_outgoing(folder)
    if not messages:
        raise DocumentError(folder, "no .eml files to send; run 'postmortem merge ... --format eml' first")
    journal = Journal(folder)
    pending = [m for m in messages if not journal.state(m.message_id)
               or journal.state(m.message_id) == "deferred"]
    if args.dry_run:
        for message in pending:
            print(f"would send {message.path.name} to {', '.join(message.recipients)}")
        print(f"{len(pending)} of {len(messages)} messages would go through {server.describe()} "
              "(dry run: nothing sent)")
        return 0
    if not pending and not args.resend_unconfirmed:
        _print_summary(send_all(messages, journal, server, lambda: None))
        return 0
    if not args.yes and not _confirm(len(pending), server):
        print("nothing sent")
        return 1
    asked: list[str | None] = []

    def password() -> str | None:
        # Asked once, when the server wants it, so a TLS failure comes before the prompt.
        if not asked:
            asked.append(password_for(server))
        return asked[0]

    try:
        summary = send_all(messages, journal, server, password, rate_per_minute=rate,
                           retry=Retry(args.retries, args.retry_wait),
                           resend_unconfirmed=args.resend_unconfirmed)
    except SendError as error:
        raise MailUsageError(str(error)) from None
    _print_summary(summary)
    return 1 if summary.failed else 0
