"""Letters to Recipients: import a file, see each row's problems, preview one
recipient's letter with their own window, write every letter."""

from __future__ import annotations

import csv
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from ui.mail.recipients_dialog import RecipientsDialog
from ui.main_window import MainWindow


def write_recipients(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as stream:
        table = csv.writer(stream)
        table.writerow(["email", "name", "impact_start", "impact_end", "lost_items"])
        table.writerow(["ana@example.org", "Ana Lima", "2026-10-28T01:05:00-04:00",
                        "2026-10-28T03:50:00-04:00", "2 support requests"])
        table.writerow(["bo@example.org", "Bo Chen", "2026-10-29T07:15:00-04:00",
                        "2026-10-29T09:40:00-04:00", ""])
        table.writerow(["not-an-address", "Cy", "", "", ""])


@pytest.mark.timeout(300)
def test_import_preview_and_merge(qtbot, window: MainWindow, example_copy: Path, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window.session.open(example_copy)
    write_recipients(tmp_path / "recipients.csv")
    window.recipients_action.trigger()
    dialog = window.recipients_dialog
    assert isinstance(dialog, RecipientsDialog)
    qtbot.waitExposed(dialog)
    chosen = (str(tmp_path / "recipients.csv"), "Recipients (*.csv *.xlsx)")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: chosen)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "3 recipients; 1 with problems" in dialog.file_label.text()
    problems = dialog.model.index(2, 3).data()
    assert "email: 'not-an-address' is not an e-mail address" in problems

    # Click Bo's row: the preview is Bo's letter, with Bo's window.
    rect = dialog.table.visualRect(dialog.model.index(1, 2))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    preview = dialog.preview.toPlainText()
    assert "Thursday 29 October 2026, 07:15 to 09:40" in " ".join(preview.split())
    rect = dialog.table.visualRect(dialog.model.index(0, 2))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "2 support requests" in dialog.preview.toPlainText()

    out = tmp_path / "letters"
    dialog.out.clear()
    qtbot.keyClicks(dialog.out, str(out))
    with qtbot.waitSignal(dialog.merged, timeout=280_000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        assert dialog.cancel_button.isVisible()
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "0002-ana-lima.eml", "0002-ana-lima.pdf", "0003-bo-chen.eml", "0003-bo-chen.pdf", "manifest.csv"]
    assert "2 written, 0 up to date, 0 failed, 1 not merged" in dialog.status.text()
    assert dialog.progress.value() == dialog.progress.maximum() == 2
    assert dialog.send_button.isEnabled()
    dialog.close()


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
