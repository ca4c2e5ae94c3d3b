"""Postmortem Studio's core: the document model, its file, checks and exports.

Nothing in this package imports Qt; the desktop app in `ui/` sits on top.
The names below load with their modules on first use, so that `import
postmortem.cli` or the app's start-up pays only for what it needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from postmortem.errors import DocumentError
    from postmortem.export import export
    from postmortem.fileformat import EXTENSION, dumps, load, loads, save
    from postmortem.model import SCHEMA_VERSION, Document

_HOMES = {
    "DocumentError": "postmortem.errors",
    "export": "postmortem.export",
    "EXTENSION": "postmortem.fileformat",
    "dumps": "postmortem.fileformat",
    "load": "postmortem.fileformat",
    "loads": "postmortem.fileformat",
    "save": "postmortem.fileformat",
    "SCHEMA_VERSION": "postmortem.model",
    "Document": "postmortem.model",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'postmortem' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)


__all__ = [
    "EXTENSION",
    "SCHEMA_VERSION",
    "Document",
    "DocumentError",
    "dumps",
    "export",
    "load",
    "loads",
    "save",
]
