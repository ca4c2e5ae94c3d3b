"""Every Qt model passes pytest-qt's model tester, and follows undo and redo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from postmortem import fileformat
from postmortem.model import ActionItem, EventKind, TimelineEvent
from ui.document_controller import DocumentController
from ui.models.action_items_model import ActionItemsFilter, ActionItemsModel
from ui.models.list_model import TextListModel
from ui.models.record_models import PeopleModel, WhysModel
from ui.models.timeline_model import EVENTS, TimelineModel


def _open(controller: DocumentController, path: Path) -> None:
    controller.replace(fileformat.load(path), path)


def test_timeline_model(qtmodeltester, controller: DocumentController, example_copy: Path) -> None:
    _open(controller, example_copy)
    model = TimelineModel(controller)
    qtmodeltester.check(model)
    assert "EDT" in model.index(0, 0).data()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time (America/New_York)"
    row = model.add_event()
    model.setData(model.index(row, 1), EventKind.DETECTION)
    model.setData(model.index(row, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    qtmodeltester.check(model)


def test_editing_a_time_keeps_the_table_in_time_order(controller: DocumentController) -> None:
    model = TimelineModel(controller)
    base = dt.datetime(2026, 10, 27, 3, 0, tzinfo=dt.UTC)
    model.add_events(
        [TimelineEvent(time=base + dt.timedelta(minutes=m), description=str(m)) for m in (0, 10, 20)]
    )
    assert model.setData(model.index(0, 0), dt.datetime(2026, 10, 27, 3, 30))
    assert [e.description for e in model.items()] == ["10", "20", "0"]
    assert controller.undo_stack.undoText() == "Edit time"
    controller.undo_stack.undo()
    assert [e.description for e in model.items()] == ["0", "10", "20"]


def test_action_items_model_and_filter(
    qtmodeltester, controller: DocumentController, example_copy: Path
) -> None:
    _open(controller, example_copy)
    controller.today = dt.date(2027, 1, 1)
    model = ActionItemsModel(controller)
    qtmodeltester.check(model)
    proxy = ActionItemsFilter(model)
    qtmodeltester.check(proxy)
    proxy.set_view("Overdue")
    assert proxy.rowCount() == model.overdue_count() >= 1
    proxy.set_view("All items")
    proxy.setFilterFixedString("zzz-no-such-owner")
    assert proxy.rowCount() == 0


def test_overdue_items_are_marked(controller: DocumentController) -> None:
    controller.document.action_items.items = [ActionItem(title="Late", due=dt.date(2026, 1, 1))]
    controller.replace(controller.document, None)
    model = ActionItemsModel(controller)
    assert "overdue" in model.index(0, 2).data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.index(0, 2).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_record_and_text_models(qtmodeltester, controller: DocumentController, example_copy: Path) -> None:
    _open(controller, example_copy)
    for model in (
        PeopleModel(controller, ("meta", "authors")),
        WhysModel(controller, ("root_cause", "five_whys")),
        TextListModel(controller, ("impact", "services"), "Service"),
    ):
        qtmodeltester.check(model)
    whys = WhysModel(controller, ("root_cause", "five_whys"))
    before = whys.rowCount()
    whys.ask_why()
    assert whys.rowCount() == before + 1
    assert whys.index(before, 0).data() == "Why?"


def test_a_refused_value_is_reported_not_stored(controller: DocumentController) -> None:
    controller.document.action_items.items = [ActionItem(title="A")]
    controller.replace(controller.document, None)
    model = ActionItemsModel(controller)
    problems: list[str] = []
    model.edit_refused.connect(problems.append)
    assert not model.setData(model.index(0, 6), "javascript:alert(1)")
    assert "web address" in problems[0]
    assert controller.document.action_items.items[0].tracker == ""
    assert controller.undo_stack.count() == 0


def test_models_follow_row_moves(controller: DocumentController) -> None:
    base = dt.datetime(2026, 10, 27, 3, 0, tzinfo=dt.UTC)
    model = TimelineModel(controller)
    model.add_events([TimelineEvent(time=base, description="a"), TimelineEvent(time=base, description="b")])
    assert model.move_event(0, 1)
    assert [e.description for e in controller.get(EVENTS)] == ["b", "a"]
    assert not model.can_move(0, -1)


def test_a_finding_about_one_event_repaints_that_row_only(
    controller: DocumentController, example_copy: Path
) -> None:
    """Findings arrive after every pause in the typing; the table's views redraw the rows whose
    problem marks changed (a blank description), not every cell of a long timeline."""
    _open(controller, example_copy)
    controller.wait_for_checks()
    model = TimelineModel(controller)
    row = 3
    marked_before = [model.index(r, 3).data(Qt.ItemDataRole.DecorationRole) is not None
                     for r in range(model.rowCount())]
    repainted: set[int] = set()
    model.dataChanged.connect(
        lambda first, last, _roles: repainted.update(range(first.row(), last.row() + 1))
    )
    model.setData(model.index(row, 3), "")  # the event's description, emptied
    repainted.clear()  # the edit's own row, repainted for its new text
    controller.wait_for_checks()

    assert model.index(row, 3).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "no description" in model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert repainted == {row}
    others = [r for r in range(model.rowCount()) if r != row]
    assert all((model.index(r, 3).data(Qt.ItemDataRole.DecorationRole) is not None) == marked_before[r]
               for r in others)
