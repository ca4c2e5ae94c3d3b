"""A personal letter, typed into the app paragraph by paragraph, prints exactly what was typed.

The writer starts from the `personal-letter` template, fills the overview
and the letter with the keyboard, and exports the customer PDF. The PDF
holds the paragraphs in the typed order and nothing else besides the
letterhead, date, reference, greeting, closing, signature, bio and page
footer; it fits on two pages; the customer checks find no error.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from postmortem import timefmt
from postmortem.checks import Level, check
from postmortem.views import document_date
from ui.main_window import MainWindow

L = "customer_letter"
PARAGRAPHS = [
    "On Tuesday 14 October, from 09:20 to 15:40 UK time, you could not open the print orders you had "
    "sent us, and the orders you placed that morning never reached our press room. For more than six "
    "hours our order system stood still while you waited for answers from us.",
    "I am sorry. You trusted us with work that had deadlines of its own, and we let those deadlines slip "
    "for you. Some of you had to call your own customers to explain a delay that was not yours to explain.",
    "None of your files were lost. Every order you placed that day is now in our system, and we printed the "
    "delayed ones overnight at no charge. If an order of yours still looks wrong, please reply to this "
    "letter and we will put it right the same day.",
    "What went wrong was simple, and it was our mistake. We moved our order system to new machines that "
    "morning without first trying it with a full day of orders. When the morning rush came, it slowed "
    "until it stopped, and we took far too long to move back to the old one.",
    "That decision was mine. I approved the move for a busy weekday because it suited our plans rather "
    "than yours, and I did not ask for a way back that we had practised beforehand.",
    "This is what we are changing. By 31 January we will try every change of this kind with a copy of a "
    "real day's orders before it reaches you, and by 28 February the old system will stay ready to take "
    "over within minutes.",
    "You can reach me at the address at the top of this letter. I read every reply myself, and I would "
    "rather hear what this day cost you than guess at it.",
]
BIO = "Maren Holt has run production at Fernhill Print since 2015, after twelve years on the press floor."


def _type_body(qtbot, editor, paragraphs: list[str]) -> None:
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    for number, paragraph in enumerate(paragraphs):
        if number:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, paragraph)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


@pytest.mark.timeout(240)
def test_a_typed_personal_letter_prints_exactly_what_was_typed(
    qtbot, window: MainWindow, writer, tmp_path: Path
) -> None:
    templates = window.start_page.templates
    item = next(
        templates.item(i)
        for i in range(templates.count())
        if templates.item(i).data(Qt.ItemDataRole.UserRole) == "personal-letter"
    )
    where = templates.visualItemRect(item).center()
    qtbot.mouseClick(templates.viewport(), Qt.MouseButton.LeftButton, pos=where)
    writer.click(next(b for b in window.start_page.findChildren(QPushButton) if b.text() == "Create"))
    assert window.has_document()

    writer.type(("meta", "title"), "Print orders delayed on 14 October")
    writer.type(("meta", "organisation", "name"), "Fernhill Print")
    writer.type(("meta", "organisation", "contact_email"), "orders@fernhill.example")
    authors = window.current_page().people_tables[0].view
    writer.type_cell(authors, 0, 0, "Maren Holt")
    writer.type_cell(authors, 0, 1, "Head of Production")
    writer.type_cell(authors, 0, 3, BIO)

    writer.go("Customer letter")
    writer.type((L, "reference"), "Re: Your print orders of 14 October")
    writer.type((L, "greeting"), "Dear customer,")
    _type_body(qtbot, writer.widget((L, "body")), PARAGRAPHS)
    writer.type((L, "closing"), "With my apologies,")
    signer = writer.widget((L, "signer"))
    signer.setFocus()
    qtbot.keyClicks(signer, "Maren")
    document = window.controller.document
    assert document.customer_letter.signer == "Maren Holt"
    assert document.customer_letter.body == "\n\n".join(PARAGRAPHS)
    errors = [f"{f.location}: {f.message}" for f in check(document, "customer") if f.severity == Level.ERROR]
    assert errors == []

    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    assert dialog is not None and dialog.audience == "customer"
    pdf = tmp_path / "letter.pdf"
    dialog.destination.clear()
    qtbot.keyClicks(dialog.destination, str(pdf))
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dialog.close()

    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages]
    assert len(pages) <= 2
    text = " ".join(pages)
    positions = [text.find(paragraph) for paragraph in PARAGRAPHS]
    assert -1 not in positions, [p[:40] for p, at in zip(PARAGRAPHS, positions, strict=True) if at < 0]
    assert positions == sorted(positions)
    # Everything else on the pages is what the writer wrote elsewhere, or page furniture.
    day = document_date(document)
    assert day is not None
    allowed = [
        *PARAGRAPHS, BIO, "Fernhill Print", "orders@fernhill.example", timefmt.letter_date(day),
        "Re: Your print orders of 14 October", "Dear customer,", "With my apologies,", "Maren Holt",
        "Head of Production", *(f"Page {n} of {len(pages)}" for n in range(2, len(pages) + 1)),
    ]
    rest = text
    for piece in sorted(allowed, key=len, reverse=True):
        rest = rest.replace(piece, " ")
    assert re.sub(r"\s+", "", rest) == ""
