"""Copies of a document that earlier versions of the app left beside it.

The app used to hand the document to its merge as a hidden file beside it
(`.merge-XXXXXXXX.postmortem`, named by `tempfile.mkstemp`) and removed it when
the merge ended; closing the window or a crash mid-merge left it there, internal
notes and all, to travel with the folder. The merge now reads the document on
its standard input; opening a document removes what the old way left in its folder.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

LEFT_COPY = re.compile(r"\.merge-[a-z0-9_]{8}\.postmortem")


def remove_left_copies(folder: Path) -> list[Path]:
    """Removes the hidden merge copies in `folder` (regular files only); returns those removed."""
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if LEFT_COPY.fullmatch(path.name) and path.is_file() and not path.is_symlink():
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed
