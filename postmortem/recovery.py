"""Recovery snapshots: the writer's unsaved work, kept apart from their file.

The app writes a snapshot shortly after each pause in typing; a clean save
or close removes it. After a crash, `RecoveryStore.pending()` lists the
snapshots no running instance owns, so the next launch can offer them.
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
from dataclasses import dataclass
from pathlib import Path

from postmortem.atomic import atomic_write
from postmortem.errors import DocumentError
from postmortem.fileformat import dumps, loads
from postmortem.model import SECTIONS, Document

SUFFIX = ".recovery.json"


def pid_alive(pid: int) -> bool:
    """True when a process with this id exists on this machine."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


@dataclass(frozen=True)
class Snapshot:
    key: str
    path: Path
    source: Path | None  # the file being edited, None for an untitled document
    saved_at: dt.datetime
    pid: int
    host: str
    title: str

    def owned_by_live_process(self) -> bool:
        return self.host == socket.gethostname() and self.pid != os.getpid() and pid_alive(self.pid)


def snapshot_key(source: Path | None) -> str:
    """One key per file, so a file never has two competing snapshots."""
    if source is None:
        return f"untitled-{uuid.uuid4().hex[:12]}"
    digest = hashlib.sha256(str(Path(source).resolve()).encode("utf-8")).hexdigest()
    return f"{Path(source).stem[:40]}-{digest[:16]}"


class RecoveryStore:
    """Snapshots in one folder (by default `userdirs.recovery_dir()`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path_for(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def write(self, key: str, document: Document, source: Path | None) -> Path:
        """Atomically write a snapshot; returns its path."""
        self.folder.mkdir(parents=True, exist_ok=True)
        envelope = {
            "kind": "postmortem-studio-recovery",
            "source": str(Path(source).resolve()) if source else None,
            "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "title": document.meta.title,
            "document": dumps(document),
        }
        path = self.path_for(key)
        atomic_write(path, json.dumps(envelope, ensure_ascii=False, indent=1).encode("utf-8"))
        return path

    def remove(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(key).unlink()

    def read(self, path: Path) -> tuple[Snapshot, str]:
        """The snapshot's facts and its document text; DocumentError if unreadable."""
        try:
            envelope = json.loads(Path(path).read_text(encoding="utf-8"))
            source = envelope["source"]
            snapshot = Snapshot(
                key=Path(path).name.removesuffix(SUFFIX),
                path=Path(path),
                source=Path(source) if source else None,
                saved_at=dt.datetime.fromisoformat(envelope["saved_at"]),
                pid=int(envelope["pid"]),
                host=str(envelope["host"]),
                title=str(envelope.get("title", "")),
            )
            return snapshot, str(envelope["document"])
        except (OSError, ValueError, KeyError, TypeError) as error:
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
            document._folder = str(snapshot.source.parent)
        return document


def changed_sections(before: Document, after: Document) -> list[str]:
    """Names of the top-level sections that differ, in document order."""
    return [name for name in SECTIONS if getattr(before, name) != getattr(after, name)]
