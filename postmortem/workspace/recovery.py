"""Recovery snapshots: the writer's unsaved work, kept apart from their file.

The app writes a snapshot shortly after each pause in typing; a clean save
or close removes it. After a crash, `RecoveryStore.pending()` lists the
snapshots no running instance owns, so the next launch can offer them, and
`RecoveryStore.offer()` says what each one would bring back.
A snapshot is a small JSON envelope around the document's file text:
readable, atomic, never a pickle.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import socket
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from postmortem.atomic import atomic_write
from postmortem.errors import DocumentError
from postmortem.fileformat import dumps, load, loads
from postmortem.model import SECTIONS, Document
from postmortem.workspace.processes import process_alive, process_token

SUFFIX = ".recovery.json"
KIND = "postmortem-studio-recovery"


@dataclass(frozen=True)
class Snapshot:
    """The facts about one recovery snapshot (its document text is read on demand)."""

    key: str
    path: Path
    source: Path | None  # the file being edited, None for an untitled document
    saved_at: dt.datetime  # when the snapshot was written (UTC)
    pid: int
    host: str
    title: str
    process: str = ""  # `process_token` of the writer, "" when unknown

    def owned_by_live_process(self) -> bool:
        """True when another running instance on this machine is still writing this snapshot.

        Snapshots written by this very process count as not owned: the app
        skips the ones its own windows hold, and a test can "crash" a window
        without ending the process.
        """
        if self.host != socket.gethostname() or self.pid == os.getpid():
            return False
        return process_alive(self.pid, self.process)


def snapshot_key(source: Path | None) -> str:
    """One key per file, so a file never has two competing snapshots."""
    if source is None:
        return f"untitled-{uuid.uuid4().hex[:12]}"
    digest = hashlib.sha256(str(Path(source).resolve()).encode("utf-8")).hexdigest()
    return f"{Path(source).stem[:40]}-{digest[:16]}"


def spare_key(source: Path | None) -> str:
    """A second key for a file whose own key holds a crashed instance's snapshot,
    so that autosaving the file again never overwrites work not yet recovered."""
    return f"{snapshot_key(source)}-{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class RecoveryOffer:
    """What recovering one snapshot would bring back, compared with the file on disk."""

    snapshot: Snapshot
    document: Document
    saved: Document | None  # the file as it is on disk; None when never saved, gone or unreadable
    problem: str  # why there is no saved file to compare with, in words ("" when there is)
    sections: list[str] = field(default_factory=list)  # changed sections, in document order
    fields: list[str] = field(default_factory=list)  # changed fields: "summary.text", "timeline.events"

    @property
    def never_saved(self) -> bool:
        return self.snapshot.source is None


class RecoveryStore:
    """Snapshots in one folder (by default `userdirs.recovery_dir()`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path_for(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def write(self, key: str, document: Document, source: Path | None) -> Path:
        """Atomically write a snapshot; returns its path. Raises DocumentError. (The app calls
        this on a worker thread, with a copy of the document made when the writer paused.)"""
        return self.write_prepared(key, self.prepare(document, source))

    def write_prepared(self, key: str, snapshot: bytes) -> Path:
        """Atomically write what `prepare` made; returns its path. Raises DocumentError."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DocumentError(
                self.folder, f"cannot keep a recovery copy: {error.strerror or error}"
            ) from None
        path = self.path_for(key)
        atomic_write(path, snapshot)
        return path

    def prepare(self, document: Document, source: Path | None) -> bytes:
        """The snapshot of `document` as it is now, as the bytes `write_prepared` writes."""
        envelope = {
            "kind": KIND,
            "source": str(Path(source).resolve()) if source else None,
            "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "process": process_token(os.getpid()),
            "host": socket.gethostname(),
            "title": document.meta.title,
            "document": dumps(document),
        }
        return json.dumps(envelope, ensure_ascii=False, indent=1).encode("utf-8")

    def remove(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(key).unlink()

    def read(self, path: Path) -> tuple[Snapshot, str]:
        """The snapshot's facts and its document text; DocumentError if unreadable."""
        try:
            envelope: Any = json.loads(Path(path).read_text(encoding="utf-8"))
            if envelope.get("kind", KIND) != KIND:
                raise ValueError("not a Postmortem Studio recovery snapshot")
            source = envelope["source"]
            saved_at = dt.datetime.fromisoformat(envelope["saved_at"])
            snapshot = Snapshot(
                key=Path(path).name.removesuffix(SUFFIX),
                path=Path(path),
                source=Path(source) if source else None,
                saved_at=saved_at if saved_at.tzinfo else saved_at.replace(tzinfo=dt.UTC),
                pid=int(envelope["pid"]),
                host=str(envelope["host"]),
                title=str(envelope.get("title", "")),
                process=str(envelope.get("process", "")),
            )
            return snapshot, str(envelope["document"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise DocumentError(path, f"unreadable recovery snapshot: {error}") from None

    def pending(self) -> list[Snapshot]:
        """Snapshots left behind by instances that are no longer running, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob(f"*{SUFFIX}"):
            try:
                snapshot, _ = self.read(path)
            except DocumentError:
                continue
            if not snapshot.owned_by_live_process():
                found.append(snapshot)
        return sorted(found, key=lambda s: s.saved_at, reverse=True)

    def load(self, snapshot: Snapshot) -> Document:
        _, text = self.read(snapshot.path)
        document = loads(text, snapshot.path)
        if snapshot.source is not None:
            document.folder = snapshot.source.parent
        return document

    def offer(self, snapshot: Snapshot) -> RecoveryOffer:
        """What recovering `snapshot` brings back; DocumentError when the snapshot is unreadable."""
        document = self.load(snapshot)
        if snapshot.source is None:
            empty = Document()
            sections, fields = changed_sections(empty, document), changed_fields(empty, document)
            return RecoveryOffer(snapshot, document, None, "never saved", sections, fields)
        if not snapshot.source.exists():
            return RecoveryOffer(snapshot, document, None, "the file is no longer there")
        try:
            saved = load(snapshot.source)
        except DocumentError as error:
            return RecoveryOffer(snapshot, document, None, f"the saved file cannot be read: {error.reason}")
        return RecoveryOffer(
            snapshot, document, saved, "", changed_sections(saved, document), changed_fields(saved, document)
        )


def changed_sections(before: Document, after: Document) -> list[str]:
    """Names of the top-level sections that differ, in document order."""
    return [name for name in SECTIONS if getattr(before, name) != getattr(after, name)]


def changed_fields(before: Document, after: Document) -> list[str]:
    """Locations of the fields that differ, one level into each section, in document order:
    ``["summary.text", "timeline.events"]``."""
    found = []
    for name in changed_sections(before, after):
        old = getattr(before, name).model_dump(mode="json")
        new = getattr(after, name).model_dump(mode="json")
        found += [f"{name}.{key}" for key in new if old.get(key) != new.get(key)]
    return found
