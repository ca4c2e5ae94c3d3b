"""Sending a merge's e-mails from the Recipients step.

The server's name, port, encryption, user and certificate authority (a
company CA's PEM file, checked as soon as it is named) are remembered in the
preferences; the password never is. Sending asks first, stating how many
recipients and which server; then the password comes from the OS keyring,
or, when the keyring has none, from a prompt, and is handed to
`postmortem.mail.sending` and dropped. Reading the folder, the keyring and
the sending itself run on worker threads (`ui.background`), so the window
keeps painting; the send journal beside the letters makes a second click
send only what has not gone yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postmortem.errors import DocumentError
from postmortem.mail.authority import authority_problem
from postmortem.mail.journal import FINAL, Journal
from postmortem.mail.sending import SendError, Server, Summary, password_from_keyring, read_outgoing, send_all
from ui import background, style
from ui.i18n.languages import translate
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.settings import Preferences

SECURITY = (("starttls", "STARTTLS"), ("ssl", QT_TRANSLATE_NOOP("SendForm", "TLS (port 465)")),
            ("none", QT_TRANSLATE_NOOP("SendForm", "None (a relay on this machine)")))


@dataclass(frozen=True)
class Outbox:
    """What a folder of letters holds for sending."""

    total: int
    pending: int


def read_outbox(folder: Path) -> Outbox:
    messages = read_outgoing(folder)
    journal = Journal(folder)
    return Outbox(len(messages), sum(1 for m in messages if journal.state(m.message_id) not in FINAL))


class _Lines(QObject):
    """Lives on the UI thread; the sender's report lines reach it from the worker."""

    line = Signal(str)


