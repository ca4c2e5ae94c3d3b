"""Review & export lists the Recipients step's problems (rows missing fields, languages the
letter lacks) beside the document's findings, and a finding leads to its row."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import Writer
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from postmortem.checks import Level
from postmortem.fileformat import load, save
from ui.main_window import MainWindow
from ui.models.findings_model import FINDING_ROLE, WHERE_ROLE
from ui.steps.recipients import RecipientsStep
from ui.steps.review import ReviewStep


def shown(page: ReviewStep) -> list[str]:
    model = page.list.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def row_saying(page: ReviewStep, words: str) -> QModelIndex:
    model = page.list.model()
    return next(model.index(row, 0) for row in range(model.rowCount()) if words in model.index(row, 0).data())


@pytest.mark.timeout(120)
def test_review_lists_the_recipients_problems_and_leads_to_the_row(
    qtbot, window: MainWindow, writer: Writer, example_copy: Path
) -> None:
    # A document that names its recipients file, reopened: the Recipients step was never opened.
    (example_copy.parent / "customers.csv").write_text(
        "email,name,language,plan\nana@example.org,Ana Lima,de,gold\nbo@example.org,Bo Chen,fr,silver\n"
        "not-an-address,Cy Ode,,gold\ndee@example.org,Dee Park,,\n", encoding="utf-8")
    document = load(example_copy)
    document.customer_letter.recipients_file = "customers.csv"
    document.customer_letter.body += "\n\nAs a {{ recipient.plan }} customer, you have a named contact."
    save(document, example_copy)
    window.session.open(example_copy)

    writer.go("Review & export")
    page = window.current_page()
    assert isinstance(page, ReviewStep)
    qtbot.waitUntil(lambda: any("(customers.csv row" in text for text in shown(page)), timeout=20_000)
    texts = shown(page)
    assert ("'fr': the letter has no translation into it (it has en, de); this recipient gets it in English "
            "(customers.csv row 3, column language)") in texts
    assert "'not-an-address' is not an e-mail address (customers.csv row 4, column email)" in texts
    assert ("Empty, but customer_letter.body uses {{ recipient.plan }} (customers.csv row 5, column plan)"
            in texts)
    assert "The recipients file has 3 problems; its rows with errors get no letter." in page.verdict.text()
    # Errors first, then warnings and hints, the recipients' among the document's.
    order = {Level.ERROR: 0, Level.WARNING: 1, Level.HINT: 2}
    levels = [order[page.list.model().index(row, 0).data(FINDING_ROLE).severity]
              for row in range(page.list.model().rowCount())]
    assert levels == sorted(levels) and 0 in levels and 1 in levels
    address = row_saying(page, "not-an-address")
    assert address.data(WHERE_ROLE) == "Recipients · customer only"

    # They matter for the customer letter, not the internal report.
    page.audience.setCurrentIndex(page.audience.findText("Internal report"))
    assert not any("(customers.csv row" in text for text in shown(page))
    page.audience.setCurrentIndex(page.audience.findText("Both exports"))

    # Enter on the bad address opens the Recipients step with Cy's row selected.
    address = row_saying(page, "not-an-address")
    page.list.setFocus()
    page.list.setCurrentIndex(address)
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    recipients = window.current_page()
    assert isinstance(recipients, RecipientsStep)
    assert QApplication.focusWidget() is recipients.table
    selected = recipients.table.currentIndex()
    assert recipients.model.index(selected.row(), 1).data() == "Cy Ode"
    assert "not-an-address" in recipients.model.index(selected.row(), 5).data()
    assert address.data(FINDING_ROLE) is not None
