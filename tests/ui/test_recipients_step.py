"""The Recipients step, driven as a writer drives it: import a recipients file, see each
row's problems, read one recipient's own letter, write every letter, send them through a
real SMTP server on the loopback interface, and find the recipients again on reopening."""

from __future__ import annotations

import csv
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from gui_helpers import Writer
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ui.main_window import MainWindow
from ui.steps.recipients import RecipientsStep

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "mail"))
from mail_helpers import Mailbox, Server


def write_recipients(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as stream:
        table = csv.writer(stream)
        table.writerow(["email", "name", "impact_start", "impact_end", "lost_items"])
        table.writerow(["ana@example.org", "Ana Lima", "2026-10-28T01:05:00-04:00",
                        "2026-10-28T03:50:00-04:00", "2 support requests"])
        table.writerow(["bo@example.org", "Bo Chen", "2026-10-29T07:15:00-04:00",
                        "2026-10-29T09:40:00-04:00", ""])
        table.writerow(["not-an-address", "Cy", "", "", ""])


def open_step(qtbot, writer: Writer, window: MainWindow, document: Path) -> RecipientsStep:
    window.session.open(document)
    writer.go("Recipients")
    page = window.current_page()
    assert isinstance(page, RecipientsStep)
    return page


def import_through_the_button(qtbot, page: RecipientsStep, path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = (str(path), "Recipients (*.csv *.xlsx)")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: chosen)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: " ready" in page.file_label.text(), timeout=20_000)


