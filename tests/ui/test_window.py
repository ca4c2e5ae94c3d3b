"""The window as a desktop user expects: titles, files, questions, shortcuts, remembered state."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from gui_helpers import Writer, make_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.settings import Preferences, WindowState
from ui.step_state import State
from ui.widgets.step_list import STATE_ROLE


def test_opening_a_file_shows_its_title_and_the_star_follows_edits(
    window: MainWindow, writer: Writer, example_copy: Path
) -> None:
    assert window.windowTitle() == "Postmortem Studio"
    assert window.session.open(example_copy)
    title = window.controller.document.meta.title
    assert writer.shown_title() == f"{title} — Postmortem Studio"
    writer.type(("meta", "incident_id"), "INC-1")
    assert writer.shown_title() == f"{title} — Postmortem Studio*"
    assert window.undo_action.text() == "Undo Edit incident id"
    writer.qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert writer.shown_title() == f"{title} — Postmortem Studio"


def test_a_refused_value_is_explained_beside_the_field(
    window: MainWindow, writer: Writer, example_copy: Path
) -> None:
    window.session.open(example_copy)
    writer.type(("meta", "organisation", "website"), "javascript:alert(1)")
    messages = [
        m
        for m in window.current_page().findChildren(type(window.current_page().problems))
        if m.isVisible() and "web address" in m.text()
    ]
    assert messages, "no message next to the field"
    assert "javascript" not in window.controller.document.meta.organisation.website


@pytest.mark.parametrize(("typed", "kept"), [("#224466", "#224466"), ("#ABCDEF", "#abcdef")])
def test_a_colour_is_typed_as_the_writer_types_it(
    window: MainWindow, writer: Writer, example_copy: Path, typed: str, kept: str
) -> None:
    # Every six-digit colour passes through a three-digit one ("#224" on the way to "#224466"),
    # which the document accepts and stores as "#222244": the field must not show that while
    # the writer is still typing, or the rest of their keys land after it.
    window.session.open(example_copy)
    field = writer.widget(("meta", "organisation", "brand_colour"))
    writer.qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.setFocus()
    writer.qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    writer.qtbot.keyClick(field, Qt.Key.Key_Delete)
    writer.qtbot.keyClicks(field, typed)
    assert field.text() == typed
    writer.qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert window.controller.document.meta.organisation.brand_colour == kept
    assert field.text() == kept  # once the writer leaves the field, it shows what the document holds


def test_step_states_follow_typing(window: MainWindow, writer: Writer) -> None:
    window.session.new_from_template("blank")
    summary_row = 0
    assert window.steps.item(summary_row).data(STATE_ROLE) == State.EMPTY.value
    writer.type(("meta", "title"), "Outage")
    writer.qtbot.waitUntil(lambda: window.steps.item(summary_row).data(STATE_ROLE) == State.IN_PROGRESS.value)


@pytest.mark.parametrize(
    "case", [("save", True, True), ("discard", True, False), ("cancel", False, False)], ids=lambda c: c[0]
)
def test_closing_with_unsaved_changes_asks(
    window: MainWindow, writer: Writer, example_copy: Path, case: tuple[str, bool, bool]
) -> None:
    answer, closes, saved = case
    window.session.open(example_copy)
    writer.type(("meta", "incident_id"), "INC-CHANGED")
    asked: list[str] = []
    window.session.questions.unsaved = lambda _title: (asked.append("asked"), answer)[1]
    assert window.close() is closes
    assert asked == ["asked"]
    assert ("INC-CHANGED" in example_copy.read_text(encoding="utf-8")) is saved
    window.session.questions.unsaved = lambda _title: "discard"


def test_open_errors_show_inline_not_as_a_dialog(window: MainWindow, tmp_path: Path) -> None:
    broken = tmp_path / "broken.postmortem"
    broken.write_text("meta: [unclosed", encoding="utf-8")
    assert not window.session.open(broken)
    assert window.message_bar.isVisible()
    assert "broken.postmortem" in window.message_bar.label.text()


def test_recent_files_and_window_state_are_remembered(qtbot, today: dt.date, example_copy: Path) -> None:
    first = make_window(qtbot, today)
    first.show()
    first.session.open(example_copy)
    first.resize(720, 520)
    first.splitter.setSizes([200, 600, 300])
    sizes = first.splitter.sizes()
    first.close()
    assert WindowState().recent_files() == [str(example_copy)]
    second = make_window(qtbot, today)
    second.show()
    assert second.size().width() == 720
    assert second.start_page.recent.item(0).data(Qt.ItemDataRole.UserRole) == str(example_copy)
    second.session.open(example_copy)
    qtbot.wait(50)
    # The same split, give or take the few pixels the layout rounds.
    assert all(abs(a - b) <= 8 for a, b in zip(second.splitter.sizes(), sizes, strict=True))
    # Window state and preferences live in different files.
    assert Preferences().store.fileName() != WindowState().store.fileName()
    second.close()


def test_f1_brings_back_the_steps_guide(window: MainWindow, writer: Writer, example_copy: Path) -> None:
    window.session.open(example_copy)
    page = window.current_page()
    writer.click(page.guide_box.toggle)
    assert not page.guide_box.body.isVisible()
    writer.qtbot.keyClick(window, Qt.Key.Key_F1)
    assert page.guide_box.body.isVisible()


def test_paste_adds_events_from_clipboard_lines(
    window: MainWindow, writer: Writer, example_copy: Path, qapp
) -> None:
    window.session.open(example_copy)
    writer.go("Timeline")
    page = window.current_page()
    before = page.model.rowCount()
    qapp.clipboard().setText(
        "2026-10-28 05:00 detection: Second alert\n2026-10-28 05:05 Checked the array\nnonsense"
    )
    page.table.view.setFocus()
    writer.qtbot.keyClick(page.table.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == before + 2
    assert window.undo_action.text() == "Undo Paste 2 events"
    assert "line 3" in page.table.message.text()
    times = [e.time for e in page.model.items()]
    assert times == sorted(times)


def test_draft_from_analysis_fills_an_empty_letter_as_one_undo_step(
    window: MainWindow, writer: Writer, example_copy: Path
) -> None:
    window.session.open(example_copy)
    writer.go("Customer letter")
    letter = window.controller.document.customer_letter
    writer.type(("customer_letter", "body"), "")
    assert not letter.body
    writer.click(writer.button("Draft from analysis"))
    assert "{{ impact_window }}" in letter.body and "I am sorry." in letter.body
    assert window.undo_action.text() == "Undo Draft letter from analysis"
    assert writer.widget(("customer_letter", "body")).toPlainText() == letter.body
    window.undo_action.trigger()
    assert letter.body == ""


def test_a_long_root_cause_is_shown_whole_not_cut_off(
    window: MainWindow, writer: Writer, example_copy: Path
) -> None:
    window.session.open(example_copy)
    window.show()
    writer.go("Root cause")
    long_cause = " ".join(["The backup job skipped the mail store because its checklist omitted it."] * 3)
    for text in ("Disks aged together.", long_cause):
        writer.click(writer.button("Add root cause"))
        editor = QApplication.focusWidget()
        writer.qtbot.keyClicks(editor, text)
        writer.enter(editor)
    view = writer.widget(("root_cause", "root_causes")).view
    short, long = view.model().rowCount() - 2, view.model().rowCount() - 1
    assert view.model().index(long, 0).data() == long_cause
    # Three sentences do not fit on one line of the list: the row grows to show them.
    assert view.rowHeight(long) >= view.rowHeight(short) + view.fontMetrics().lineSpacing()


def test_draft_beside_the_writers_words_adds_only_chosen_paragraphs(
    qtbot, window: MainWindow, writer: Writer, example_copy: Path
) -> None:
    window.session.open(example_copy)
    writer.go("Customer letter")
    letter = window.controller.document.customer_letter
    writer.type(("customer_letter", "body"), "My own first paragraph, written in my own words.")
    writer.click(writer.button("Draft from analysis"))
    assert letter.body == "My own first paragraph, written in my own words."  # nothing replaced
    dialog = window.current_page().draft_dialog
    assert dialog.isVisible()
    items = [dialog.paragraphs.item(row) for row in range(dialog.paragraphs.count())]
    wanted = [item for item in items if item.text() in ("{{ timeline }}", "{{ promises }}")]
    for item in wanted:
        item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.insert_button, Qt.MouseButton.LeftButton)
    mine = "My own first paragraph, written in my own words."
    assert letter.body == f"{mine}\n\n{{{{ timeline }}}}\n\n{{{{ promises }}}}"
    assert window.undo_action.text() == "Undo Add draft paragraphs"
    window.undo_action.trigger()
    assert letter.body == "My own first paragraph, written in my own words."


def test_ctrl_z_in_a_text_field_undoes_the_documents_last_edit_not_the_fields_own(
    window: MainWindow, writer: Writer, example_copy: Path
) -> None:
    window.session.open(example_copy)
    incident_id = window.controller.document.meta.incident_id
    writer.type(("meta", "title"), "First")
    writer.type(("meta", "incident_id"), "INC-7")
    title = writer.widget(("meta", "title"))
    writer.qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    writer.qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "First"  # the line edit's own history would have taken the typing back
    assert writer.widget(("meta", "incident_id")).text() == incident_id
    assert window.undo_action.text() == "Undo Edit title"
    incident_field = writer.widget(("meta", "incident_id"))
    writer.qtbot.keyClick(
        title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert incident_field.text() == "INC-7"  # the document's redo, typed in another field
    assert title.text() == "First"
