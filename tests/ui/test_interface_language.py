"""The interface in the writer's language: chosen in View ▸ Language, applied at the next start,
Qt's own texts and ours translated, and right to left for Arabic."""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import Writer
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
)

from ui.app import launch
from ui.i18n import languages, update
from ui.main_window import MainWindow
from ui.step_state import STEP_NAMES, STEPS, State
from ui.steps.recipients import RecipientsStep
from ui.steps.timeline import TimelineStep
from ui.widgets.date_entry import DateTimeEntry
from ui.widgets.step_list import DETAIL_ROLE, STATE_ROLE


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    """The other tests read English texts: the translators and the direction go back after each test."""
    yield
    languages.install(qapp, languages.LANGUAGES[0])
    for thread in threading.enumerate():
        if thread.name == "name-lexicon":  # the restarted app loads it after its first paint
            thread.join(timeout=60)


def choose_language(window: MainWindow, name: str) -> None:
    """View ▸ Language ▸ `name`, as the writer picks it."""
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    submenu = next(a.menu() for a in view.actions() if a.text() == "&Language")
    assert isinstance(submenu, QMenu)
    next(a for a in submenu.actions() if a.text() == name).trigger()


def restart(*paths: Path) -> MainWindow:
    """The app started again the way `postmortem-studio` starts it, with the same preferences."""
    _app, window = launch(["postmortem-studio", *map(str, paths)])
    return window


def saturated(colour: QColor) -> bool:
    red, green, blue, _alpha = colour.getRgb()
    return max(red, green, blue) - min(red, green, blue) > 60


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def step_names(window: MainWindow) -> list[str]:
    return [window.steps.item(row).text() for row in range(window.steps.count())]


def test_german_chosen_in_the_view_menu_translates_menus_and_steps_after_a_restart(
    window: MainWindow, qtbot, english_after: None
) -> None:
    choose_language(window, "Deutsch")
    assert window.message_bar.isVisible()
    assert "Deutsch" in window.message_bar.label.text()
    assert "next time it starts" in window.message_bar.label.text()  # said in the language still shown
    window.close()

    german = restart()
    qtbot.waitExposed(german)
    assert menu_titles(german) == ["&Datei", "&Bearbeiten", "&Einfügen", "&Ansicht", "&Hilfe"]
    file_menu = german.menuBar().actions()[0].menu()
    assert "Speichern &unter…" in [a.text() for a in file_menu.actions()]
    assert step_names(german) == [
        "Überblick", "Zeitverlauf", "Auswirkungen", "Ursache", "Maßnahmen",
        "Erkenntnisse", "Kundenbrief", "Empfänger", "Prüfen & exportieren",
    ]  # fmt: skip
    start = [button.text() for button in german.start_page.findChildren(QPushButton)]
    assert "Datei öffnen…" in start  # the start page, shown with no document open
    # Qt's own texts too: a text field's context menu.
    field = QLineEdit(german)
    assert "&Rückgängig" in [a.text().split("\t")[0] for a in field.createStandardContextMenu().actions()]
    assert german.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_german_recipients_step_reads_its_table_counts_and_choices_in_german(
    window: MainWindow, qtbot, english_after: None, example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_language(window, "Deutsch")
    window.close()
    recipients = example_copy.parent / "customers.csv"
    recipients.write_text("email,name,lost_items\nana@example.org,Ana Lima,2 support requests\n"
                          "bo@example.org,Bo Chen,\nnot-an-address,Cy,\n", encoding="utf-8")

    german = restart(example_copy)
    qtbot.waitExposed(german)
    steps = german.steps
    item = steps.findItems("Empfänger", Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=steps.visualItemRect(item).center())
    page = german.current_page()
    assert isinstance(page, RecipientsStep)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(recipients), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: " bereit" in page.file_label.text(), timeout=20_000)

    said = "customers.csv: 3 Empfänger, 2 bereit; 1 mit Problemen (siehe Spalte „Probleme“)"
    assert page.file_label.text() == said
    header = page.table.horizontalHeader()
    columns = [page.table.model().headerData(i, Qt.Orientation.Horizontal) for i in range(header.count())]
    assert columns == ["Zeile", "Name", "E-Mail", "Ausfallzeitraum", "Verlorenes", "Probleme"]
    assert page.table.model().index(0, 5).data() == "bereit"
    choices = [page.send_form.security.itemText(i) for i in range(page.send_form.security.count())]
    assert choices == ["STARTTLS", "TLS (Port 465)", "Keine (ein Relay auf diesem Rechner)"]
    qtbot.waitUntil(lambda: "wie ihn der Serienbrief schreibt" in page.letter.status.text(), timeout=120_000)
    pages = r"(1 Seite|[2-9] Seiten)"  # German plurals from the catalogue, not English's page(s)
    letter = rf"Der Brief an Ana Lima \(ana@example\.org\), {pages}, so wie ihn der Serienbrief schreibt"
    assert re.fullmatch(letter, page.letter.status.text())
    german.export_action.trigger()  # File ▸ Exportieren…
    formats = german.export_dialog.format
    assert [formats.itemText(i) for i in range(formats.count())][:3] == [
        "PDF-Dokument (.pdf)", "Markdown (.md)", "Webseite (.html)"
    ]
    german.export_dialog.reject()
    german.session.questions.unsaved = lambda _title: "discard"
    german.close()  # its render worker stops with it


