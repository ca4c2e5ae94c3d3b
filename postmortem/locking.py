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
from dataclasses import dataclass
from pathlib import Path

from postmortem.recovery import pid_alive


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    user: str
    since: str

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.since})"


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
        return LockOwner(int(data["pid"]), str(data["host"]), str(data["user"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _me() -> LockOwner:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    since = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    return LockOwner(os.getpid(), socket.gethostname(), user, since)


def is_stale(owner: LockOwner | None) -> bool:
    if owner is None:
        return True  # unreadable or half-written: nobody can be relying on it
    if owner.host != socket.gethostname():
        return False
    return not pid_alive(owner.pid)


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
        me = _me()
        payload = json.dumps(me.__dict__).encode("utf-8")
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                owner = _read_owner(self.path)
                if owner is not None and not is_stale(owner):
                    raise DocumentLocked(self.document, owner) from None
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
                continue
            except OSError:
                return False
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
            self.held = True
            return True
        return False

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
            data = Path(path).read_bytes()
            stat = Path(path).stat()
        except OSError:
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