class SendForm(QWidget):
    """Server, port, encryption, user, and Send Letters… for the letters in `folder`."""

    sent = Signal(object)  # the Summary, once sending ends

    def __init__(self, preferences: Preferences | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences or Preferences()
        self.folder: Path | None = None
        self.busy = False
        self._lines = _Lines(self)

        self.host = QLineEdit(self.preferences.get(Preferences.MAIL_HOST), self)
        self.host.setPlaceholderText("smtp.example.com")
        self.host.setAccessibleName(self.tr("Mail server"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(self.preferences.get(Preferences.MAIL_PORT))
        self.port.setAccessibleName(self.tr("Mail server port"))
        self.security = QComboBox(self)
        self.security.setAccessibleName(self.tr("Encryption"))
        for key, text in SECURITY:
            self.security.addItem(self.tr(text), key)
        chosen = self.security.findData(self.preferences.get(Preferences.MAIL_SECURITY))
        self.security.setCurrentIndex(max(chosen, 0))
        self.user = QLineEdit(self.preferences.get(Preferences.MAIL_USER), self)
        self.user.setPlaceholderText(self.tr("Empty: the server needs no login"))
        self.user.setAccessibleName(self.tr("Mail server user"))
        self.cafile = QLineEdit(self.preferences.get(Preferences.MAIL_CAFILE), self)
        self.cafile.setPlaceholderText(self.tr("Empty: the certificate authorities the system trusts"))
        self.cafile.setAccessibleName(self.tr("Certificate authority file"))
        self.cafile.editingFinished.connect(self.check_authority)
        self.choose_cafile = QPushButton(self.tr("Choose…"), self)
        self.choose_cafile.setAccessibleName(self.tr("Choose the certificate authority file"))
        self.choose_cafile.clicked.connect(self._choose_authority)
        self.cafile_note = QLabel(self)
        self.cafile_note.setWordWrap(True)
        self.cafile_note.setMinimumWidth(460)  # the line and its Choose… button, not the label's hint
        self.cafile_note.setVisible(False)
        authority = QHBoxLayout()
        authority.setContentsMargins(0, 0, 0, 0)
        authority.addWidget(self.cafile, 1)
        authority.addWidget(self.choose_cafile)
        self.host.setMinimumWidth(360)
        self.user.setMinimumWidth(360)
        self.cafile.setMinimumWidth(360)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Encryption"), self.security)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Certificate authority"), authority)
        form.addRow("", self.cafile_note)
        password = QLabel(self.tr("From the system keyring, or asked for when you send; never saved."), self)
        style.set_role(password, "hint")
        form.addRow(self.tr("Password"), password)

        self.send_button = QPushButton(self.tr("Send Letters…"), self)
        self.send_button.setAccessibleName(self.tr("Send the letters"))
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.start)
        self.log = QLabel(self)
        self.log.setWordWrap(True)
        self.log.setAccessibleName(self.tr("Sending"))
        self._lines.line.connect(self.log.setText)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addWidget(self.log, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(row)

    def set_folder(self, folder: Path | None, ready: bool) -> None:
        """The merge's folder; `ready` when it holds e-mails to send."""
        self.folder = folder
        self.send_button.setEnabled(ready and not self.busy)
        if ready and not self.busy:
            self.log.setText(self.tr("The letters in %1 are ready to send.").replace("%1", str(folder)))

    def server(self) -> Server:
        return Server(self.host.text().strip(), self.port.value(), str(self.security.currentData()),
                      self.user.text().strip(), self.cafile.text().strip())

    def check_authority(self) -> bool:
        """Whether the named certificate authority file can be used; says why not under the field."""
        name = self.cafile.text().strip()
        # Read through safeio: bounded, and a FIFO or device is refused without blocking.
        problem = authority_problem(name) if name else None
        self.cafile_note.setText(problem or "")
        style.set_level(self.cafile_note, "error" if problem else "")
        self.cafile_note.setVisible(bool(problem))
        return problem is None

    def _choose_authority(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate Authority"), self.cafile.text().strip(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if name:
            self.cafile.setText(name)
            self.check_authority()

    # ------------------------------------------------------------ asking, then sending

    def start(self) -> None:
        server, folder = self.server(), self.folder
        if folder is None:
            return
        if not server.host:
            self.log.setText(self.tr("Give the mail server's name first."))
            self.host.setFocus()
            return
        if not self.check_authority():
            self.log.setText(self.tr("Nothing sent: choose a certificate authority file that can be used, "
                                     "or empty the field."))
            self.cafile.setFocus()
            return
        self._remember(server)
        self._set_busy(True, self.tr("Reading the letters…"))
        background.run(lambda: read_outbox(folder), owner=self, name="read-outbox",
                       done=lambda outbox: self._confirm(server, folder, outbox), failed=self._stopped)

    def _confirm(self, server: Server, folder: Path, outbox: Outbox) -> None:
        if not outbox.pending:
            sent = translate("SendForm", "All %n letter(s) in this folder have been sent already.", None,
                             outbox.total)
            self._set_busy(False, sent)
            return
        if not self.confirm(self.question(outbox, server)):
            self._set_busy(False, self.tr("Nothing sent."))
            return
        if not server.user:
            self._send(server, folder, None)
            return
        self.log.setText(self.tr("Asking the system keyring for the password…"))
        background.run(lambda: password_from_keyring(server), owner=self, name="keyring",
                       done=lambda secret: self._with_password(server, folder, secret),
                       failed=lambda _error: self._with_password(server, folder, None))

    @staticmethod
    def question(outbox: Outbox, server: Server) -> str:
        count = outbox.pending
        before = outbox.total - count
        already = translate("SendForm", " (%n were sent before)", None, before) if before else ""
        asked = translate("SendForm", "Send the letter to %n recipient(s)%1 through %2?", None, count)
        return asked.replace("%2", SendForm.describe(server)).replace("%1", already)

    @staticmethod
    def describe(server: Server) -> str:
        """'smtp.example.com:587 (STARTTLS) as mailer', as `Server.describe` says it, translated."""
        named = {"starttls": "STARTTLS", "ssl": "TLS"}.get(server.security)
        how = named or translate("SendForm", "no encryption")
        where = f"{server.host}:{server.port} ({how})"
        if not server.user:
            return where
        return translate("SendForm", "%1 as %2").replace("%2", server.user).replace("%1", where)

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Send the Letters"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _with_password(self, server: Server, folder: Path, secret: str | None) -> None:
        if not secret:
            typed, ok = QInputDialog.getText(self, self.tr("Mail Server Password"),
                                             self.tr("Password for %1 at %2 (not saved):")
                                             .replace("%1", server.user).replace("%2", server.host),
                                             QLineEdit.EchoMode.Password)
            if not ok or not typed:
                self._set_busy(False, self.tr("Nothing sent: no password."))
                return
            secret = typed
        self._send(server, folder, secret)

    def _send(self, server: Server, folder: Path, secret: str | None) -> None:
        self.log.setText(self.tr("Sending through %1…").replace("%1", server.host))
        lines = self._lines.line

        def work() -> Summary:
            messages = read_outgoing(folder)
            return send_all(messages, Journal(folder), server, lambda: secret, report=lines.emit)

        background.run(work, owner=self, name="send-letters", done=self._done, failed=self._stopped)

    def _done(self, summary: Summary) -> None:
        counts = self.tr("Sent %1, skipped %2, failed %3.").replace("%1", str(len(summary.sent)))
        lines = [counts.replace("%2", str(len(summary.skipped))).replace("%3", str(len(summary.failed)))]
        lines += [f"{', '.join(m.recipients)}: {why}" for m, why in summary.failed[:5]]
        self._set_busy(False, "\n".join(lines))
        self.sent.emit(summary)

    def _stopped(self, error: Exception) -> None:
        if not isinstance(error, SendError | DocumentError | OSError):
            raise error
        self._set_busy(False, self.tr("Sending stopped: %1").replace("%1", str(error)))

    def _set_busy(self, busy: bool, text: str) -> None:
        self.busy = busy
        self.send_button.setEnabled(not busy and self.folder is not None)
        self.log.setText(text)

    def _remember(self, server: Server) -> None:
        self.preferences.set(Preferences.MAIL_HOST, server.host)
        self.preferences.set(Preferences.MAIL_PORT, server.port)
        self.preferences.set(Preferences.MAIL_SECURITY, server.security)
        self.preferences.set(Preferences.MAIL_USER, server.user)
        self.preferences.set(Preferences.MAIL_CAFILE, server.cafile)
