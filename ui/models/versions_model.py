"""A table of a document's earlier versions: when each was saved and how big it is."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from postmortem.workspace.versions import Version
from ui.i18n.languages import translate
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.models.list_model import Index

_INVALID = QModelIndex()
VERSION_ROLE = Qt.ItemDataRole.UserRole + 1


def saved_text(moment: dt.datetime, now: dt.datetime | None = None) -> str:
    """'Today 14:02:11', 'Yesterday 09:15:00' or '2026-11-04 17:30:12', in local time."""
    local = moment.astimezone()
    today = (now or dt.datetime.now(dt.UTC)).astimezone().date()
    if local.date() == today:
        return translate("VersionsModel", "Today %1").replace("%1", f"{local:%H:%M:%S}")
    if local.date() == today - dt.timedelta(days=1):
        return translate("VersionsModel", "Yesterday %1").replace("%1", f"{local:%H:%M:%S}")
    return f"{local:%Y-%m-%d %H:%M:%S}"


def size_text(size: int) -> str:
    if size < 1024:
        return translate("VersionsModel", "%n byte(s)", None, size)
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class VersionsModel(QAbstractTableModel):
    """Rows: the versions of one document, newest first; columns: when saved, size."""

    HEADERS = (QT_TRANSLATE_NOOP("VersionsModel", "Saved"), QT_TRANSLATE_NOOP("VersionsModel", "Size"))

    def __init__(self, versions: list[Version] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.versions: list[Version] = list(versions or [])

    def set_versions(self, versions: list[Version]) -> None:
        self.beginResetModel()
        self.versions = list(versions)
        self.endResetModel()

    def version(self, row: int) -> Version:
        return self.versions[row]

    def rowCount(self, parent: Index = _INVALID) -> int:
        return 0 if parent.isValid() else len(self.versions)

    def columnCount(self, parent: Index = _INVALID) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS)
        shown = horizontal and role == Qt.ItemDataRole.DisplayRole
        return translate("VersionsModel", self.HEADERS[section]) if shown else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.versions):
            return None
        version = self.versions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return saved_text(version.shown_time) if column == 0 else size_text(version.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            replaced = version.saved_at.astimezone()
            saved = translate("VersionsModel", "Saved %1; replaced %2")
            return saved.replace("%1", f"{version.shown_time.astimezone():%Y-%m-%d %H:%M:%S}").replace(
                "%2", f"{replaced:%H:%M:%S}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == VERSION_ROLE:
            return version
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