def start_a_long_merge(qtbot, page: RecipientsStep, folder: Path,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Import 40 recipients, click Write Letters and return once the first letter is written."""
    many = folder / "many.csv"
    many.write_text("email,name\n" + "".join(f"c{n:02}@example.org,Customer {n}\n" for n in range(40)),
                    encoding="utf-8")
    import_through_the_button(qtbot, page, many, monkeypatch)
    progress: list[int] = []
    page.progress.valueChanged.connect(progress.append)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(value >= 1 for value in progress), timeout=200_000)


def type_server(qtbot, page: RecipientsStep, port: int, security: str) -> None:
    """Fill the send form's server fields as the writer would: host, port, security."""
    form = page.send_form
    page.ensureWidgetVisible(form)
    qtbot.keyClicks(form.host, "127.0.0.1")
    form.port.clear()
    qtbot.keyClicks(form.port, str(port))
    form.security.setCurrentIndex(form.security.findData(security))


def click_row(qtbot, page: RecipientsStep, row: int) -> None:
    page.ensureWidgetVisible(page.table)
    rect = page.table.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def answer_next_question(qtbot, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """When the app asks (a modal message box), read it and click `button`, as a person would."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


@pytest.mark.timeout(300)
def test_import_preview_merge_and_send(qtbot, window: MainWindow, writer: Writer, example_copy: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_step(qtbot, writer, window, example_copy)
    recipients = example_copy.parent / "customers.csv"
    write_recipients(recipients)
    import_through_the_button(qtbot, page, recipients, monkeypatch)
    assert "customers.csv: 3 recipients, 2 ready; 1 with problems" in page.file_label.text()
    problems = page.model.index(2, 5).data()
    assert "email: 'not-an-address' is not an e-mail address" in problems
    assert window.steps.item(window.steps.currentRow()).data(Qt.ItemDataRole.UserRole + 1) == "has problems"

    # Bo's row: the preview is Bo's own PDF letter, with Bo's window, not Ana's or the document's.
    with qtbot.waitSignal(page.letter.shown, timeout=120_000, check_params_cb=lambda row: row == 3):
        click_row(qtbot, page, 1)
    text = page.letter.pages.shown_text()
    assert text.startswith("Northwind Load Labs")  # the letterhead: the real letter, not a sketch of it
    assert "The outage lasted from Thursday 29 October 2026, 07:15 to 09:40 New York time" in text
    assert "01:05" not in text
    with qtbot.waitSignal(page.letter.shown, timeout=60_000, check_params_cb=lambda row: row == 2):
        click_row(qtbot, page, 0)
    assert "2 support requests" in page.letter.pages.shown_text()

    out = example_copy.parent / "letters"
    assert page.out.text() == str(out)
    assert not page.send_form.send_button.isEnabled()
    with qtbot.waitSignal(page.merged, timeout=280_000):
        qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
        assert page.cancel_button.isVisible() and page.progress.isVisible()
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "0002-ana-lima.eml", "0002-ana-lima.pdf", "0003-bo-chen.eml", "0003-bo-chen.pdf", "manifest.csv"]
    assert "2 written, 0 up to date, 0 failed, 1 not merged" in page.status.text()
    assert page.progress.value() == page.progress.maximum() == 2
    assert not [p for p in example_copy.parent.iterdir() if p.name.startswith(".merge-")]

    # Send: the question names the count and the server; each message arrives once.
    mailbox = Mailbox()
    server = Server(mailbox)
    server.controller.start()
    try:
        form = page.send_form
        assert form.send_button.isEnabled()
        type_server(qtbot, page, server.port, "none")
        asked: list[str] = []
        answer_next_question(qtbot, QMessageBox.StandardButton.Yes, asked)
        with qtbot.waitSignal(form.sent, timeout=60_000):
            qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
        assert asked == [f"Send the letter to 2 recipients through 127.0.0.1:{server.port} (no encryption)?"]
        assert "Sent 2, skipped 0, failed 0." in form.log.text()
        assert sorted(addr for e in mailbox.received for addr in e.rcpt_tos) == ["ana@example.org",
                                                                                "bo@example.org"]
        assert set(mailbox.message_ids().values()) == {1}
        for envelope in mailbox.received:
            message = BytesParser(policy=policy.default).parsebytes(envelope.content)
            assert "customers.csv" not in envelope.content.decode("ascii", "replace")
            assert next(message.iter_attachments()).get_content().startswith(b"%PDF-")

        # Clicking again sends nothing twice.
        qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "sent already" in form.log.text(), timeout=20_000)
        assert len(mailbox.received) == 2
    finally:
        server.controller.stop()


@pytest.mark.timeout(120)
def test_the_document_remembers_a_file_beside_it_and_shows_it_on_reopening(
    qtbot, window: MainWindow, writer: Writer, example_copy: Path, tmp_path: Path, *,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_step(qtbot, writer, window, example_copy)
    outside = tmp_path / "elsewhere.csv"
    write_recipients(outside)
    import_through_the_button(qtbot, page, outside, monkeypatch)
    assert "elsewhere.csv: 3 recipients" in page.file_label.text()
    assert "Not remembered: elsewhere.csv is outside the document's folder" in page.remembered.text()
    assert not window.isWindowModified()

    beside = example_copy.parent / "customers.csv"
    write_recipients(beside)
    import_through_the_button(qtbot, page, beside, monkeypatch)
    assert "customers.csv: 3 recipients" in page.file_label.text()
    assert "The document remembers this file" in page.remembered.text()
    assert window.isWindowModified()
    # Choosing the file is one undo step: undone, the step is empty again; redone, it is back.
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.file_label.text() == "No recipients yet." and page.model.rowCount() == 0
    assert not window.isWindowModified()
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, redo)
    qtbot.waitUntil(lambda: "customers.csv: 3 recipients" in page.file_label.text(), timeout=20_000)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=20_000)
    saved = example_copy.read_text(encoding="utf-8")
    assert "recipients_file: customers.csv" in saved and "elsewhere" not in saved

    # A row added in the spreadsheet meanwhile shows on reopening: the file is read afresh.
    with beside.open("a", encoding="utf-8") as stream:
        stream.write("dee@example.org,Dee Park,,,\n")
    window.session.close_document()
    page = open_step(qtbot, writer, window, example_copy)
    qtbot.waitUntil(lambda: "customers.csv: 4 recipients, 3 ready" in page.file_label.text(), timeout=20_000)
    assert page.model.index(3, 1).data() == "Dee Park"


@pytest.mark.timeout(120)
def test_export_an_email_draft_and_open_it_in_the_mail_program(
    qtbot, window: MainWindow, example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.session.open(example_copy)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window.email_draft_action.trigger()
    dialog = window.export_dialog
    assert dialog is not None
    assert dialog.format_key == "eml" and dialog.customer.isChecked() and not dialog.internal.isEnabled()
    assert dialog.destination.text().endswith("raid-outage-letter.eml")
    dialog.ask_export_with_errors = lambda errors: "export"  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.exported, timeout=100_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.open_file.text() == "Open in mail program"
    qtbot.mouseClick(dialog.open_file, Qt.MouseButton.LeftButton)
    assert opened == [dialog.destination.text()]
    message = BytesParser(policy=policy.default).parsebytes(Path(opened[0]).read_bytes())
    assert message["X-Unsent"] == "1"
    assert next(message.iter_attachments()).get_content().startswith(b"%PDF-")
    dialog.close()


@pytest.mark.timeout(300)
def test_cancel_stops_the_merge_and_keeps_what_was_written(
    qtbot, window: MainWindow, writer: Writer, example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_step(qtbot, writer, window, example_copy)
    start_a_long_merge(qtbot, page, example_copy.parent, monkeypatch)
    with qtbot.waitSignal(page.merged, timeout=200_000):
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("Cancelled: ")
    out = example_copy.parent / "letters"
    written = sorted(out.glob("*.pdf"))
    assert 1 <= len(written) < 40
    manifest = (out / "manifest.csv").read_text(encoding="utf-8")
    assert manifest.count("not yet written") == 40 - len(written)
    assert page.merge_button.isEnabled() and not page.cancel_button.isVisible()


@pytest.mark.timeout(300)
def test_the_password_is_asked_for_when_the_keyring_has_none_and_never_written_down(
    qtbot, window: MainWindow, writer: Writer, example_copy: Path, *, fresh_settings: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backend import KeyringBackend
    from mail_helpers import authenticator
    from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit

    class EmptyKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("the app must not store the password")

        def delete_password(self, service: str, username: str) -> None:
            pass

    secret = "horse-battery-7351"
    previous = keyring.get_keyring()
    keyring.set_keyring(EmptyKeyring())
    mailbox = Mailbox()
    server = Server(mailbox, auth_require_tls=False, authenticator=authenticator(mailbox, secret))
    server.controller.start()
    try:
        page = open_step(qtbot, writer, window, example_copy)
        beside = example_copy.parent / "customers.csv"
        beside.write_text("email,name\nana@example.org,Ana Lima\n", encoding="utf-8")
        import_through_the_button(qtbot, page, beside, monkeypatch)
        with qtbot.waitSignal(page.merged, timeout=200_000):
            qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
        form = page.send_form
        type_server(qtbot, page, server.port, "none")
        qtbot.keyClicks(form.user, "mailer")
        asked: list[str] = []
        answer_next_question(qtbot, QMessageBox.StandardButton.Yes, asked)

        def type_password() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QInputDialog):
                QTimer.singleShot(50, type_password)
                return
            asked.append(dialog.labelText())
            qtbot.keyClicks(dialog.findChild(QLineEdit), secret)
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

        QTimer.singleShot(0, type_password)
        with qtbot.waitSignal(form.sent, timeout=60_000):
            qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
        assert asked == [f"Send the letter to 1 recipient through 127.0.0.1:{server.port} (no encryption) "
                         "as mailer?", "Password for mailer at 127.0.0.1 (not saved):"]
        assert mailbox.logins == [("mailer", "right")] and len(mailbox.received) == 1
        window.preferences.store.sync()
        for folder in (fresh_settings, example_copy.parent):
            for path in folder.rglob("*"):
                if path.is_file():
                    assert secret.encode() not in path.read_bytes(), path
        assert "mailer" in (fresh_settings / "Postmortem Studio" / "preferences.ini").read_text()
    finally:
        server.controller.stop()
        keyring.set_keyring(previous)


@pytest.mark.timeout(120)
def test_a_field_typed_into_the_letter_shows_as_a_need_of_every_row(
    qtbot, window: MainWindow, writer: Writer, example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_step(qtbot, writer, window, example_copy)
    beside = example_copy.parent / "customers.csv"
    beside.write_text("email,name,plan\nana@example.org,Ana Lima,gold\nbo@example.org,Bo Chen,\n",
                      encoding="utf-8")
    import_through_the_button(qtbot, page, beside, monkeypatch)
    assert "2 recipients, 2 ready" in page.file_label.text()

    writer.go("Customer letter")
    letter = window.current_page()
    editor = letter.body.editor
    letter.ensureWidgetVisible(editor)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Your plan: {{ recipient.plan }}.")
    writer.go("Recipients")
    qtbot.waitUntil(lambda: "2 recipients, 1 ready" in page.file_label.text(), timeout=10_000)
    assert "plan: empty, but customer_letter.body uses {{ recipient.plan }}" in page.model.index(1, 5).data()
    assert page.model.index(0, 5).data() == "ready"


@pytest.mark.timeout(180)
def test_each_recipient_reads_their_letter_in_their_language(
    qtbot, window: MainWindow, writer: Writer, example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_step(qtbot, writer, window, example_copy)
    beside = example_copy.parent / "customers.csv"
    beside.write_text("email,name,language\nana@example.org,Ana Lima,de-AT\nbo@example.org,Bo Chen,\n"
                      "cy@example.org,Cy Ode,fr\n", encoding="utf-8")
    import_through_the_button(qtbot, page, beside, monkeypatch)
    # The example has a German translation only: Cy's row says so, and Cy still gets a letter.
    assert "3 recipients, 3 ready" in page.file_label.text()
    assert "'fr': the letter has no translation into it" in page.model.index(2, 5).data()
    with qtbot.waitSignal(page.letter.shown, timeout=120_000, check_params_cb=lambda row: row == 2):
        click_row(qtbot, page, 0)
    assert "Liebe Kundinnen und Kunden von Northwind" in page.letter.pages.shown_text()
    with qtbot.waitSignal(page.letter.shown, timeout=60_000, check_params_cb=lambda row: row == 3):
        click_row(qtbot, page, 1)
    text = page.letter.pages.shown_text()
    assert "Dear Northwind customers" in text and "Liebe" not in text
