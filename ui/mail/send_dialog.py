"""Sending a merge's e-mails from the app: the server, a confirmation stating the
count and the server, then `postmortem.mail.sending` on a worker thread.

The password field is never saved; when it is empty the OS keyring is asked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postmortem.errors import DocumentError
from postmortem.mail.journal import FINAL, Journal
from postmortem.mail.sending import SendError, Server, Summary, password_from_keyring, read_outgoing, send_all


class SendThread(QThread):
    line = Signal(str)
    done = Signal(object, str)

    def __init__(self, folder: Path, server: Server, password: str | None) -> None:
        super().__init__()
        self.folder, self.server, self._password = folder, server, password

    def run(self) -> None:
        try:
            messages = read_outgoing(self.folder)
            summary = send_all(messages, Journal(self.folder), self.server, self._secret,
                               report=self.line.emit)
            self.done.emit(summary, "")
        except (SendError, DocumentError, OSError) as error:
            self.done.emit(None, str(error))
        finally:
            self._password = None

    def _secret(self) -> str | None:
        if self._password:
            return self._password
        return password_from_keyring(self.server)


class SendDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Send the Letters")
        self.folder = folder
        self.thread_: SendThread | None = None
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox(self)
        choices = (("starttls", "STARTTLS"), ("ssl", "TLS (port 465)"), ("none", "None (local relay)"))
        for key, text in choices:
            self.security.addItem(text, key)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("Empty: ask the system keyring")
        form = QFormLayout()
        form.addRow("Server", self.host)
        form.addRow("Port", self.port)
        form.addRow("Encryption", self.security)
        form.addRow("User", self.user)
        form.addRow("Password", self.password)
        self.log = QLabel(self)
        self.log.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.send_button = self.buttons.addButton("Send…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        self.send_button.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.log)
        layout.addWidget(self.buttons)

    def server(self) -> Server:
        return Server(self.host.text().strip(), self.port.value(), str(self.security.currentData()),
                      self.user.text().strip())

    def start(self) -> None:
        server = self.server()
        if not server.host:
            self.log.setText("Give the server's name.")
            return
        try:
            messages = read_outgoing(self.folder)
        except DocumentError as error:
            self.log.setText(str(error))
            return
        journal = Journal(self.folder)
        count = sum(1 for m in messages if journal.state(m.message_id) not in FINAL)
        if not count:
            self.log.setText("Every letter in this folder has been sent already.")
            return
        if not self.confirm(count, server):
            return
        password = self.password.text() or None
        self.password.clear()
        self.thread_ = SendThread(self.folder, server, password)
        self.thread_.line.connect(self.log.setText)
        self.thread_.done.connect(self._done)
        self.send_button.setEnabled(False)
        self.thread_.start()

    def confirm(self, count: int, server: Server) -> bool:
        """The question states how many and where. Tests replace this."""
        text = f"Send {count} letter{'s' * (count != 1)} through {server.describe()}?"
        return QMessageBox.question(self, "Send the Letters", text) == QMessageBox.StandardButton.Yes

    def _done(self, summary: Summary | None, error: str) -> None:
        if self.thread_ is not None:
            self.thread_.wait()
        self.thread_ = None
        self.send_button.setEnabled(True)
        if summary is None:
            self.log.setText(f"Sending stopped: {error}")
            return
        lines = [f"Sent {len(summary.sent)}, skipped {len(summary.skipped)}, failed {len(summary.failed)}."]
        lines += [f"{', '.join(m.recipients)}: {why}" for m, why in summary.failed[:5]]
        self.log.setText("\n".join(lines))
