"""Event kinds and action-item values from the words tools and people use for them."""

from __future__ import annotations

import re

from postmortem.model import ActionStatus, Category, EventKind, Priority

_KIND_WORDS = {
    EventKind.TRIGGER: ("trigger", "triggered", "cause", "started", "start", "began", "deploy", "change"),
    EventKind.DETECTION: (
        "detection",
        "detected",
        "detect",
        "alert",
        "alerted",
        "page",
        "paged",
        "noticed",
    ),
    EventKind.ESCALATION: (
        "escalation",
        "escalated",
        "escalate",
        "acknowledged",
        "ack",
        "notify",
        "assigned",
    ),
    EventKind.ACTION: ("action", "investigating", "investigation", "response", "identified"),
    EventKind.MITIGATION: ("mitigation", "mitigated", "mitigate", "workaround", "monitoring", "rollback"),
    EventKind.RESOLUTION: ("resolution", "resolved", "resolve", "fixed", "recovered", "recovery", "closed"),
    EventKind.COMMUNICATION: ("communication", "comms", "update", "status", "statuspage", "announcement"),
    EventKind.OTHER: ("other", "note", "info", ""),
}
_KINDS = {word: kind for kind, words in _KIND_WORDS.items() for word in words}

_PRIORITIES = {
    "p0": Priority.P1,
    "p1": Priority.P1,
    "sev1": Priority.P1,
    "critical": Priority.P1,
    "urgent": Priority.P1,
    "highest": Priority.P1,
    "high": Priority.P2,
    "p2": Priority.P2,
    "medium": Priority.P3,
    "normal": Priority.P3,
    "p3": Priority.P3,
    "low": Priority.P4,
    "p4": Priority.P4,
    "lowest": Priority.P4,
}
_STATUSES = {
    "open": ActionStatus.OPEN,
    "todo": ActionStatus.OPEN,
    "to do": ActionStatus.OPEN,
    "new": ActionStatus.OPEN,
    "not started": ActionStatus.OPEN,
    "planned": ActionStatus.OPEN,
    "backlog": ActionStatus.OPEN,
    "in progress": ActionStatus.IN_PROGRESS,
    "started": ActionStatus.IN_PROGRESS,
    "doing": ActionStatus.IN_PROGRESS,
    "ongoing": ActionStatus.IN_PROGRESS,
    "in review": ActionStatus.IN_PROGRESS,
    "done": ActionStatus.DONE,
    "closed": ActionStatus.DONE,
    "fixed": ActionStatus.DONE,
    "complete": ActionStatus.DONE,
    "completed": ActionStatus.DONE,
    "resolved": ActionStatus.DONE,
    "won't do": ActionStatus.WONT_DO,
    "wont do": ActionStatus.WONT_DO,
    "wontfix": ActionStatus.WONT_DO,
    "won't fix": ActionStatus.WONT_DO,
    "cancelled": ActionStatus.WONT_DO,
    "canceled": ActionStatus.WONT_DO,
    "dropped": ActionStatus.WONT_DO,
}
_CATEGORIES = {
    "prevent": Category.PREVENT,
    "prevention": Category.PREVENT,
    "repair": Category.PREVENT,
    "fix": Category.PREVENT,
    "detect": Category.DETECT,
    "detection": Category.DETECT,
    "monitoring": Category.DETECT,
    "mitigate": Category.MITIGATE,
    "mitigation": Category.MITIGATE,
    "process": Category.PROCESS,
    "procedure": Category.PROCESS,
    "documentation": Category.PROCESS,
}


def _key(word: str) -> str:
    return re.sub(r"\s+", " ", word.strip().casefold().replace("_", " ").replace("-", " ")).replace(
        "won t", "won't"
    )


def event_kind(word: str) -> EventKind | None:
    return _KINDS.get(_key(word))


def priority(word: str) -> Priority | None:
    return _PRIORITIES.get(_key(word).replace(" ", ""))


def status(word: str) -> ActionStatus | None:
    return _STATUSES.get(_key(word))


def category(word: str) -> Category | None:
    return _CATEGORIES.get(_key(word))
