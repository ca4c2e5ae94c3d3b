"""The dialogs that bring work back, each wired to a `DocumentSession`.

- the offer to recover work a crash left behind (`RecoveryDialog`);
- File ▸ Versions (`VersionsDialog`): open one read-only, or restore it.

Both are window-modal and delete themselves when closed; what they do is
`recovery_actions` and the session's, so tests can do it without them.
The dialogs' modules load when one is first shown, not with the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QWidget

from ui.session import DocumentSession

if TYPE_CHECKING:
    from postmortem.workspace.recovery import RecoveryOffer
    from postmortem.workspace.versions import Version
    from ui.recovery_dialog import RecoveryDialog
    from ui.versions_dialog import VersionsDialog


def offer_recovery(
    parent: QWidget,
    session: DocumentSession,
    offered: SignalInstance,
    *,
    only: Path | None = None,
    first: Path | None = None,
) -> RecoveryDialog | None:
    """Offer to recover work autosaved by windows that are gone; None when there is none.
    `offered` is emitted with the dialog once it is open."""
    from ui import recovery_actions  # with the first offer, after the first paint

    offers = recovery_actions.recovery_offers(session, only=only, first=first)
    if not offers:
        return None
    from ui.recovery_dialog import RecoveryDialog

    dialog = RecoveryDialog(offers, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    def recover(offer: RecoveryOffer) -> None:
        if recovery_actions.recover(session, offer):
            dialog.settled(offer)

    def discard(offer: RecoveryOffer) -> None:
        if recovery_actions.discard(session, offer):
            dialog.settled(offer)

    dialog.recover_requested.connect(recover)
    dialog.discard_requested.connect(discard)
    dialog.open()
    offered.emit(dialog)
    return dialog


def show_versions(parent: QWidget, session: DocumentSession) -> VersionsDialog | None:
    """Earlier versions of the session's file; None for a file never saved."""
    from ui import recovery_actions

    if session.controller.path is None:
        return None
    from ui.versions_dialog import VersionsDialog

    dialog = VersionsDialog(session.controller.title, session.versions(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open_requested.connect(lambda version: recovery_actions.open_version(session, version))
    def restore(version: Version) -> None:
        if session.restore_version(version):
            dialog.accept()

    dialog.restore_requested.connect(restore)
    dialog.open()
    return dialog
