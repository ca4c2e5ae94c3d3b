"""A writer's whole session: template, every step, tables, undo, save, reopen, export."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from ui.main_window import MainWindow
from ui.steps.action_items import ActionItemsStep
from ui.steps.timeline import TimelineStep

L = "customer_letter"


@pytest.mark.timeout(90)
def test_a_writer_goes_from_template_to_customer_pdf(
    qtbot, window: MainWindow, writer, tmp_path: Path
) -> None:
    # Start a new document from the customer-outage template on the start page.
    templates = window.start_page.templates
    item = next(
        templates.item(i)
        for i in range(templates.count())
        if templates.item(i).data(Qt.ItemDataRole.UserRole) == "customer-outage"
    )
    qtbot.mouseClick(
        templates.viewport(), Qt.MouseButton.LeftButton, pos=templates.visualItemRect(item).center()
    )
    create = next(b for b in window.start_page.findChildren(QPushButton) if b.text() == "Create")
    writer.click(create)
    assert window.has_document()

    # Overview
    writer.type(("meta", "title"), "Checkout outage of 3 March")
    assert writer.shown_title() == "Checkout outage of 3 March — Postmortem Studio*"
    writer.type(("meta", "incident_id"), "INC-77")
    writer.type(("meta", "organisation", "name"), "Kestrel Payments")
    writer.type(("meta", "organisation", "contact_email"), "help@kestrel.example")
    writer.type(("summary", "text"), "Checkout failed for two hours after a certificate expired.")
    authors = window.current_page().people_tables[0].view
    writer.type_cell(authors, 0, 0, "Ada Okafor")
    writer.type_cell(authors, 0, 1, "Head of Reliability")
    writer.type_cell(authors, 0, 3, "Ada has run payments infrastructure for nine years.")

    # Timeline: three events through the table
    writer.go("Timeline")
    page = window.current_page()
    assert isinstance(page, TimelineStep)
    view = page.table.view
    descriptions = ["Certificate expired", "Alert fired for checkout errors", "New certificate deployed"]
    kinds = ["trigger", "detection", "resolution"]
    for text in descriptions:
        writer.click(writer.button("Add event"))
        editor = QApplication.focusWidget()
        qtbot.keyClicks(editor, text)
        writer.enter(editor)
    assert page.model.rowCount() == 3
    for row, kind in enumerate(kinds):
        view.setCurrentIndex(page.model.index(row, 1))
        qtbot.keyClick(view, Qt.Key.Key_F2)
        qtbot.keyClicks(QApplication.focusWidget(), kind)
        writer.enter(QApplication.focusWidget())
    writer.toggle_cell(view, 0, 2)
    assert [e.description for e in page.model.items()] == descriptions
    assert page.model.items()[0].customer_visible
    writer.type(("timeline", "internal_notes"), "SECRET-TIMELINE-NOTE")

    # Impact
    writer.go("Impact")
    services = window.current_page().forms[1].widgets[("impact", "services")].view
    writer.type_cell(services, 0, 0, "Checkout")
    writer.type(("impact", "customer_actions"), "Please retry any payment that failed during the outage.")

    # Root cause
    writer.go("Root cause")
    writer.type(("root_cause", "trigger"), "A TLS certificate expired.")

    # Action items: two through the table
    writer.go("Action items")
    page = window.current_page()
    assert isinstance(page, ActionItemsStep)
    titles = ["Automate certificate renewal", "Alert thirty days before expiry"]
    for title in titles:
        writer.click(writer.button("Add action item"))
        editor = QApplication.focusWidget()
        qtbot.keyClicks(editor, title)
        writer.enter(editor)
    rows = {page.model.item(r).title: r for r in range(page.model.rowCount())}
    table = page.table.view
    for title in titles:
        proxy_row = page.proxy.mapFromSource(page.model.index(rows[title], 0)).row()
        writer.type_cell(table, proxy_row, 1, "Bo Lindqvist")
        writer.toggle_cell(table, proxy_row, 7)
    assert page.model.item(rows[titles[0]]).owner == "Bo Lindqvist"
    assert window.undo_action.text() == "Undo Edit customer-promised"

    # Lessons
    writer.go("Lessons")
    went_well = window.current_page().forms[0].widgets[("lessons", "went_well")].view
    writer.type_cell(went_well, 0, 0, "Rollback took four minutes")

    # Customer letter
    writer.go("Customer letter")
    writer.type(
        (L, "body"),
        "On 3 March our checkout rejected cards for two hours. We are sorry that your customers could "
        "not pay you. This was our mistake. We will {{ promises }}. Write to "
        "help@kestrel.example with any question.",
    )
    signer = writer.widget((L, "signer"))
    signer.setFocus()
    qtbot.keyClicks(signer, "Ada")
    assert window.controller.document.customer_letter.signer == "Ada Okafor"

    # Undo and redo from the keyboard
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.document.customer_letter.signer != "Ada Okafor"
    qtbot.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.controller.document.customer_letter.signer == "Ada Okafor"

    # Save, close, reopen
    target = tmp_path / "checkout.postmortem"
    window.session.questions.save_path = lambda _suggestion: str(target)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert writer.shown_title() == "Checkout outage of 3 March — Postmortem Studio"
    saved = target.read_text(encoding="utf-8")
    assert "Checkout outage of 3 March" in saved and "Alert thirty days before expiry" in saved
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.has_document()
    window.session.questions.open_path = lambda _folder: str(target)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert writer.shown_title() == "Checkout outage of 3 March — Postmortem Studio"
    assert writer.widget(("meta", "title")).text() == "Checkout outage of 3 March"

    # Export the customer letter as PDF
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    assert dialog is not None and dialog.audience == "customer"
    pdf = tmp_path / "letter.pdf"
    # Whatever the checks still find, this writer means to send the letter.
    dialog.ask_export_with_errors = lambda _errors: "export"  # type: ignore[method-assign]
    dialog.destination.clear()
    qtbot.keyClicks(dialog.destination, str(pdf))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.open_file.isVisible()
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages
    )
    for typed in (
        "Kestrel Payments",
        "checkout rejected cards for two hours",
        "could not pay you",
        "We will automate certificate renewal",  # the promised actions, where the writer put them
        "Ada Okafor",
        "Head of Reliability",
    ):
        assert typed in text, typed
    assert "SECRET-TIMELINE-NOTE" not in text
    dialog.close()