def test_german_undo_menu_names_the_field_in_german(
    window: MainWindow, qtbot, english_after: None, example_copy: Path
) -> None:
    choose_language(window, "Deutsch")
    window.close()

    german = restart(example_copy)
    qtbot.waitExposed(german)
    title = Writer(qtbot, german).widget(("meta", "title"))
    title.setFocus()
    qtbot.keyClicks(title, " (Nachtrag)")
    edit = next(a.menu() for a in german.menuBar().actions() if a.text() == "&Bearbeiten")
    assert edit.actions()[0].text() == "Rückgängig: Titel bearbeiten"
    german.session.questions.unsaved = lambda _title: "discard"
    german.close()


def test_german_overview_and_impact_name_severity_status_and_data_loss_in_german(
    window: MainWindow, qtbot, english_after: None, example_copy: Path
) -> None:
    choose_language(window, "Deutsch")
    window.close()

    german = restart(example_copy)
    qtbot.waitExposed(german)
    writer = Writer(qtbot, german)
    severity, status = writer.widget(("meta", "severity")), writer.widget(("meta", "status"))
    assert severity.currentText() == (
        "SEV1 — Kritisch: Der Dienst ist ausgefallen oder viele Kunden haben Daten verloren"
    )
    assert status.currentText() == "Endfassung"  # it read "Final" in a German window
    # The hint under it names the choice as the list does.
    assert any("„Endfassung“" in label.text() for label in german.current_page().findChildren(QLabel))
    # Picking a German name stores the file's own value.
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Up)
    qtbot.keyClick(status, Qt.Key.Key_Up)
    assert german.controller.document.meta.status == "draft"
    german.steps.setCurrentRow(2)  # Auswirkungen
    qtbot.waitUntil(lambda: german.current_page().step.title == "Impact")
    assert Writer(qtbot, german).widget(("impact", "data_loss")).currentText() == "Möglich"
    zones = [label.text() for label in german.current_page().findChildren(QLabel) if "UTC−4" in label.text()]
    # Beside each date and time: the zone in German (it read "New York time (EDT, UTC−4)").
    assert zones and all(text == "Nordamerikanische Ostküsten-Sommerzeit, UTC−4" for text in zones)
    german.session.questions.unsaved = lambda _title: "discard"
    german.close()


def test_german_tables_name_event_kinds_and_statuses_in_german_and_store_the_files_values(
    window: MainWindow, qtbot, english_after: None, example_copy: Path
) -> None:
    choose_language(window, "Deutsch")
    window.close()

    german = restart(example_copy)
    qtbot.waitExposed(german)
    steps = german.steps
    zeitverlauf = steps.visualItemRect(steps.findItems("Zeitverlauf", Qt.MatchFlag.MatchExactly)[0])
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=zeitverlauf.center())
    timeline = german.current_page()
    assert isinstance(timeline, TimelineStep)
    view = timeline.table.view
    row = next(i for i, e in enumerate(timeline.model.items()) if e.kind == "detection")
    assert view.model().index(row, 1).data() == "Erkennung"  # it read "detection"
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    # The restarted window is not the active one offscreen, so the editor F2 opened is found
    # where the view puts it rather than through the keyboard focus.
    editor = view.viewport().findChild(QComboBox)
    assert editor is not None and editor.isVisible()
    assert [editor.itemText(i) for i in range(3)] == ["Auslöser", "Erkennung", "Eskalation"]
    qtbot.keyClicks(editor, "Eskalation")
    Writer(qtbot, german).enter(editor)
    assert timeline.model.items()[row].kind == "escalation"  # the file keeps its own value
    assert view.model().index(row, 1).data() == "Eskalation"

    german.steps.setCurrentRow(4)  # Maßnahmen
    actions = german.current_page().findChild(QTableView)
    statuses = {actions.model().index(r, 5).data() for r in range(actions.model().rowCount())}
    assert statuses == {"Erledigt", "In Arbeit", "Offen"}  # "done", "in progress", "open" in the file
    german.session.questions.unsaved = lambda _title: "discard"
    german.close()


