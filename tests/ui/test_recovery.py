"""After a crash: the next launch offers the autosaved work, says what it holds, and restores it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from gui_helpers import Writer
from PySide6.QtCore import Qt

from postmortem import fileformat
from postmortem.model import Document
from postmortem.workspace.recovery import RecoveryStore, snapshot_key
from ui.app import launch
from ui.main_window import MainWindow, app_windows
from ui.recovery_dialog import RecoveryDialog, when_text
from ui.settings import Preferences

TYPED = "Typed just before the crash, never saved."


@pytest.fixture
def store(data_dir: Path) -> RecoveryStore:
    return RecoveryStore(data_dir / "recovery")


def crash_with(store: RecoveryStore, source: Path | None, text: str = TYPED) -> Document:
    """What a crashed instance leaves behind: a snapshot of its unsaved work."""
    document = fileformat.load(source) if source else Document()
    document.summary.text = text
    store.write(snapshot_key(source), document, source)
    return document


def offered(window: MainWindow, **kwargs: object) -> RecoveryDialog:
    dialog = window.offer_recovery(**kwargs)  # type: ignore[arg-type]
    assert dialog is not None, "nothing offered"
    return dialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_offer_says_what_when_and_which_sections_changed(
    window: MainWindow, store: RecoveryStore, example_copy: Path
) -> None:
    crash_with(store, example_copy)
    dialog = offered(window)
    assert dialog.isVisible()
    (card,) = dialog.cards
    title, where, when, changes = card.texts()
    assert title == fileformat.load(example_copy).meta.title
    assert where == str(example_copy.resolve())
    assert when.startswith("Autosaved less than a minute ago (") and when.endswith(")")
    assert changes == "Changed since saved: Summary."


def test_recover_restores_the_typed_text_marked_unsaved_and_undo_returns_to_the_file(
    qtbot, window: MainWindow, writer: Writer, store: RecoveryStore, example_copy: Path
) -> None:
    saved_text = fileformat.load(example_copy).summary.text
    on_disk = example_copy.read_bytes()
    crash_with(store, example_copy)
    dialog = offered(window)
    click(qtbot, dialog.cards[0].recover_button)
    assert not dialog.isVisible()
    assert window.controller.path == example_copy.resolve()
    writer.go("Overview")
    assert writer.widget(("summary", "text")).toPlainText() == TYPED
    assert writer.shown_title().endswith("*")
    # The work now lives in this window's own snapshot; the crashed one is gone.
    assert [s.key for s in store.pending()] == [window.session.keep.autosave.key]
    window.controller.undo_stack.undo()
    assert window.controller.document.summary.text == saved_text
    assert not window.controller.is_modified()
    assert example_copy.read_bytes() == on_disk  # the file itself is never touched by recovery


def test_not_now_keeps_the_snapshot_and_it_is_offered_again(
    qtbot, window: MainWindow, store: RecoveryStore, example_copy: Path
) -> None:
    crash_with(store, example_copy)
    dialog = offered(window)
    click(qtbot, dialog.later_button)
    assert not dialog.isVisible()
    assert not window.has_document()
    assert len(store.pending()) == 1
    assert offered(window).cards[0].offer.snapshot.source == example_copy.resolve()


def test_discard_asks_first_and_then_deletes_the_snapshot(
    qtbot, window: MainWindow, store: RecoveryStore, example_copy: Path
) -> None:
    crash_with(store, example_copy)
    dialog = offered(window)
    asked: list[str] = []
    window.session.questions.discard_snapshot = lambda title: (asked.append(title), False)[1]
    click(qtbot, dialog.cards[0].discard_button)
    assert asked and len(store.pending()) == 1 and dialog.isVisible()
    window.session.questions.discard_snapshot = lambda title: True
    click(qtbot, dialog.cards[0].discard_button)
    assert store.pending() == []
    assert not dialog.isVisible()
    assert not window.has_document()


def test_a_never_saved_document_is_recovered_untitled_and_saved_deliberately(
    qtbot, window: MainWindow, writer: Writer, store: RecoveryStore, tmp_path: Path
) -> None:
    crash_with(store, None, "Only ever autosaved.")
    dialog = offered(window)
    assert dialog.cards[0].texts()[1] == "A new document, never saved"
    assert dialog.cards[0].texts()[3] == "Never saved. Written so far: Summary."
    click(qtbot, dialog.cards[0].recover_button)
    assert window.controller.path is None
    assert window.controller.document.summary.text == "Only ever autosaved."
    assert window.controller.is_modified()
    assert len(store.pending()) == 1  # the same snapshot, now this window's own
    window.session.questions.save_path = lambda _suggestion: str(tmp_path / "kept.postmortem")
    assert window.session.save()
    assert fileformat.load(tmp_path / "kept.postmortem").summary.text == "Only ever autosaved."
    assert store.pending() == []


def test_work_on_a_file_that_was_deleted_goes_back_where_it_was(
    qtbot, window: MainWindow, store: RecoveryStore, example_copy: Path
) -> None:
    crash_with(store, example_copy)
    example_copy.unlink()
    dialog = offered(window)
    assert dialog.cards[0].texts()[3] == "Cannot compare with the saved file: the file is no longer there."
    click(qtbot, dialog.cards[0].recover_button)
    assert window.controller.path == example_copy.resolve()
    assert window.controller.is_modified()
    assert window.session.save()
    assert fileformat.load(example_copy).summary.text == TYPED


def test_opening_a_file_with_autosaved_work_offers_it(
    qtbot, window: MainWindow, store: RecoveryStore, example_copy: Path, tmp_path: Path
) -> None:
    crash_with(store, example_copy)
    crash_with(store, None, "another document")
    dialogs: list[RecoveryDialog] = []
    window.recovery_offered.connect(dialogs.append)
    assert window.session.open(example_copy)
    qtbot.waitUntil(lambda: bool(dialogs))
    assert [c.offer.snapshot.source for c in dialogs[0].cards] == [example_copy.resolve()]
    # Until the writer decides, autosaving this window never overwrites the crashed work.
    assert window.session.keep.autosave.key != snapshot_key(example_copy)
    window.controller.set_value(("summary", "text"), "typed before deciding")
    assert window.session.keep.autosave.write_now()
    assert len(store.pending()) == 3
    click(qtbot, dialogs[0].cards[0].recover_button)
    assert window.controller.document.summary.text == TYPED
    window.controller.undo_stack.undo()
    assert window.controller.document.summary.text == "typed before deciding"


def test_recovering_when_a_document_is_open_uses_a_new_window(
    qtbot, window: MainWindow, store: RecoveryStore, example_copy: Path
) -> None:
    window.session.new_from_template("blank")
    crash_with(store, example_copy)
    dialog = offered(window)
    click(qtbot, dialog.cards[0].recover_button)
    (other,) = [w for w in app_windows() if w is not window]
    assert other.controller.path == example_copy.resolve()
    assert other.controller.document.summary.text == TYPED
    assert window.controller.path is None


def test_launching_with_a_file_offers_its_work_first(
    qtbot, store: RecoveryStore, example_copy: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.postmortem"
    other.write_bytes(example_copy.read_bytes())
    crash_with(store, example_copy, "older work")
    crash_with(store, other, "newer work on another file")
    preferences = Preferences()  # the launched app reads the (temporary) settings
    preferences.set(Preferences.PREVIEW_VISIBLE, False)
    preferences.set(Preferences.SPELL_CHECK, False)
    _app, window = launch(["postmortem-studio", str(example_copy), "-platform", "offscreen"])
    qtbot.addWidget(window)
    window.session.questions.unsaved = lambda _title: "discard"
    dialogs: list[RecoveryDialog] = []
    window.recovery_offered.connect(dialogs.append)
    qtbot.waitUntil(lambda: bool(dialogs))
    sources = [card.offer.snapshot.source for card in dialogs[0].cards]
    assert sources == [example_copy.resolve(), other.resolve()]
    assert window.controller.path == example_copy.resolve()
    click(qtbot, dialogs[0].cards[0].recover_button)
    assert window.controller.document.summary.text == "older work"
    assert dialogs[0].isVisible() and len(dialogs[0].cards) == 1  # the other one is still offered


def test_nothing_is_offered_when_nothing_crashed(window: MainWindow) -> None:
    assert window.offer_recovery() is None


def test_a_live_windows_own_snapshot_is_not_offered_to_another_window(
    qtbot, window: MainWindow, writer: Writer, example_copy: Path, store: RecoveryStore
) -> None:
    window.session.keep.autosave.set_intervals(50, 200)
    window.session.open(example_copy)
    writer.type(("summary", "text"), "live work")
    qtbot.waitUntil(lambda: bool(store.pending()))
    assert window.spawn().offer_recovery() is None


def test_time_and_change_texts() -> None:
    now = dt.datetime(2026, 11, 6, 15, 0, tzinfo=dt.UTC)
    assert when_text(now - dt.timedelta(minutes=3), now).startswith("Autosaved 3 minutes ago (")
    assert when_text(now - dt.timedelta(minutes=61), now).startswith("Autosaved 1 hour ago (")
    assert "days ago" in when_text(now - dt.timedelta(days=3), now)
