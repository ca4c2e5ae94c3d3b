"""Reading untrusted files: regular files only, never more than a fixed number of bytes.

`stat()` cannot be trusted for either question: `/dev/zero` reports a size
of 0 and never ends, and opening a FIFO blocks until someone writes to it.
So the file is opened without blocking and without following a final
symlink twice, the *opened* descriptor is checked (a symlink's target gets
the same checks as a plain path), and bytes are counted as they arrive.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from postmortem.errors import DocumentError

_KINDS = (
    (stat.S_ISDIR, "is a folder, not a file"),
    (stat.S_ISFIFO, "is a pipe (FIFO), not a regular file"),
    (stat.S_ISCHR, "is a device, not a regular file"),
    (stat.S_ISBLK, "is a device, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
)


def kind_problem(mode: int) -> str | None:
    """Why a file of this mode cannot be read or written as a document; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((reason for test, reason in _KINDS if test(mode)), "is not a regular file")


def _size_text(size: int) -> str:
    if size >= 2**20:
        return f"{size // 2**20} MB"
    return f"{size // 1024} KB" if size >= 1024 else f"{size} bytes"


def read_regular(
    path: str | os.PathLike[str],
    limit: int,
    *,
    error: type[DocumentError] = DocumentError,
    kind: str = "file",
) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; else `error` with one line."""
    source = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(source, flags)
    except IsADirectoryError:
        raise error(source, f"is a folder, not a {kind}") from None
    except OSError as failure:
        raise error(source, f"cannot read: {failure.strerror or failure}") from None
    try:
        status = os.fstat(fd)
        if stat.S_ISDIR(status.st_mode):
            raise error(source, f"is a folder, not a {kind}")
        problem = kind_problem(status.st_mode)
        if problem:
            raise error(source, problem)
        if status.st_size > limit:  # refused before reading; the count below catches the rest
            raise error(source, f"file is {_size_text(status.st_size)}; the limit is {_size_text(limit)}")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise error(source, f"file is larger than {_size_text(limit)}, the limit")
    except OSError as failure:
        raise error(source, f"cannot read: {failure.strerror or failure}") from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def regular_or_absent(path: str | os.PathLike[str]) -> str | None:
    """Why `path` (its symlink's target, if a link) cannot be replaced by a regular file; None if it can."""
    try:
        mode = Path(path).stat().st_mode
    except FileNotFoundError:
        return None
    except OSError as failure:
        return f"cannot be checked: {failure.strerror or failure}"
    return kind_problem(mode)
