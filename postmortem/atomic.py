"""Atomic file replacement: readers see the old file or the new one, never half."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from postmortem.errors import DocumentError
from postmortem.safeio import regular_or_absent


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to a temp file in the same folder, fsync it, rename it over
    `path`, then fsync the folder so the rename itself survives a power cut.

    Only a regular file or a new name is written: a FIFO, device or socket
    at `path` (or at the end of its symlink) is refused, and so is a file
    the writer may not change (mode without write bits, or no permission);
    a rename would silently replace them. A symlink is followed: the file it
    points to is replaced, atomically, and the link stays a link.

    Raises `DocumentError` (the old file untouched) when any step fails.
    """
    named = Path(path)
    target = Path(os.path.realpath(named)) if named.is_symlink() else named
    folder = target.parent
    problem = writable_problem(target)
    if problem:
        raise DocumentError(named, f"cannot save: {problem}; nothing was changed")
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise DocumentError(named, f"cannot save: {_reason(error, folder)}") from None
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
        raise DocumentError(named, f"cannot save: {_reason(error, folder)}") from None


def writable_problem(path: str | os.PathLike[str]) -> str | None:
    """Why a save must not replace `path` (a symlink's target checked), or None when it may."""
    problem = regular_or_absent(path)
    if problem:
        return problem
    try:
        mode = Path(path).stat().st_mode
    except FileNotFoundError:
        return None
    except OSError as error:
        return error.strerror or str(error)
    # Root may write anything, so the mode bits say what the owner meant.
    if not mode & 0o222 or not os.access(path, os.W_OK):
        return "the file is read-only"
    return None


# What the writer can do something about, said plainly; the system's words follow in brackets.
_PLAIN = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "your disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "you may not write in {folder}",
    errno.EPERM: "you may not write in {folder}",
}


def _reason(error: OSError, folder: Path) -> str:
    system = error.strerror or str(error)
    if error.errno == errno.ENOENT and not folder.is_dir():
        return f"the folder {folder} no longer exists ({system})"
    plain = _PLAIN.get(error.errno or 0)
    return f"{plain.format(folder=folder)} ({system})" if plain else system


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
