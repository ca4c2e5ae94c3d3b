"""Findings in the app: the Review list, jumping to the words, underlines, badges, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import Writer
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from postmortem.checks import Finding, Level
from ui.main_window import MainWindow
from ui.models.findings_model import FINDING_ROLE, WHERE_ROLE, AudienceFilter, FindingsModel
from ui.steps.review import ReviewStep
from ui.widgets.finding_marks import COLOURS
from ui.widgets.markdown_edit import MarkdownEdit
from ui.widgets.step_list import StepList

APOLOGY = ("customer_letter", "body")
PHRASE = "we apologise for any inconvenience"


def _write_non_apology(qtbot, window: MainWindow, writer: Writer, example_copy: Path) -> MarkdownEdit:
    assert window.session.open(example_copy)
    writer.go("Customer letter")
    editor = writer.widget(APOLOGY)
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, f" And {PHRASE}.")  # the end of the letter's last paragraph
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: any(f.rule == "non-apology" for f in window.controller.findings))
    editor = writer.widget(APOLOGY)
    assert isinstance(editor, MarkdownEdit)
    return editor


def _review(window: MainWindow, writer: Writer) -> ReviewStep:
    writer.go("Review & export")
    page = window.current_page()
    assert isinstance(page, ReviewStep)
    return page


def _row(page: ReviewStep, rule: str) -> QModelIndex:
    model = page.list.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(FINDING_ROLE).rule == rule:
            return index
    raise LookupError(rule)


def test_activating_a_finding_selects_its_words(
    qtbot, window: MainWindow, writer: Writer, example_copy
) -> None:
    editor = _write_non_apology(qtbot, window, writer, example_copy)
    page = _review(window, writer)
    index = _row(page, "non-apology")
    assert index.data(FINDING_ROLE).severity == Level.ERROR
    assert index.data(WHERE_ROLE).startswith("Customer letter › Body")

    page.list.setFocus()
    page.list.setCurrentIndex(index)
    qtbot.keyClick(page.list, Qt.Key.Key_Return)

    assert window.current_page().step.title == "Customer letter"
    assert QApplication.focusWidget() is editor
    start, end = index.data(FINDING_ROLE).span
    assert editor.textCursor().selectedText() == editor.toPlainText()[start:end] == "any inconvenience"


def test_the_editor_underlines_the_words_and_explains_them(
    qtbot, window: MainWindow, writer: Writer, example_copy
) -> None:
    editor = _write_non_apology(qtbot, window, writer, example_copy)
    finding = next(f for f in window.controller.findings if f.rule == "non-apology")
    assert finding.span is not None
    start, end = finding.span
    marks = [
        s
        for s in editor.extraSelections()
        if (s.cursor.selectionStart(), s.cursor.selectionEnd()) == (start, end)
    ]
    assert len(marks) == 1
    assert marks[0].format.underlineColor() == COLOURS[Level.ERROR]
    assert finding.message in editor.finding_tooltip(start + 1)
    assert editor.finding_tooltip(0) == ""  # "we" is fine


def test_the_step_badge_shows_the_problems(qtbot, window: MainWindow, writer: Writer, example_copy) -> None:
    _write_non_apology(qtbot, window, writer, example_copy)
    steps: StepList = window.steps
    item = steps.findItems("Customer letter", Qt.MatchFlag.MatchExactly)[0]
    assert "has problems" in item.toolTip().lower()
    assert "1 error" in item.toolTip()


def test_the_audience_filter(qtbot, window: MainWindow, writer: Writer, example_copy) -> None:
    _write_non_apology(qtbot, window, writer, example_copy)
    page = _review(window, writer)
    page.set_audience("internal")
    with pytest.raises(LookupError):
        _row(page, "non-apology")
    page.set_audience("customer")
    assert _row(page, "non-apology").isValid()


@pytest.mark.timeout(90)
def test_exporting_a_letter_with_errors_asks_first(
    qtbot, window: MainWindow, writer: Writer, example_copy: Path
) -> None:
    _write_non_apology(qtbot, window, writer, example_copy)
    asked: list[list[Finding]] = []

    dialog = window.export("customer")
    assert dialog is not None and dialog.format_key == "pdf"
    dialog.ask_export_with_errors = lambda errors: asked.append(errors) or "review"  # type: ignore[method-assign]
    target = Path(dialog.destination.text())
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked and any(f.rule == "non-apology" for f in asked[0])
    assert not dialog.isVisible() and not target.exists()
    assert isinstance(window.current_page(), ReviewStep)

    dialog = window.export("customer")
    dialog.ask_export_with_errors = lambda errors: "export"  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    dialog.close()


def test_the_findings_model_passes_the_model_tester(qtmodeltester, window: MainWindow, example_copy) -> None:
    window.session.open(example_copy)
    model = FindingsModel()
    model.set_findings(
        [*window.controller.findings, Finding(Level.ERROR, "action_items.items[2].owner", "no owner")]
    )
    qtmodeltester.check(model)
    proxy = AudienceFilter()
    proxy.setSourceModel(model)
    proxy.set_audience("customer")
    qtmodeltester.check(proxy)


def _jargon(window: MainWindow) -> list:
    """The settings' jargon finding about 'widgetry' (other findings may quote the sentence)."""
    return [f for f in window.controller.findings if f.rule == "jargon" and "widgetry" in f.message]


def test_the_organisation_settings_beside_the_document_apply(qtbot, window: MainWindow, example_copy) -> None:
    (example_copy.parent / "postmortem-settings.yaml").write_text(
        "jargon:\n  widgetry: the parts of our service\n", encoding="utf-8"
    )
    assert window.session.open(example_copy)
    window.controller.set_value(APOLOGY, "We are sorry that the widgetry failed you.")
    qtbot.waitUntil(lambda: bool(_jargon(window)))
    finding = _jargon(window)[0]
    assert finding.location == "customer_letter.body" and finding.span is not None


def test_saving_elsewhere_looks_the_settings_up_again(qtbot, window: MainWindow, example_copy: Path) -> None:
    assert window.session.open(example_copy)
    window.controller.set_value(APOLOGY, "We are sorry that the widgetry failed you.")
    window.controller.refresh_findings()
    assert not _jargon(window)
    elsewhere = example_copy.parent / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "postmortem-settings.yaml").write_text("jargon:\n  widgetry: our parts\n", encoding="utf-8")
    window.session.questions.save_path = lambda _suggestion: str(elsewhere / "copy.postmortem")
    assert window.session.save_as()
    qtbot.waitUntil(lambda: bool(_jargon(window)))
