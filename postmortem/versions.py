"""Earlier versions of each document, kept on every save.

Before a save replaces a file, the bytes it is about to replace are copied
into the user data folder; the newest `keep` copies per document survive.
Versions are read-only snapshots of what was on disk, so restoring one is
just loading it and letting the editor apply it (undoably).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from postmortem.atomic import atomic_write
from postmortem.fileformat import load
from postmortem.model import Document

KEEP = 20


@dataclass(frozen=True)
class Version:
    path: Path
    saved_at: dt.datetime  # when this content was replaced by a newer save
    size: int

    def load(self) -> Document:
        return load(self.path)


class VersionStore:
    def __init__(self, folder: Path, keep: int = KEEP) -> None:
        self.folder = Path(folder)
        self.keep = keep

    def folder_for(self, source: Path) -> Path:
        resolved = Path(source).resolve()
        digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:16]
        return self.folder / f"{resolved.stem[:40]}-{digest}"

    def record(self, source: Path, *, now: dt.datetime | None = None) -> Version | None:
        """Keep the file's current content as a version; None if there is no file yet
        or the newest version already holds the same bytes."""
        try:
            data = Path(source).read_bytes()
        except FileNotFoundError:
            return None
        versions = self.list(source)
        if versions and versions[0].path.read_bytes() == data:
            return None
        moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        folder = self.folder_for(source)
        folder.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256(data).hexdigest()[:8]
        path = folder / f"{moment:%Y%m%dT%H%M%S%fZ}-{digest}.postmortem"
        atomic_write(path, data)
        self._prune(source)
        return Version(path, moment, len(data))

    def list(self, source: Path) -> list[Version]:
        """Versions of one document, newest first."""
        folder = self.folder_for(source)
        if not folder.is_dir():
            return []
        versions = []
        for path in folder.glob("*.postmortem"):
            stamp = path.name.split("-", 1)[0]
            try:
                moment = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
            except ValueError:
                continue
            versions.append(Version(path, moment, path.stat().st_size))
        return sorted(versions, key=lambda v: v.saved_at, reverse=True)

    def _prune(self, source: Path) -> None:
        for old in self.list(source)[self.keep :]:
            old.path.unlink(missing_ok=True)
