"""Bringing work back in whichever window suits it: recovering what a crash left, and
opening an earlier version read-only beside the document.

These act across sessions (the work may open in a new window, or in the
window already editing the file), so they are functions over
`DocumentSession`s rather than methods of one.
"""

from __future__ import annotations

from pathlib import Path

from postmortem.errors import DocumentError
from postmortem.workspace.locking import DocumentLocked
from postmortem.workspace.recovery import RecoveryOffer
from postmortem.workspace.versions import Version
from ui.i18n.languages import translate
from ui.session import DocumentSession
from ui.session_text import clock


def recovery_offers(
    session: DocumentSession, *, only: Path | None = None, first: Path | None = None
) -> list[RecoveryOffer]:
    """The snapshots no running window holds (those of `only`, or all with `first`'s first)."""
    store = session.keep.stores.recovery
    busy = {other.keep.autosave.key for other in DocumentSession.live()}
    snapshots = [s for s in store.pending() if s.key not in busy]
    if only is not None:
        snapshots = [s for s in snapshots if s.source == only]
    elif first is not None:
        target = Path(first).resolve()
        snapshots.sort(key=lambda s: s.source != target)
    offers = []
    for snapshot in snapshots:
        try:
            offers.append(store.offer(snapshot))
        except DocumentError:
            continue  # unreadable (a newer app's format?): left where it is, never deleted
    return offers


def _elsewhere(session: DocumentSession) -> DocumentSession:
    """`session` when it shows nothing, else a new window's."""
    if not session.active or session.open_window is None:
        return session
    return session.open_window()


def recover(session: DocumentSession, offer: RecoveryOffer) -> bool:
    """Open the snapshot's work, marked unsaved; True when it is open (the snapshot then moves
    to the window's own autosave)."""
    snapshot = offer.snapshot
    source = snapshot.source
    if source is not None and source.exists():
        target = DocumentSession.editing(source)
        if target is None:
            target = _elsewhere(session)
            if not target.open(source, offer=False) or target.read_only:
                if target is not session:
                    target.close_requested.emit()
                kept = translate(
                    "RecoveryActions", "“%1” could not be opened for editing, so its work stays kept."
                )
                session.say(kept.replace("%1", source.name))
                return False
        # Undo goes back to the saved file; the document is modified until saved.
        recover = translate("RecoveryActions", "Recover unsaved changes")
        target.controller.replace_content(offer.document, text=recover)
    else:
        lock = None
        if source is not None:  # the file is gone: the work goes back where it was
            try:
                lock = session.keep.claim(source)
            except DocumentLocked as locked:
                kept = translate("RecoveryActions", "“%1” is open by %2; its work stays kept.")
                session.say(kept.replace("%1", source.name).replace("%2", locked.owner.describe()))
                return False
        target = _elsewhere(session)
        key = snapshot.key if source is None else None
        target.show(offer.document, source, lock=lock, saved=False, key=key)
    autosave = target.keep.autosave
    if autosave.write_now() and autosave.key != snapshot.key:
        session.keep.stores.recovery.remove(snapshot.key)
    target.raise_requested.emit()
    return True


def discard(session: DocumentSession, offer: RecoveryOffer) -> bool:
    if not session.questions.discard_snapshot(offer.snapshot.title or "Untitled postmortem"):
        return False
    session.keep.stores.recovery.remove(offer.snapshot.key)
    return True


def open_version(session: DocumentSession, version: Version) -> DocumentSession | None:
    """The version, read-only, in a window of its own."""
    document = session.load_version(version)
    if document is None or session.open_window is None:
        return None
    other = session.open_window()
    when = clock(version.shown_time)
    why = translate(
        "RecoveryActions", "the version of “%1” saved at %2. To bring it back, use Restore in File ▸ Versions"
    ).replace("%1", session.name)
    note = translate("RecoveryActions", "read-only, version of %1").replace("%1", when)
    other.show(document, None, read_only=True, note=note, why=why.replace("%2", when))
    return other