def test_arabic_lays_the_window_out_right_to_left(
    window: MainWindow, qtbot, english_after: None, example_copy: Path
) -> None:
    choose_language(window, "العربية")
    window.close()

    arabic = restart(example_copy)
    qtbot.waitExposed(arabic)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert step_names(arabic)[:3] == ["نظرة عامة", "التسلسل الزمني", "الأثر"]
    assert menu_titles(arabic)[0] == "&ملف"
    # The step list, first in reading order, is on the right.
    steps_x = arabic.steps.mapTo(arabic, arabic.steps.rect().center()).x()
    pages_x = arabic.step_stack.mapTo(arabic, arabic.step_stack.rect().center()).x()
    assert steps_x > pages_x
    # Each step's badge is drawn on the right of its name, where an Arabic reader starts.
    steps = arabic.steps
    row = steps.visualItemRect(steps.item(1))
    qtbot.waitUntil(lambda: steps.item(1).data(STATE_ROLE) == State.COMPLETE.value, timeout=30_000)
    assert steps.item(1).data(DETAIL_ROLE) == "مكتملة"
    image = steps.viewport().grab(row).toImage()
    badge_columns = [
        x for x in range(image.width()) for y in range(image.height())
        if saturated(image.pixelColor(x, y))  # the badge is the row's only colour
    ]  # fmt: skip
    assert badge_columns and min(badge_columns) > image.width() * 3 // 4
    # ISO dates keep their order (Qt reverses a date format's parts under right to left).
    page = arabic.current_page()
    assert page is not None
    dates = [entry.lineEdit().text() for entry in page.findChildren(DateTimeEntry) if entry.date_only]
    assert dates and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}|Not set", text) for text in dates), dates


def test_every_step_name_is_in_the_catalogues() -> None:
    assert [step.title for step in STEPS] == list(STEP_NAMES)


def test_without_a_choice_the_system_language_is_followed(window: MainWindow) -> None:
    assert languages.chosen_language(window.preferences, QLocale("de_AT")).code == "de"
    assert languages.chosen_language(window.preferences, QLocale("ja_JP")).code == "ja"
    assert languages.chosen_language(window.preferences, QLocale("pt_BR")).code == "en"  # not spoken: English
    choose_language(window, "Français")
    assert languages.chosen_language(window.preferences, QLocale("de_AT")).code == "fr"


@pytest.mark.parametrize("code", update.TRANSLATED)
def test_every_language_loads_qt_and_ours(qapp: QApplication, code: str, english_after: None) -> None:
    language = languages.language_named(code)
    assert language is not None
    assert languages.install(qapp, language) == ["qtbase", languages.CATALOGUE]
    assert languages.step_title(STEPS[0]) != "Overview"


def _messages(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) → its translations (plural forms), from a .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            unfinished = translation.get("type") == "unfinished"
            found[(name, message.findtext("source") or "")] = [""] if unfinished else forms
    return found


def test_catalogues_translate_every_text_of_the_source(tmp_path: Path) -> None:
    update.extract("de", tmp_path)  # what the source marks today, in a fresh catalogue
    wanted = set(_messages(update.ts_path("de", tmp_path)))
    for code in update.TRANSLATED:
        have = _messages(update.ts_path(code))
        assert set(have) == wanted, f"{code}: run python -m ui.i18n.update and translate the new texts"
        untranslated = [key for key, forms in have.items() if not all(forms)]
        assert not untranslated, f"{code}: untranslated {untranslated[:5]}"


@pytest.mark.parametrize("code", update.TRANSLATED)
def test_compiled_catalogue_matches_its_source(tmp_path: Path, code: str) -> None:
    compiled = update.compile_catalogue(code, into=tmp_path)
    assert compiled.read_bytes() == languages.catalogue_path(code).read_bytes(), (
        f"{compiled.name} is older than its .ts: run python -m ui.i18n.update"
    )
