"""Postmortem Studio's core: the document model, its file, checks and exports.

Nothing in this package imports Qt; the desktop app in `ui/` sits on top.
"""

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
