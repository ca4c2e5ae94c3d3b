"""The document session on its own, with no window: what it tells a window, and what it asks."""

from __future__ import annotations

import datetime as dt
import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import Answers

from postmortem import fileformat
from ui.safekeeping import Stores
from ui.session import DocumentSession
from ui.session_text import Message
from ui.settings import WindowState

SUMMARY = ("summary", "text")


@pytest.fixture
def session(qapp, today: dt.date) -> Iterator[DocumentSession]:
    session = DocumentSession(Answers(), WindowState(), Stores.default(), today=today)
    yield session
    session.drop()


def test_opening_shows_the_document_and_saving_announces_it(
    qtbot, session: DocumentSession, example_copy: Path
) -> None:
    with qtbot.waitSignal(session.shown):
        assert session.open(example_copy)
    assert session.active and session.controller.path == example_copy.resolve()
    assert session.controller.set_value(SUMMARY, "Changed in the session.") is None
    assert session.is_modified()
    with qtbot.waitSignal(session.status) as said:
        assert session.save()
    assert said.args == [f"Saved {example_copy.name}"]
    assert not session.is_modified()
    assert fileformat.load(example_copy).summary.text == "Changed in the session."
    assert WindowState().recent_files()[0] == str(example_copy.resolve())


def test_a_failed_save_is_a_message_with_save_as(
    qtbot, session: DocumentSession, example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.open(example_copy)
    session.controller.set_value(SUMMARY, "Not lost.")

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "replace", full)
    said: list[Message] = []
    session.message.connect(said.append)
    assert not session.save()
    (message,) = [m for m in said if m.kind == "save"]
    assert message.error
    assert "was not saved" in message.text and "No space left on device" in message.text
    assert [caption for caption, _act in message.actions] == ["Save As…"]
    assert session.is_modified()


def test_closing_unsaved_work_asks_and_cancel_keeps_it(session: DocumentSession, example_copy: Path) -> None:
    session.open(example_copy)
    session.controller.set_value(SUMMARY, "Unsaved.")
    asked: list[str] = []
    session.questions.unsaved = lambda title: (asked.append(title), "cancel")[1]
    assert not session.close_document()
    assert asked == [session.controller.title] and session.active
    session.questions.unsaved = lambda _title: "discard"
    assert session.close_document()
    assert not session.active


def test_a_second_session_on_the_same_file_is_asked_and_opens_read_only(
    qapp, today: dt.date, session: DocumentSession, example_copy: Path
) -> None:
    assert session.open(example_copy)
    other = DocumentSession(Answers(), WindowState(), Stores.default(), today=today)
    asked: list[str] = []
    other.questions.open_elsewhere = lambda name: (asked.append(name), "read-only")[1]
    assert other.open(example_copy)
    assert asked == [example_copy.name]
    assert other.read_only and other.read_only_note == "read-only"
    assert other.controller.set_value(SUMMARY, "Refused.") is not None
    other.drop()
