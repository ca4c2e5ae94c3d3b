"""Drive the real app from inside its own process, for the crash-recovery test.

``python -m ui.testing.driver type PATH --field summary.text --text "..."``
    Starts the app on PATH exactly as ``python -m ui PATH`` does; after the
    first paint it types the text into the field (replacing what it held) with
    real key events, prints ``typed`` and keeps running, until it is killed.

``python -m ui.testing.driver offer [PATH] --field summary.text``
    Starts the app the same way. When it offers to recover work, prints the
    offer as JSON (what each card says, and the field's text in each snapshot),
    clicks Recover on the first card, prints what the recovered window shows,
    and exits without saving or closing anything.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from postmortem import editing
from postmortem.editing import Path as FieldPath
from ui.app import launch
from ui.main_window import MainWindow, app_windows
from ui.recovery_dialog import RecoveryDialog


def field_path(location: str) -> FieldPath:
    return tuple(int(part) if part.isdigit() else part for part in location.split("."))


def field_widget(window: MainWindow, location: str) -> QWidget:
    """The widget the writer types into for `location`, on its step page (shown)."""
    window.go_to(location)
    page = window.current_page()
    assert page is not None
    path = field_path(location)
    for form in page.forms:
        if path in form.widgets:
            widget = form.widgets[path]
            return getattr(widget, "editor", widget)  # a Markdown field types into its editor
    raise LookupError(location)


def widget_text(widget: QWidget) -> str:
    text = getattr(widget, "toPlainText", None) or getattr(widget, "text", None)
    assert text is not None, widget
    return str(text())


def emit(data: dict[str, Any]) -> None:
    print(json.dumps(data, ensure_ascii=False), flush=True)


def type_text(window: MainWindow, location: str, text: str) -> None:
    widget = field_widget(window, location)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_keys(widget, text)
    print("typed", flush=True)


def type_keys(widget: QWidget, text: str) -> None:
    """One key press and release per character, as a keyboard sends them.

    QTest maps only ASCII characters to keys; others (é, —) arrive as a key
    event carrying the text, as an input method delivers them.
    """
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def report_offer(window: MainWindow, dialog: RecoveryDialog, location: str) -> None:
    path = field_path(location)
    offers = [
        {
            "key": card.offer.snapshot.key,
            "source": str(card.offer.snapshot.source) if card.offer.snapshot.source else None,
            "saved_at": card.offer.snapshot.saved_at.isoformat(),
            "card": card.texts(),
            "sections": card.offer.sections,
            "fields": card.offer.fields,
            "field_text": editing.get(card.offer.document, path),
        }
        for card in dialog.cards
    ]
    emit({"offers": offers})
    first = dialog.cards[0].offer
    QTest.mouseClick(dialog.cards[0].recover_button, Qt.MouseButton.LeftButton)
    source = first.snapshot.source
    shown = next((w for w in app_windows() if source is not None and w.controller.path == source), window)
    title = shown.windowTitle().replace("[*]", "*" if shown.isWindowModified() else "")
    emit(
        {
            "recovered": {
                "title": title,
                "modified": shown.controller.is_modified(),
                "field_text": widget_text(field_widget(shown, location)),
                "snapshot_left": first.snapshot.path.exists(),
            }
        }
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.testing.driver")
    parser.add_argument("mode", choices=("type", "offer"))
    parser.add_argument("path", nargs="?")
    parser.add_argument("--field", default="summary.text")
    parser.add_argument("--text", default="")
    options = parser.parse_args(argv)
    app, window = launch(["postmortem-studio", *([options.path] if options.path else [])])

    if options.mode == "type":
        window.first_painted.connect(
            lambda: QTimer.singleShot(0, lambda: type_text(window, options.field, options.text))
        )
        return app.exec()

    def offered(dialog: RecoveryDialog) -> None:
        dialog_seen.append(dialog)

        def report_and_end() -> None:
            report_offer(window, dialog, options.field)
            os._exit(0)

        QTimer.singleShot(0, report_and_end)

    def no_offer() -> None:
        # The app offers on a zero-delay turn it queues when the window is first painted; this
        # turn is queued after it (launch connected first), so the offer, if any, came already.
        if not dialog_seen:
            emit({"offers": []})
            os._exit(0)

    dialog_seen: list[RecoveryDialog] = []
    window.recovery_offered.connect(offered)
    window.first_painted.connect(lambda: QTimer.singleShot(0, no_offer))
    return app.exec()


if __name__ == "__main__":
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    raise SystemExit(main())
