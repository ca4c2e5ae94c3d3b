"""Earlier versions of each document, kept on every save.

Before a save replaces a file, the bytes it is about to replace are copied
into the user data folder; the newest `keep` copies per document survive.
Versions are read-only snapshots of what was on disk, so restoring one is
just loading it and letting the editor apply it (undoably).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG

from postmortem.atomic import atomic_write
from postmortem.errors import DocumentError
from postmortem.fileformat import load
from postmortem.limits import MAX_DOCUMENT_BYTES
from postmortem.model import Document
from postmortem.safeio import read_regular

KEEP = 20


@dataclass(frozen=True)
class Version:
    """One earlier content of a document, as it was on disk."""

    path: Path
    saved_at: dt.datetime  # when this content was replaced by a newer save (UTC)
    size: int
    written_at: dt.datetime | None = None  # when the writer saved this content (the file's time)
    source: Path | None = None  # the document it is a version of

    @property
    def shown_time(self) -> dt.datetime:
        """The time a writer knows this version by: when they saved it."""
        return self.written_at or self.saved_at

    def load(self) -> Document:
        """The version's document; it lives in the source's folder (its logo is there)."""
        document = load(self.path)
        if self.source is not None:
            document.folder = self.source.parent
        return document


class VersionStore:
    """Versions of every document, one folder per document (by default `userdirs.versions_dir()`)."""

    def __init__(self, folder: Path, keep: int = KEEP) -> None:
        self.folder = Path(folder)
        self.keep = keep

    def folder_for(self, source: Path) -> Path:
        resolved = Path(source).resolve()
        digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:16]
        return self.folder / f"{resolved.stem[:40]}-{digest}"

    def record(self, source: Path, *, now: dt.datetime | None = None) -> Version | None:
        """Keep the file's current content as a version; None if there is no file yet
        or the newest version already holds the same bytes. Raises DocumentError
        when the version cannot be written."""
        try:
            stat = Path(source).stat()
            if not S_ISREG(stat.st_mode):
                return None  # a FIFO or device is no earlier version of anything
            data = read_regular(source, MAX_DOCUMENT_BYTES)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise DocumentError(source, f"cannot keep the previous version: {error.strerror}") from None
        versions = self.list(source)
        if versions and _read(versions[0].path) == data:
            return None
        moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        folder = self.folder_for(source)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DocumentError(folder, f"cannot keep the previous version: {error.strerror}") from None
        digest = hashlib.sha256(data).hexdigest()[:8]
        path = folder / f"{moment:%Y%m%dT%H%M%S%fZ}-{digest}.postmortem"
        atomic_write(path, data)
        with contextlib.suppress(OSError):
            # The copy keeps the time the writer saved that content: the time they know it by.
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        self._prune(source)
        written = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC)
        return Version(path, moment, len(data), written, Path(source).resolve())

    def list(self, source: Path) -> list[Version]:
        """Versions of one document, newest first."""
        folder = self.folder_for(source)
        if not folder.is_dir():
            return []
        resolved = Path(source).resolve()
        versions = []
        for path in folder.glob("*.postmortem"):
            stamp = path.name.split("-", 1)[0]
            try:
                moment = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
                stat = path.stat()
            except (ValueError, OSError):
                continue  # not ours, or pruned by another instance meanwhile
            written = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC)
            versions.append(Version(path, moment, stat.st_size, written, resolved))
        return sorted(versions, key=lambda v: v.saved_at, reverse=True)

    def _prune(self, source: Path) -> None:
        for old in self.list(source)[self.keep :]:
            old.path.unlink(missing_ok=True)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None
