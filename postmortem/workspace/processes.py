"""Whether the process that wrote a lock or a snapshot is still running (psutil).

A process id alone is not enough: after a crash and a reboot, or after
many processes, the id is given to another program. So a writer records a
token with its start time, and a live process with that id counts as the
writer only when its start time matches.
"""

from __future__ import annotations

import psutil

_PREFIX = "start:"


def process_token(pid: int) -> str:
    """What tells this process apart from a later one given the same id; '' if unknown."""
    try:
        return f"{_PREFIX}{psutil.Process(pid).create_time():.3f}"
    except (psutil.Error, ValueError):
        return ""


def process_alive(pid: int, token: str = "") -> bool:
    """True when the process that wrote `token` (see `process_token`) is still running.

    Without a token (or with one an older version wrote), the id alone is trusted.
    """
    if pid <= 0:
        return False
    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return False  # ended; only its exit status is left for its parent
        started = process.create_time()
    except psutil.NoSuchProcess:
        return False
    except psutil.AccessDenied:
        return True  # exists, owned by someone else
    if not token.startswith(_PREFIX):
        return True
    return token == f"{_PREFIX}{started:.3f}"
