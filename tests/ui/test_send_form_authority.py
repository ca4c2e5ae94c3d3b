"""The Recipients step's send form trusts a company certificate authority, as `postmortem send
--cafile` does: chosen with a file dialog, remembered in the preferences, checked the moment it
is named, and used for the STARTTLS connection to a real SMTP server on the loopback interface."""

from __future__ import annotations

import ssl
import sys
from pathlib import Path

import pytest
import trustme
from gui_helpers import Writer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "mail"))
from mail_helpers import Mailbox, Server, write_outbox
from test_recipients_step import answer_next_question, open_step, type_server


@pytest.mark.timeout(180)
def test_send_through_starttls_trusting_a_company_authority(
    qtbot, window: MainWindow, writer: Writer, example_copy: Path, *, fresh_settings: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1", "localhost").configure_cert(server_context)
    cafile = example_copy.parent / "company-ca.pem"
    authority.cert_pem.write_to_path(str(cafile))
    not_a_certificate = example_copy.parent / "notes.txt"
    not_a_certificate.write_text("Ask IT for the company CA.\n", encoding="utf-8")
    letters = example_copy.parent / "letters"
    write_outbox(letters, 2)  # an earlier merge's e-mails
    mailbox = Mailbox()
    server = Server(mailbox, tls_context=server_context, require_starttls=True)
    server.controller.start()
    try:
        page = open_step(qtbot, writer, window, example_copy)
        page.out.clear()
        qtbot.keyClicks(page.out, str(letters))
        qtbot.keyClick(page.out, Qt.Key.Key_Return)
        form = page.send_form
        assert form.send_button.isEnabled()
        type_server(qtbot, page, server.port, "starttls")

        # The wrong file is one line naming it, at once; Send then sends nothing.
        chosen = [(str(not_a_certificate), "")]
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: chosen[0])
        qtbot.mouseClick(form.choose_cafile, Qt.MouseButton.LeftButton)
        assert form.cafile.text() == str(not_a_certificate)
        assert form.cafile_note.isVisible()
        assert form.cafile_note.text() == (f"{not_a_certificate}: not a PEM certificate file "
                                           "(a text file with -----BEGIN CERTIFICATE-----)")
        qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
        assert form.log.text().startswith("Nothing sent: choose a certificate authority file")
        assert mailbox.received == []

        # Without the company's authority the server's certificate is refused.
        form.cafile.clear()
        asked: list[str] = []
        answer_next_question(qtbot, QMessageBox.StandardButton.Yes, asked)
        qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: form.log.text().startswith("Sending stopped:"), timeout=60_000)
        assert "TLS failed" in form.log.text() and mailbox.received == []

        # With it, both letters go out over the encrypted connection.
        chosen[0] = (str(cafile), "")
        qtbot.mouseClick(form.choose_cafile, Qt.MouseButton.LeftButton)
        assert not form.cafile_note.isVisible()
        answer_next_question(qtbot, QMessageBox.StandardButton.Yes, asked)
        with qtbot.waitSignal(form.sent, timeout=60_000):
            qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
        assert asked[-1] == f"Send the letter to 2 recipients through 127.0.0.1:{server.port} (STARTTLS)?"
        assert "Sent 2, skipped 0, failed 0." in form.log.text()
        assert sorted(a for e in mailbox.received for a in e.rcpt_tos) == ["customer01@example.org",
                                                                           "customer02@example.org"]
    finally:
        server.controller.stop()

    # Remembered like the server's other settings: the next window's form names it.
    window.preferences.store.sync()
    assert str(cafile) in (fresh_settings / "Postmortem Studio" / "preferences.ini").read_text()
    from ui.mail.send_form import SendForm

    again = SendForm(window.preferences)
    qtbot.addWidget(again)
    assert again.cafile.text() == str(cafile)
