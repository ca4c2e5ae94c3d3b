"""The checks' findings as a Qt list, and a filter by the export they matter for."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from postmortem.checks import Finding, Level
from postmortem.checks.translations import language_name

Index = QModelIndex | QPersistentModelIndex

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # the Finding itself
WHERE_ROLE = Qt.ItemDataRole.UserRole + 2  # its location in words: "Customer letter › Apology"
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 3

_SECTIONS = {"meta": "Overview", "summary": "Summary", "impact": "Impact", "root_cause": "Root cause"}
# List fields whose entries read better as "Event 3" than as "Events › 3".
_SINGULAR = {
    "events": "Event",
    "items": "Item",
    "five_whys": "Why",
    "authors": "Author",
    "reviewers": "Reviewer",
    "root_causes": "Root cause",
    "contributing_factors": "Contributing factor",
    "services": "Service",
    "tags": "Tag",
    "paragraphs": "Paragraph",
}
# Lists whose findings name their entry themselves ("customers.csv row 3, column email").
_UNNUMBERED = {"recipients"}
_PART = re.compile(r"([a-z_0-9]+)(?:\[(\d+)\])?")
_TRANSLATION = re.compile(r"\btranslations\.([A-Za-z0-9-]+)")
_ICONS = {
    Level.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Level.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Level.HINT: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def _words(name: str) -> str:
    return _SECTIONS.get(name) or name.replace("_", " ").capitalize()


def location_words(location: str) -> str:
    """'action_items.items[2].owner' -> 'Action items › Item 3 › Owner';
    'customer_letter.translations.de.body[1]' -> 'Customer letter › German translation › Paragraph 2'."""
    # A language tag is not a word: 'de' read 'De', and 'pt-BR' lost its region.
    translation = _TRANSLATION.search(location)
    if translation is not None:
        before, after = location[: translation.start()].rstrip("."), location[translation.end() :]
        words = [location_words(before)] if before else []
        words.append(f"{language_name(translation.group(1))} translation")
        if after.lstrip("."):
            # A translation's body is held paragraph by paragraph, and its other texts by the
            # document place they translate ('texts.impact.customer_actions').
            after = re.sub(r"^\.?body\[", "paragraphs[", after).lstrip(".").removeprefix("texts.")
            words.append(location_words(after))
        return " › ".join(words)
    parts: list[str] = []
    for match in _PART.finditer(location):
        name, index = match.group(1), match.group(2)
        if index is None or name in _UNNUMBERED:
            parts.append(_words(name))
        elif name in _SINGULAR:
            parts.append(f"{_SINGULAR[name]} {int(index) + 1}")
        else:
            parts.extend((_words(name), f"#{int(index) + 1}"))
    if len(parts) > 1 and parts[0].lower() == parts[1].lower():
        del parts[1]  # "Summary › Text" would say nothing more than "Summary"
    if len(parts) > 1 and parts[-1] == "Text":
        del parts[-1]
    return " › ".join(parts)


def sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


class FindingsModel(QAbstractListModel):
    """One row per finding, in the order the checks give them (errors, warnings, hints).

    Display is the message; the icon shows the severity; `WHERE_ROLE` and
    `SUGGESTION_ROLE` hold the location in words and the suggestion, and
    `FINDING_ROLE` the `Finding` for whoever acts on it.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        if findings == self.findings:
            return
        self.beginResetModel()
        self.findings = list(findings)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.findings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.findings):
            return None
        finding = self.findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return sentence(finding.message)
        if role == Qt.ItemDataRole.DecorationRole:
            style = QApplication.style()
            return style.standardIcon(_ICONS[finding.severity]) if style else QIcon()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{finding.severity.value.capitalize()}: {sentence(finding.message)}."
            if finding.suggestion:
                text += f" {finding.suggestion}"
            return f"{text} ({location_words(finding.location)})"
        if role == WHERE_ROLE:
            where = location_words(finding.location)
            return f"{where} · {finding.audience} only" if finding.audience else where
        if role == SUGGESTION_ROLE:
            return finding.suggestion
        if role == FINDING_ROLE:
            return finding
        return None


class AudienceFilter(QSortFilterProxyModel):
    """Only the findings that matter for one export ("customer", "internal"), or all (None)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.audience: str | None = None

    def set_audience(self, audience: str | None) -> None:
        if audience != self.audience:
            self.beginFilterChange()
            self.audience = audience
            self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.audience is None:
            return True
        finding = self.sourceModel().index(source_row, 0, source_parent).data(FINDING_ROLE)
        return finding is not None and finding.audience in (None, self.audience)
