"""Spell checking for the Markdown editors, if `pyspellchecker` is installed.

pyspellchecker ships its word lists inside the wheel, so it works offline.
Its English list takes about 0.2 s to load; that happens once, in the
background (`ui.background`), after the window is up. Until it is ready
nothing is underlined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextDocument

from ui import background

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCharFormat

WORD = re.compile(r"[A-Za-z][A-Za-z']*[A-Za-z]")
# Everyday words of incident writing that a general English list lacks;
# underlining them in every postmortem would teach writers to ignore the squiggle.
INCIDENT_WORDS = frozenset(
    {
        "uptime", "downtime", "runbook", "runbooks", "playbook", "playbooks", "failover", "failovers",
        "backend", "backends", "frontend", "frontends", "config", "configs", "hostname", "hostnames",
        "timestamp", "timestamps", "changelog", "dashboard", "dashboards", "healthcheck",
        "healthchecks", "rollback", "rollbacks", "rollout", "rollouts", "redeploy", "redeployed",
        "deploy", "deploys", "deployed", "deployment", "deployments", "postmortem", "postmortems",
        "oncall", "pager", "pagers", "paging", "datacenter", "datacentre", "datacenters", "datacentres",
        "failback", "resync", "resynced", "rebalance", "rebalanced", "throttling", "signup", "signups",
        "login", "logins", "logout", "workaround", "workarounds", "misconfigured", "misconfiguration",
        "subnet", "subnets", "firewall", "firewalls", "webhook", "webhooks", "cron", "backups",
        "backup",
    }
)
# Tokens that are not prose: links, addresses, code, Markdown link targets.
_SKIP = re.compile(r"`[^`]*`|\S+://\S+|\S+@\S+|\]\([^)]*\)|\b\w*\d\w*\b|\b\w+(?:\.\w+)+\b")


def available() -> bool:
    try:
        import spellchecker  # noqa: F401
    except ImportError:
        return False
    return True


def _english() -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


class SpellDictionary(QObject):
    """One English word list for the whole window; loads in the background."""

    ready = Signal()
    learned = Signal(str)  # a word the writer added; the window keeps it in preferences

    def __init__(self, parent: QObject | None = None, words: Iterable[str] = ()) -> None:
        super().__init__(parent)
        self._checker: Any = None
        self._job: background.Job[Any] | None = None
        self._extra: set[str] = set(INCIDENT_WORDS) | {word.lower() for word in words}

    @property
    def is_ready(self) -> bool:
        return self._checker is not None

    def load(self) -> bool:
        """Start loading; False when no spell-checking library is installed."""
        if self._checker is not None or self._job is not None:
            return True
        if not available():
            return False
        self._job = background.run(_english, owner=self, done=self._loaded, name="spelling-dictionary")
        return True

    def _loaded(self, checker: Any) -> None:
        self._checker = checker
        self.ready.emit()

    def wait(self) -> None:
        if self._job is not None:
            self._job.wait()

    def is_known(self, word: str) -> bool:
        if self._checker is None or len(word) < 3 or word.isupper():
            return True
        lower = word.lower()
        stem = lower.removesuffix("'s")  # the runbook's steps
        return (
            lower in self._extra
            or stem in self._extra
            or lower in self._checker
            or stem in self._checker
            or lower.replace("'", "") in self._checker
        )

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        if self._checker is None:
            return []
        found = self._checker.candidates(word.lower()) or set()
        ranked = sorted(found, key=lambda w: -self._checker.word_usage_frequency(w))[:limit]
        return [w.capitalize() if word[:1].isupper() else w for w in ranked if w != word.lower()]

    def learn(self, word: str) -> None:
        """Accept a word from now on (names, product terms)."""
        lower = word.lower()
        if lower not in self._extra:
            self._extra.add(lower)
            self.learned.emit(lower)


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines words the dictionary does not know, with the spell-check squiggle."""

    def __init__(self, document: QTextDocument, dictionary: SpellDictionary) -> None:
        super().__init__(document)
        self.dictionary = dictionary
        self.enabled = True
        self._squiggle: QTextCharFormat | None = None
        dictionary.ready.connect(self.rehighlight, Qt.ConnectionType.QueuedConnection)

    @property
    def squiggle(self) -> QTextCharFormat:
        """The underline, made with the first unknown word (the dictionary loads after the first
        paint): QTextFormat's enums, built when the class is first touched, cost about 5 ms."""
        if self._squiggle is None:
            from PySide6.QtGui import QTextCharFormat

            self._squiggle = QTextCharFormat()
            self._squiggle.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            self._squiggle.setUnderlineColor(QColor(214, 48, 49))
        return self._squiggle

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self.enabled:
            self.enabled = enabled
            self.rehighlight()

    def misspelled(self, text: str) -> list[tuple[int, int, str]]:
        """(start, length, word) for each unknown word in a line of text."""
        skipped = [match.span() for match in _SKIP.finditer(text)]
        found = []
        for match in WORD.finditer(text):
            start, end = match.span()
            if any(a <= start < b for a, b in skipped):
                continue
            if not self.dictionary.is_known(match.group()):
                found.append((start, end - start, match.group()))
        return found

    def highlightBlock(self, text: str) -> None:
        if not self.enabled or not self.dictionary.is_ready:
            return
        for start, length, _word in self.misspelled(text):
            self.setFormat(start, length, self.squiggle)
