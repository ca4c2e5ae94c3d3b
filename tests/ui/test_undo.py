"""One undo stack for every edit, with menu texts that say what they undo."""

from __future__ import annotations

from postmortem import fileformat
from postmortem.model import ActionItem
from ui.document_controller import DocumentController
from ui.undo_commands import field_label

OWNER = ("action_items", "items", 0, "owner")


def test_typing_in_one_field_is_one_undo_step(controller: DocumentController) -> None:
    controller.insert_item(("action_items", "items"), 0, ActionItem(title="Fix alerts"))
    for text in ("D", "Da", "Dan", "Dana"):
        controller.set_value(OWNER, text)
    assert controller.undo_stack.undoText() == "Edit owner"
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    assert controller.get(OWNER) == ""
    controller.undo_stack.redo()
    assert controller.get(OWNER) == "Dana"


def test_leaving_the_field_starts_a_new_step(controller: DocumentController) -> None:
    controller.set_value(("meta", "title"), "Outage")
    controller.seal_typing()
    controller.set_value(("meta", "title"), "Outage of the web site")
    controller.undo_stack.undo()
    assert controller.document.meta.title == "Outage"


def test_a_refused_value_changes_nothing(controller: DocumentController) -> None:
    problem = controller.set_value(("meta", "time_zone"), "Mars/Olympus")
    assert problem is not None and "time zone" in problem
    assert controller.document.meta.time_zone == "UTC"
    assert controller.undo_stack.count() == 0


def test_the_clean_state_follows_save_and_undo(controller: DocumentController, tmp_path) -> None:
    controller.set_value(("meta", "title"), "Outage")
    assert controller.is_modified()
    fileformat.save(controller.document, tmp_path / "a.postmortem")
    controller.saved_to(tmp_path / "a.postmortem")
    assert not controller.is_modified()
    controller.undo_stack.undo()
    assert controller.is_modified()


def test_labels_read_like_the_form() -> None:
    assert field_label(OWNER) == "owner"
    assert field_label(("timeline", "events", 3, "customer_visible")) == "customer-visible"
    assert field_label(("summary", "text")) == "summary"
