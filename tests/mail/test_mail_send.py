"""`postmortem send` against a real SMTP server (aiosmtpd) on the loopback interface."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from mail_helpers import REPO, Mailbox, Server, authenticator, write_outbox

from postmortem.mail.journal import JOURNAL_NAME

PASSWORD = "Pw-7f3a9c-never-kept"
# Each test starts one or two sender processes; on a busy machine that takes a while.
pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def smtp_server() -> Iterator[Server]:
    server = Server(Mailbox())
    server.controller.start()
    yield server
    server.controller.stop()


def run_send(folder: Path, server: Server, *extra: str, stdin: str = "", home: Path | None = None,
             wait: bool = True) -> subprocess.Popen[str] | subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if home is not None:
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"))
    command = [sys.executable, "-m", "postmortem", "send", str(folder), "--smtp", server.address,
               "--retry-wait", "0.2", *extra]
    if not wait:
        return subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, start_new_session=True)
    # A new session has no terminal, so a password prompt reads stdin.
    return subprocess.run(command, check=False, env=env, input=stdin, capture_output=True, text=True,
                          timeout=90, start_new_session=True)


def test_every_message_is_delivered_once(tmp_path: Path, smtp_server: Server) -> None:
    addresses = write_outbox(tmp_path / "out", 12)
    result = run_send(tmp_path / "out", smtp_server, "--plain", "--yes")
    assert result.returncode == 0, result.stderr
    assert "sent 12, skipped 0, failed 0" in result.stdout
    ids = smtp_server.mailbox.message_ids()
    assert len(ids) == 12 and set(ids.values()) == {1}
    assert sorted(a for e in smtp_server.mailbox.received for a in e.rcpt_tos) == addresses
    # Run again: the journal says everything went; nothing is sent twice.
    again = run_send(tmp_path / "out", smtp_server, "--plain", "--yes")
    assert "sent 0, skipped 12, failed 0" in again.stdout
    assert len(smtp_server.mailbox.received) == 12


def test_permanent_refusals_are_reported_and_temporary_ones_retried(
    tmp_path: Path, smtp_server: Server
) -> None:
    addresses = write_outbox(tmp_path / "out", 10)
    mailbox = smtp_server.mailbox
    for address in addresses[:3]:
        mailbox.refuse[address] = "550 5.1.1 No such mailbox"
    for address in addresses[3:5]:
        mailbox.defer_once[address] = "451 4.7.1 Greylisted, try again"
    result = run_send(tmp_path / "out", smtp_server, "--plain", "--yes")
    assert result.returncode == 1
    assert "sent 7, skipped 0, failed 3" in result.stdout
    for address in addresses[:3]:
        assert f"failed {address} " in result.stdout
    assert result.stdout.count("550 5.1.1 No such mailbox") >= 3
    assert result.stdout.count("retrying in 0.2 s") == 2
    delivered = sorted(a for e in mailbox.received for a in e.rcpt_tos)
    assert delivered == addresses[3:]
    # The refused ones are not tried again on a rerun.
    again = run_send(tmp_path / "out", smtp_server, "--plain", "--yes")
    assert "sent 0, skipped 10, failed 0" in again.stdout
    assert len(mailbox.received) == 7


def test_a_temporary_failure_that_lasts_is_deferred_to_the_next_run(
    tmp_path: Path, smtp_server: Server
) -> None:
    addresses = write_outbox(tmp_path / "out", 2)
    smtp_server.mailbox.refuse[addresses[0]] = "452 4.2.2 Mailbox full"
    result = run_send(tmp_path / "out", smtp_server, "--plain", "--yes", "--retries", "2")
    assert "failed 1" in result.stdout and "gave up after 2 tries" in result.stdout
    del smtp_server.mailbox.refuse[addresses[0]]
    again = run_send(tmp_path / "out", smtp_server, "--plain", "--yes")
    assert "sent 1, skipped 1, failed 0" in again.stdout
    assert smtp_server.mailbox.message_ids().most_common(1)[0][1] == 1


@pytest.mark.parametrize("moment", ["while the server takes a message", "between two messages"])
def test_killed_halfway_then_rerun_delivers_each_message_exactly_once(
    tmp_path: Path, smtp_server: Server, moment: str
) -> None:
    write_outbox(tmp_path / "out", 10)
    sender: dict[str, subprocess.Popen[str]] = {}

    def kill_at_five(number: int) -> None:
        if number != 5:
            return
        if moment == "while the server takes a message":
            # Killed before its client hears the 250: the worst moment, when
            # the server has the message and the sender cannot know it.
            os.kill(sender["process"].pid, signal.SIGKILL)
        else:
            threading.Timer(0.4, os.kill, (sender["process"].pid, signal.SIGKILL)).start()

    smtp_server.mailbox.on_data = kill_at_five
    # 100 a minute: 0.6 s between messages, so the second kill falls in a wait.
    first = run_send(tmp_path / "out", smtp_server, "--plain", "--yes", "--rate", "100/min", wait=False)
    assert isinstance(first, subprocess.Popen)
    sender["process"] = first
    first.communicate(timeout=60)
    assert first.returncode == -signal.SIGKILL
    assert len(smtp_server.mailbox.received) == 5
    smtp_server.mailbox.on_data = None

    rerun = run_send(tmp_path / "out", smtp_server, "--plain", "--yes")
    assert isinstance(rerun, subprocess.CompletedProcess)
    ids = smtp_server.mailbox.message_ids()
    assert len(ids) == 10, rerun.stdout
    assert set(ids.values()) == {1}
    assert "sent 5, skipped 5" in rerun.stdout
    if moment == "while the server takes a message":
        assert "unconfirmed" in rerun.stdout


def test_starttls_with_a_password_that_is_never_written_down(tmp_path: Path) -> None:
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1", "localhost")
    server_context = __import__("ssl").create_default_context(__import__("ssl").Purpose.CLIENT_AUTH)
    certificate.configure_cert(server_context)
    cafile = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(cafile))
    mailbox = Mailbox()
    server = Server(mailbox, tls_context=server_context, require_starttls=True, auth_required=True,
                    auth_require_tls=True, authenticator=authenticator(mailbox, PASSWORD))
    server.controller.start()
    try:
        write_outbox(tmp_path / "out", 3)
        home = tmp_path / "home"
        home.mkdir()
        result = run_send(tmp_path / "out", server, "--starttls", "--user", "mailer", "--cafile", str(cafile),
                          "--yes", stdin=PASSWORD + "\n", home=home)
        assert isinstance(result, subprocess.CompletedProcess)
        assert result.returncode == 0, result.stderr
        assert "sent 3, skipped 0, failed 0" in result.stdout
        assert mailbox.logins == [("mailer", "right")]
        assert len(mailbox.received) == 3
        # Without the company CA the self-signed certificate is refused.
        write_outbox(tmp_path / "other", 1)
        untrusted = run_send(tmp_path / "other", server, "--starttls", "--user", "mailer", "--yes",
                             stdin=PASSWORD + "\n", home=home)
        assert untrusted.returncode == 2
        assert untrusted.stderr.startswith("error: 127.0.0.1: TLS failed")
        written = [p for p in tmp_path.rglob("*") if p.is_file()]
        assert tmp_path / "out" / JOURNAL_NAME in written
        for path in written:
            assert PASSWORD.encode() not in path.read_bytes(), path
        for text in (result.stdout, result.stderr, untrusted.stdout, untrusted.stderr):
            assert PASSWORD not in text
    finally:
        server.controller.stop()


def test_dry_run_sends_nothing_and_a_wrong_password_is_one_line(tmp_path: Path, smtp_server: Server) -> None:
    write_outbox(tmp_path / "out", 4)
    dry = run_send(tmp_path / "out", smtp_server, "--plain", "--dry-run")
    assert "4 of 4 messages would go through 127.0.0.1" in dry.stdout
    assert smtp_server.mailbox.received == []
    assert not (tmp_path / "out" / JOURNAL_NAME).exists()
    unconfirmed = run_send(tmp_path / "out", smtp_server, "--plain")
    assert unconfirmed.returncode == 2
    assert "about to send 4 messages through 127.0.0.1" in unconfirmed.stderr
    assert "confirm with --yes" in unconfirmed.stderr


def test_the_password_comes_from_the_keyring_when_it_has_one(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    from postmortem.cli_mail import password_for
    from postmortem.mail.sending import KEYRING_SERVICE
    from postmortem.mail.sending import Server as SmtpServer

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.store = {(KEYRING_SERVICE, "mailer@smtp.example.org"): PASSWORD}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[service, username] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        monkeypatch.setattr("getpass.getpass", lambda prompt: pytest.fail(f"asked: {prompt}"))
        assert password_for(SmtpServer("smtp.example.org", 587, "starttls", "mailer")) == PASSWORD
        asked: list[str] = []
        monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or "typed")
        assert password_for(SmtpServer("smtp.example.org", 587, "starttls", "other")) == "typed"
        assert asked == ["Password for other at smtp.example.org: "]
    finally:
        keyring.set_keyring(previous)


def test_a_certificate_authority_that_cannot_be_used_is_one_line_before_connecting(
        tmp_path: Path, smtp_server: Server) -> None:
    write_outbox(tmp_path / "out", 1)
    notes = tmp_path / "notes.txt"
    notes.write_text("Ask IT for the company CA.\n", encoding="utf-8")
    pipe = tmp_path / "ca.pipe"
    os.mkfifo(pipe)  # would block a plain open() for ever
    for given, why in ((notes, "not a PEM certificate file (a text file with -----BEGIN CERTIFICATE-----)"),
                       (pipe, "is a pipe (FIFO), not a regular file"),
                       (tmp_path / "absent.pem", "cannot read: No such file or directory")):
        result = run_send(tmp_path / "out", smtp_server, "--starttls", "--cafile", str(given), "--yes")
        assert isinstance(result, subprocess.CompletedProcess)
        assert (result.returncode, result.stderr) == (2, f"error: --cafile {given}: {why}\n")
    assert smtp_server.mailbox.received == []
