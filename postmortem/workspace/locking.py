"""Who has a document open: a lock file beside it, and on-disk change stamps.

The lock file (`.name.postmortem.lock`, JSON with pid, host, user and
time) tells a second window or instance that someone is editing the file.
A lock whose process is gone on this host is stale and taken over; a lock
from another host is reported, since we cannot tell whether it is alive.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import hashlib
import json
import os
import socket
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from postmortem.errors import DocumentError
from postmortem.limits import MAX_DOCUMENT_BYTES
from postmortem.safeio import read_regular
from postmortem.workspace.processes import process_alive, process_token


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    user: str
    since: str  # ISO 8601 with the offset
    process: str = ""  # `processes.process_token`, "" when unknown

    def describe(self) -> str:
        """'ana on build-7 (process 4242, since 14:02)', for a question to the writer."""
        return f"{self.user} on {self.host} (process {self.pid}, since {_when(self.since)})"


def _when(since: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(since).astimezone()
    except ValueError:
        return since
    if moment.date() == dt.datetime.now().astimezone().date():
        return f"{moment:%H:%M}"
    return f"{moment:%Y-%m-%d %H:%M}"


class DocumentLocked(Exception):
    def __init__(self, path: Path, owner: LockOwner) -> None:
        self.path = path
        self.owner = owner
        super().__init__(f"{path}: already open by {owner.describe()}")


def lock_path(document: Path) -> Path:
    return document.with_name(f".{document.name}.lock")


def _read_owner(path: Path) -> LockOwner | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockOwner(
            int(data["pid"]),
            str(data["host"]),
            str(data["user"]),
            str(data["since"]),
            str(data.get("process", "")),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _me() -> LockOwner:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    since = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    return LockOwner(os.getpid(), socket.gethostname(), user, since, process_token(os.getpid()))


def is_stale(owner: LockOwner | None) -> bool:
    if owner is None:
        return True  # unreadable: nobody can be relying on it (locks are written whole, see _create)
    if owner.host != socket.gethostname():
        return False
    return not process_alive(owner.pid, owner.process)


class DocumentLock:
    """Hold the lock for one document while it is open for editing."""

    def __init__(self, document: Path) -> None:
        self.document = Path(document)
        self.path = lock_path(self.document)
        self.held = False

    def owner(self) -> LockOwner | None:
        """The live owner of the lock, or None when it is free or stale."""
        owner = _read_owner(self.path) if self.path.exists() else None
        return None if owner is None or is_stale(owner) else owner

    def acquire(self) -> bool:
        """Take the lock. Raises DocumentLocked if someone alive holds it.
        Returns False when the folder does not allow a lock file (read-only
        media): editing goes on, without protection against a second writer."""
        payload = json.dumps(asdict(_me())).encode("utf-8")
        for _ in range(3):
            try:
                if self._create(payload):
                    self.held = True
                    return True
            except OSError:
                return False
            owner = _read_owner(self.path)
            if owner is not None and not is_stale(owner):
                raise DocumentLocked(self.document, owner)
            self._take_over(owner)
        return False

    def _create(self, payload: bytes) -> bool:
        """Create the lock file whole, or return False if it exists.

        The payload goes to a private file first and is then hard-linked into
        place, so that nobody ever reads a half-written lock and takes it for
        a stale one. Where hard links are not supported, exclusive creation.
        """
        temp = self.path.with_name(f"{self.path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
        temp.write_bytes(payload)
        try:
            os.link(temp, self.path)
            return True
        except FileExistsError:
            return False
        except OSError:
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                return False
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
            return True
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()

    def _take_over(self, seen: LockOwner | None) -> None:
        """Remove the stale lock we read, but never a fresh one another instance
        put there meanwhile (two instances may find the same stale lock)."""
        aside = self.path.with_name(f"{self.path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.stale")
        try:
            self.path.rename(aside)
        except OSError:
            return  # gone already: someone else took it over, or released it
        if _read_owner(aside) != seen:
            with contextlib.suppress(OSError):
                os.link(aside, self.path)  # not the stale one: put it back
        with contextlib.suppress(OSError):
            aside.unlink()

    def release(self) -> None:
        if not self.held:
            return
        owner = _read_owner(self.path)
        if owner is not None and owner.pid == os.getpid() and owner.host == socket.gethostname():
            with contextlib.suppress(OSError):
                self.path.unlink()
        self.held = False


@dataclass(frozen=True)
class FileStamp:
    """What a file looked like when we last read or wrote it."""

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, path: Path) -> FileStamp | None:
        try:
            # Time first, bytes second: if the file changes in between, the
            # stamp's time is older than the file's, so the change is noticed.
            stat = Path(path).stat()
            # Never a FIFO or a device: reading one would hang or fill memory.
            data = read_regular(path, MAX_DOCUMENT_BYTES)
        except (OSError, DocumentError):
            return None
        return cls(len(data), stat.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def changed_on_disk(self, path: Path) -> bool:
        """True when another program has changed (or removed) the file since."""
        try:
            stat = Path(path).stat()
        except OSError:
            return True
        if stat.st_size == self.size and stat.st_mtime_ns == self.mtime_ns:
            return False
        current = FileStamp.of(path)
        return current is None or current.digest != self.digest
