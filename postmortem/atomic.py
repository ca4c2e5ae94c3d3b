"""Atomic file replacement: readers see the old file or the new one, never half."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from postmortem.errors import DocumentError


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to a temp file in the same folder, fsync it, rename it over
    `path`, then fsync the folder so the rename itself survives a power cut.

    Raises `DocumentError` (the old file untouched) when any step fails.
    """
    target = Path(path)
    folder = target.parent
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise DocumentError(target, f"cannot save: {error.strerror or error}") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temp.chmod(mode)
        temp.replace(target)
        _fsync_folder(folder)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise DocumentError(target, f"cannot save: {error.strerror or error}") from None


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot fsync a folder; the data itself is synced
    finally:
        os.close(fd)
