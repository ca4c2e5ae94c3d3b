"""The offer to recover unsaved work after a crash: one card per autosaved document.

Each card says which document it is, where it lives (or that it was never
saved), when it was last autosaved, and which sections differ from the
saved file. Recover opens the work (marked unsaved, so the writer saves it
deliberately); Discard deletes the snapshot after asking; closing the
dialog ("Not now") keeps every snapshot left, to be offered again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from postmortem.model import SECTION_TITLES
from postmortem.workspace.recovery import RecoveryOffer
from ui import style
from ui.i18n.languages import translate
from ui.undo_commands import field_label


def when_text(moment: dt.datetime, now: dt.datetime | None = None) -> str:
    """'Autosaved 3 minutes ago (14:02)', in the writer's local time."""
    local = moment.astimezone()
    now = (now or dt.datetime.now(dt.UTC)).astimezone()
    minutes = max(0, int((now - local).total_seconds() // 60))
    if minutes < 1:
        ago = translate("RecoveryDialog", "less than a minute ago")
    elif minutes < 60:
        ago = translate("RecoveryDialog", "%n minute(s) ago", None, minutes)
    elif minutes < 48 * 60:
        ago = translate("RecoveryDialog", "%n hour(s) ago", None, minutes // 60)
    else:
        ago = translate("RecoveryDialog", "%n day(s) ago", None, minutes // (24 * 60))
    clock = f"{local:%H:%M}" if local.date() == now.date() else f"{local:%Y-%m-%d %H:%M}"
    return translate("RecoveryDialog", "Autosaved %1 (%2)").replace("%1", ago).replace("%2", clock)


def shown_path(path: Path) -> str:
    """The path as the writer knows it: '~/incidents/outage.postmortem' under their home folder."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except (ValueError, RuntimeError):
        return str(path)


def changes_text(offer: RecoveryOffer) -> str:
    """'Changed since saved: Summary; Timeline (events)' or what there is instead."""
    grouped: dict[str, list[str]] = {}
    for location in offer.fields:
        section, name = location.split(".", 1)
        grouped.setdefault(section, []).append(field_label((section, name)))
    parts = []
    for section in offer.sections:
        title = SECTION_TITLES.get(section, section)
        names = [n for n in grouped.get(section, []) if n.lower() != title.lower()]
        parts.append(f"{title} ({', '.join(names)})" if names else title)
    listing = "; ".join(parts)
    if offer.never_saved:
        written = translate("RecoveryDialog", "Never saved. Written so far: %1.").replace("%1", listing)
        return written if listing else translate("RecoveryDialog", "Never saved.")
    if offer.problem:
        return translate("RecoveryDialog", "Cannot compare with the saved file: %1.").replace(
            "%1", offer.problem
        )
    if not parts:
        return translate("RecoveryDialog", "Same as the saved file.")
    return translate("RecoveryDialog", "Changed since saved: %1.").replace("%1", listing)


class RecoveryCard(QFrame):
    """One autosaved document and what can be done with it."""

    def __init__(self, offer: RecoveryOffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        style.decorate(self)
        self.offer = offer
        snapshot = offer.snapshot
        self.title = QLabel(snapshot.title or self.tr("Untitled postmortem"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.where = QLabel(
            shown_path(snapshot.source) if snapshot.source else self.tr("A new document, never saved"), self
        )
        self.where.setToolTip(str(snapshot.source or ""))
        style.set_role(self.where, "hint")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.when = QLabel(when_text(snapshot.saved_at), self)
        self.changes = QLabel(changes_text(offer), self)
        self.changes.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Discard…"), self)
        self.discard_button.setAccessibleName(
            self.tr("Discard the unsaved work in %1").replace("%1", self.title.text())
        )
        self.recover_button = QPushButton(self.tr("Recover"), self)
        self.recover_button.setAccessibleName(self.tr("Recover %1").replace("%1", self.title.text()))
        text = QVBoxLayout()
        text.setSpacing(3)
        for label in (self.title, self.where, self.when, self.changes):
            label.setTextFormat(Qt.TextFormat.PlainText)
            text.addWidget(label)
        buttons = QVBoxLayout()
        buttons.addWidget(self.recover_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 14)
        row.setSpacing(16)
        row.addLayout(text, 1)
        row.addLayout(buttons)

    def texts(self) -> list[str]:
        """What the card says, top to bottom (for tests and the crash-test driver)."""
        return [label.text() for label in (self.title, self.where, self.when, self.changes)]


class RecoveryDialog(QDialog):
    """Lists the recoverable documents; emits what the writer chose for each."""

    recover_requested = Signal(object)  # RecoveryOffer
    discard_requested = Signal(object)

    def __init__(self, offers: list[RecoveryOffer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover Unsaved Work"))
        self.setObjectName("recovery-dialog")
        heading = QLabel(self.tr("Recover unsaved work"), self)
        style.set_role(heading, "step-title")
        intro = QLabel(
            self.tr(
                "Postmortem Studio closed before these changes were saved. Their last autosaved "
                "copies are here; recover them to keep writing."
            ),
            self,
        )
        intro.setWordWrap(True)
        style.set_role(intro, "guide")
        self.cards: list[RecoveryCard] = []
        holder = QWidget(self)
        self.column = QVBoxLayout(holder)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(10)
        for offer in offers:
            card = RecoveryCard(offer, holder)
            card.recover_button.clicked.connect(lambda _c=False, o=offer: self.recover_requested.emit(o))
            card.discard_button.clicked.connect(lambda _c=False, o=offer: self.discard_requested.emit(o))
            self.column.addWidget(card)
            self.cards.append(card)
        self.column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        later = QLabel(self.tr("Not now keeps the autosaved copies; they are offered again next time."), self)
        style.set_role(later, "hint")
        later.setWordWrap(True)
        box = QDialogButtonBox(self)
        self.later_button = box.addButton(self.tr("Not Now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setAutoDefault(False)
        box.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(later, 1)
        bottom.addWidget(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        if self.cards:
            first = self.cards[0].recover_button
            first.setDefault(True)  # Enter recovers the newest; nothing is lost by accident
            first.setFocus()
        scroll.setMinimumHeight(min(holder.sizeHint().height(), 420))  # fits the cards, scrolls past four
        self.resize(660, self.minimumSizeHint().height())

    @property
    def offers(self) -> list[RecoveryOffer]:
        return [card.offer for card in self.cards]

    def card(self, offer: RecoveryOffer) -> RecoveryCard:
        return next(card for card in self.cards if card.offer is offer)

    def settled(self, offer: RecoveryOffer) -> None:
        """The snapshot was recovered or discarded: its card goes; the dialog closes when none is left."""
        card = self.card(offer)
        self.cards.remove(card)
        card.hide()
        card.deleteLater()
        if not self.cards:
            self.accept()
