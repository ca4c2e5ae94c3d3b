"""Typed settings, each declared once.

Preferences (what the writer chose) and window state (geometry, splitter
sizes, recent files) live in two separate stores so that resetting one
never touches the other, and neither is read by the core: the core takes
what it needs as arguments.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

T = TypeVar("T")

ORGANISATION = "Postmortem Studio"
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One key with its type and default; reading converts QSettings' loose values."""

    key: str
    default: T

    def read(self, store: QSettings) -> T:
        raw = store.value(self.key, None)
        if raw is None:
            return self.default
        value: T = _convert(raw, self.default)
        return value

    def write(self, store: QSettings, value: T) -> None:
        store.setValue(self.key, value)


def _convert(raw: Any, default: Any) -> Any:
    # INI files give back strings; booleans and ints need coaxing, lists may
    # come back as a bare string when they hold one entry.
    if isinstance(default, bool):
        return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
    if isinstance(default, int):
        try:
            return int(raw)
        except (TypeError, ValueError):
            return default
    if isinstance(default, list):
        if isinstance(raw, str):
            return [raw] if raw else []
        return [str(item) for item in raw] if isinstance(raw, list | tuple) else default
    if isinstance(default, QByteArray):
        return raw if isinstance(raw, QByteArray) else default
    return type(default)(raw) if default is not None else raw


class Preferences:
    """What the writer chose; shown in menus."""

    SPELL_CHECK = Setting("spell_check", True)
    PREVIEW_AUDIENCE = Setting("preview/audience", "customer")
    PREVIEW_VISIBLE = Setting("preview/visible", True)
    PREVIEW_DELAY_MS = Setting("preview/delay_ms", 500)
    EXPORT_FOLDER = Setting("export/folder", "")
    SPELLING_WORDS = Setting("spelling/words", list[str]())  # "Add to the dictionary"
    LANGUAGE = Setting("interface/language", "")  # View ▸ Language; empty: the system's
    # The organisation's mail server for sending letters; never its password.
    MAIL_HOST = Setting("mail/host", "")
    MAIL_PORT = Setting("mail/port", 587)
    MAIL_SECURITY = Setting("mail/security", "starttls")
    MAIL_USER = Setting("mail/user", "")
    MAIL_CAFILE = Setting("mail/cafile", "")  # a company certificate authority (PEM); empty: the system's

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or _store("preferences")

    def get(self, setting: Setting[T]) -> T:
        return setting.read(self.store)

    def set(self, setting: Setting[T], value: T) -> None:
        setting.write(self.store, value)


class WindowState:
    """Where the window was and what was open; never a preference."""

    GEOMETRY = Setting("window/geometry", QByteArray())
    STATE = Setting("window/state", QByteArray())
    SPLITTER = Setting("window/splitter", QByteArray())
    RECENT_FILES = Setting("recent_files", list[str]())

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or _store("window-state")

    def get(self, setting: Setting[T]) -> T:
        return setting.read(self.store)

    def set(self, setting: Setting[T], value: T) -> None:
        setting.write(self.store, value)

    def restore(self, window: QWidget, splitter: QSplitter) -> None:
        """Put the window and its splitter back where they were (a first start: a usual size)."""
        geometry = self.get(self.GEOMETRY)
        if geometry.isEmpty() or not window.restoreGeometry(geometry):
            window.resize(1360, 860)
        sizes = self.get(self.SPLITTER)
        if not sizes.isEmpty():
            splitter.restoreState(sizes)

    def remember(self, window: QWidget, splitter: QSplitter) -> None:
        self.set(self.GEOMETRY, window.saveGeometry())
        self.set(self.SPLITTER, splitter.saveState())
        self.store.sync()

    def recent_files(self) -> list[str]:
        return self.get(self.RECENT_FILES)

    def add_recent(self, path: str) -> None:
        files = [path] + [p for p in self.recent_files() if p != path]
        self.set(self.RECENT_FILES, files[:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self.set(self.RECENT_FILES, [p for p in self.recent_files() if p != path])


def _store(name: str) -> QSettings:
    # INI files everywhere: readable, and tests can redirect them with
    # QSettings.setPath without touching a registry or plist.
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, name)
