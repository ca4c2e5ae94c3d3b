"""Postmortem Studio's core: the document model, its file, checks and exports.

Nothing in this package imports Qt; the desktop app in `ui/` sits on top.

The names below load with their first use, not with the package: importing
any `postmortem.*` module imports this file first, and the app's launcher
(`postmortem.native`, `postmortem.version`) and the CLI's argument parsing
should not pay for pydantic, YAML and the export pipeline before they need them.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from postmortem.errors import DocumentError
    from postmortem.export import export
    from postmortem.fileformat import EXTENSION, dumps, load, loads, save
    from postmortem.model import SCHEMA_VERSION, Document

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

_HOMES = {
    "EXTENSION": "postmortem.fileformat",
    "SCHEMA_VERSION": "postmortem.model",
    "Document": "postmortem.model",
    "DocumentError": "postmortem.errors",
    "dumps": "postmortem.fileformat",
    "export": "postmortem.export",
    "load": "postmortem.fileformat",
    "loads": "postmortem.fileformat",
    "save": "postmortem.fileformat",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'postmortem' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    setattr(sys.modules[__name__], name, value)
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """`postmortem.export` is both a module and the function the package offers. Importing the
    module sets the package's attribute to the module; the function keeps the name, as it did
    when this file imported it eagerly."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "export" and isinstance(value, types.ModuleType):
            value = value.export
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
