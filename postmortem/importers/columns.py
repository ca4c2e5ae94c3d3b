"""Which column of a table holds what: headers matched by meaning, or as the writer maps them."""

from __future__ import annotations

import re

# Field -> header words that mean it, most specific first. A header matches
# when its words (lower case, punctuation gone) are one of these.
EVENT_COLUMNS = {
    "time": (
        "time",
        "timestamp",
        "when",
        "date time",
        "datetime",
        "date and time",
        "time utc",
        "at",
        "occurred at",
        "created at",
        "start",
        "time stamp",
        "local time",
        "clock",
    ),
    "date": ("date", "day"),
    "description": (
        "description",
        "event",
        "what happened",
        "what",
        "text",
        "message",
        "details",
        "summary",
        "note",
        "notes",
        "activity",
        "entry",
        "update",
    ),
    "kind": ("kind", "type", "phase", "category", "event type", "stage"),
    "customer_visible": (
        "customer visible",
        "customervisible",
        "public",
        "visible",
        "external",
        "customer facing",
        "shown to customers",
        "visible to customers",
        "customer",
    ),
    "author": (
        "author",
        "who",
        "by",
        "user",
        "person",
        "name",
        "reporter",
        "posted by",
        "owner",
        "logged by",
        "entered by",
    ),
}
_ZONE_WORDS = r"\b(utc|gmt|z|local|pst|pdt|est|edt|cst|cdt|cet|cest|bst|ist|jst|aest)\b"
ACTION_COLUMNS = {
    "title": (
        "action",
        "action item",
        "item",
        "title",
        "task",
        "what",
        "description",
        "follow up",
        "remediation",
        "todo",
    ),
    "owner": ("owner", "owners", "assignee", "assigned to", "who", "responsible", "dri"),
    "due": ("due", "due date", "deadline", "by", "by when", "target date", "eta", "when"),
    "priority": ("priority", "pri", "p", "urgency", "severity"),
    "status": ("status", "state", "done"),
    "tracker": ("tracker", "ticket", "bug", "link", "issue", "jira", "url", "tracking"),
    "category": ("category", "type", "kind"),
}


def header_key(header: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", header.casefold()))


def map_columns(
    headers: list[str], meanings: dict[str, tuple[str, ...]], given: dict[str, str] | None = None
) -> tuple[dict[str, int], list[int]]:
    """Field -> column index, and the columns no field took (kept, never dropped)."""
    keys = [header_key(h) for h in headers]
    taken: dict[str, int] = {}
    for name, header in (given or {}).items():
        wanted = header_key(header)
        if wanted in keys:
            taken[name] = keys.index(wanted)
    for name, words in meanings.items():
        if name in taken:
            continue
        for index, key in enumerate(keys):
            bare = re.sub(_ZONE_WORDS, "", key).strip() or key
            if index not in taken.values() and (key in words or bare in words):
                taken[name] = index
                break
    rest = [i for i in range(len(headers)) if i not in taken.values() and headers[i].strip()]
    return taken, rest


def zone_in_header(header: str) -> str | None:
    """A header such as 'Time (UTC)' says the zone of its naive times."""
    words = header_key(header).split()
    return "UTC" if "utc" in words or "gmt" in words or "z" in words else None
