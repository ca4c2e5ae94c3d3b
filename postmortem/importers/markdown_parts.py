"""The pieces inside a Markdown postmortem's sections: key-value lines, lists, tables, action items."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from postmortem.importers import kinds
from postmortem.importers.columns import ACTION_COLUMNS, map_columns
from postmortem.model import ActionItem, ActionStatus, Person, Severity, Status
from postmortem.values import check_time_zone

_ITEM = re.compile(r"^(?P<indent>\s{0,3})(?:[-*+]|\d+[.)])\s+(?P<text>.*)$")
_CHECK = re.compile(r"^\[(?P<mark>[ xX])\]\s*")
_LINK = re.compile(r"\[(?P<label>[^\]]*)\]\((?P<url>https?://[^)\s]+)\)")
_URL = re.compile(r"(?<![(\[])\bhttps?://[^\s)>\]]+")
_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_DUE = re.compile(r"(?:\b(?:due|by)\s+)?\b(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_TAGGED = re.compile(
    r"[(\[,;]?\s*\b(?P<key>owner|owners|assignee|assigned to|due|due date|by|priority|status|category)"
    r"\s*[:=]\s*(?P<value>[^,;()\[\]]+?)\s*(?=[,;)\]]|$)",
    re.IGNORECASE,
)
_PRIORITY = re.compile(r"(?<![\w-])(P[0-4])(?![\w-])")
_HANDLE = re.compile(r"(?<![\w.])@(?P<name>[A-Za-z][\w.-]{0,39})")
KEY_VALUE = re.compile(
    r"^\s*(?:[-*]\s+)?\**(?P<key>[A-Za-z][A-Za-z /()-]{0,30}?)\**\s*:\s*\**\s*(?P<value>.+)$"
)
_SEVERITIES = {
    "1": Severity.SEV1,
    "critical": Severity.SEV1,
    "2": Severity.SEV2,
    "major": Severity.SEV2,
    "high": Severity.SEV2,
    "3": Severity.SEV3,
    "minor": Severity.SEV3,
    "medium": Severity.SEV3,
    "4": Severity.SEV4,
    "low": Severity.SEV4,
}
_STATUSES = {
    "draft": Status.DRAFT,
    "in review": Status.IN_REVIEW,
    "review": Status.IN_REVIEW,
    "final": Status.FINAL,
    "complete": Status.FINAL,
    "completed": Status.FINAL,
    "published": Status.FINAL,
    "done": Status.FINAL,
}
META_KEYS = {
    "title": "title",
    "incident": "incident_id",
    "incident id": "incident_id",
    "incident_id": "incident_id",
    "id": "incident_id",
    "ticket": "incident_id",
    "severity": "severity",
    "sev": "severity",
    "status": "status",
    "date": "date",
    "incident date": "date",
    "time zone": "time_zone",
    "time_zone": "time_zone",
    "timezone": "time_zone",
    "authors": "authors",
    "author": "authors",
    "owner": "authors",
    "owners": "authors",
    "reviewers": "reviewers",
    "reviewer": "reviewers",
    "approvers": "reviewers",
    "approver": "reviewers",
    "tags": "tags",
    "labels": "tags",
    "language": "language",
    "lang": "language",
    "organisation": "organisation",
    "organization": "organisation",
    "company": "organisation",
}


def list_items(lines: list[str]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """Top-level list items (index of first line, text with continuation lines) and other lines."""
    items: list[tuple[int, str]] = []
    other: list[tuple[int, str]] = []
    in_item = False
    for index, line in enumerate(lines):
        match = _ITEM.match(line)
        if match and len(match.group("indent")) < 2:
            items.append((index, match.group("text").strip()))
            in_item = True
        elif in_item and line.startswith((" ", "\t")) and line.strip():
            first, text = items[-1]
            items[-1] = (first, f"{text}\n{line.strip()}")
        elif line.strip():
            other.append((index, line))
            in_item = False
    return items, other


def split_row(line: str) -> list[str]:
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", body)]


def tables(lines: list[str]) -> tuple[list[tuple[int, list[str], list[tuple[int, list[str]]]]], list[int]]:
    """Pipe tables: (first line, header, [(line, cells)]); and the indexes of lines they used."""
    found = []
    used: list[int] = []
    index = 0
    while index < len(lines) - 1:
        rule = lines[index + 1].strip()
        if lines[index].strip().startswith("|") and re.fullmatch(
            r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?", rule
        ):
            header = split_row(lines[index])
            rows = []
            end = index + 2
            while end < len(lines) and lines[end].strip().startswith("|"):
                rows.append((end, split_row(lines[end])))
                end += 1
            found.append((index, header, rows))
            used += list(range(index, end))
            index = end
        else:
            index += 1
    return found, used


def plain(text: str) -> str:
    """Markdown emphasis and code marks off, for reading values.

    An underscore inside a word ("America/New_York") is a letter, not emphasis;
    a backslash-escaped mark is the mark itself.
    """
    text = re.sub(r"[*`]+|(?<![\w\\])_+|(?<=[^\W_])_+(?!\w)", "", text)
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>])", r"\1", text).strip()


def action_from_row(
    header: list[str], cells: list[str], given: dict[str, str]
) -> tuple[ActionItem, list[str]]:
    columns, rest = map_columns(header, ACTION_COLUMNS, given)
    if "title" not in columns and rest:
        columns["title"] = rest.pop(0)
    values = {name: cells[i] if i < len(cells) else "" for name, i in columns.items()}
    extras = [f"{header[i]}: {cells[i]}" for i in rest if i < len(cells) and cells[i].strip()]
    return _action(values, extras)


def action_from_text(text: str) -> tuple[ActionItem, list[str]]:
    values: dict[str, str] = {}
    check = _CHECK.match(text)
    if check:
        values["status"] = "done" if check.group("mark").lower() == "x" else "open"
        text = text[check.end() :]
    for match in list(_TAGGED.finditer(text)):
        key = match.group("key").lower()
        name = {
            "owners": "owner",
            "assignee": "owner",
            "assigned to": "owner",
            "due date": "due",
            "by": "due",
        }
        values[name.get(key, key)] = match.group("value").strip()
        text = text.replace(match.group(0), " ")
    if "due" not in values and (date := _DUE.search(text)):
        values["due"] = date.group(1)
        text = text.replace(date.group(0), " ")
    if "priority" not in values and (priority := _PRIORITY.search(text)):
        values["priority"] = priority.group(1)
        text = text.replace(priority.group(0), " ", 1)
    if "owner" not in values and (handle := _HANDLE.search(text)):
        values["owner"] = handle.group("name")
        text = text.replace(handle.group(0), " ", 1)
    values["title"] = text
    return _action(values, [])


def _action(values: dict[str, str], extras: list[str]) -> tuple[ActionItem, list[str]]:
    """An action item from named values; what could not be read is kept in the description."""
    problems: list[str] = []
    title = values.get("title", "")
    tracker = ""
    for source in (values.get("tracker", ""), title):
        if not tracker and (link := _LINK.search(source) or _URL.search(source)):
            tracker = link.group("url") if "url" in link.groupdict() else link.group(0)
    title = _LINK.sub(lambda m: m.group("label"), title)
    title = _URL.sub("", title) if tracker else title
    title = re.sub(r"[(\[][\s,;]*[)\]]", " ", plain(title).replace("\n", " "))  # emptied "(owner: x, P1)"
    title = re.sub(r"\s+([,;.)])", r"\1", re.sub(r"\s+", " ", title))
    while title.count(")") > title.count("("):  # the "(" went with "(owner: x"
        title = re.sub(r"[\s,;]*\)(?!.*\))", "", title, count=1)
    title = re.sub(r"^[\s:;,.–—-]+|[\s:;,(–—-]+$", "", title)
    item: dict[str, Any] = {"title": title[:200], "tracker": tracker}
    description = list(extras)
    if len(title) > 200:
        description.insert(0, title)
    for name, reader in (
        ("priority", kinds.priority),
        ("status", kinds.status),
        ("category", kinds.category),
    ):
        word = plain(values.get(name, ""))
        if word and (value := reader(word)) is not None:
            item[name] = value
        elif word:
            description.append(f"{name}: {word}")
            problems.append(f"{name} {word!r} not understood; kept in the description")
    if values.get("status", "").strip().lower() in ("[x]", "x", "yes", "✓", "✅"):
        item["status"] = ActionStatus.DONE
    owner = plain(values.get("owner", "")).lstrip("@")
    item["owner"] = owner.split("\n")[0][:120]
    due = plain(values.get("due", ""))
    if due:
        try:
            item["due"] = dt.date.fromisoformat(_DATE.search(due).group(1))  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            description.append(f"due: {due}")
            problems.append(f"due date {due!r} not read (write it as 2026-11-30); kept in the description")
    if values.get("tracker") and not tracker:
        description.append(f"tracker: {plain(values['tracker'])}")
    item["description"] = "\n\n".join(description)
    return ActionItem(**item), problems


def key_values(lines: list[str]) -> tuple[dict[str, tuple[int, str]], list[tuple[int, str]]]:
    """`**Status:** final` lines: known meta keys by name (with their line index), and the rest."""
    found: dict[str, tuple[int, str]] = {}
    rest: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        match = KEY_VALUE.match(line)
        key = META_KEYS.get(match.group("key").strip().lower()) if match else None
        if match and key and key not in found:
            found[key] = (index, plain(match.group("value")))
        elif line.strip():
            rest.append((index, line))
    return found, rest


def meta_value(key: str, value: Any) -> Any:
    """A front-matter or key-value entry as the model's meta wants it; ValueError if unreadable."""
    if key == "severity":
        text = str(value).strip().lower().removeprefix("sev").removeprefix("severity").strip(" -:")
        if text in _SEVERITIES:
            return _SEVERITIES[text]
        raise ValueError(f"severity {value!r} is not SEV1 to SEV4")
    if key == "time_zone":
        try:
            return check_time_zone(str(value).strip())
        except ValueError as error:
            raise ValueError(f"time zone {value!r} is not an IANA zone name") from error
    if key == "status":
        if str(value).strip().lower() in _STATUSES:
            return _STATUSES[str(value).strip().lower()]
        raise ValueError(f"status {value!r} is not draft, in review or final")
    if key == "date":
        if isinstance(value, dt.date):
            return value
        match = _DATE.search(str(value))
        if not match:
            # Reports (this app's among them) write dates out: "6 November 2026".
            for layout in ("%d %B %Y", "%B %d, %Y"):
                try:
                    return dt.datetime.strptime(str(value).strip(), layout).date()
                except ValueError:
                    pass
            raise ValueError(f"date {value!r} is not a date such as 2026-10-27")
        return dt.date.fromisoformat(match.group(1))
    if key in ("authors", "reviewers"):
        people = value if isinstance(value, list) else re.split(r"\s*[,;]\s*|\s+and\s+", str(value))
        out = []
        for person in people:
            if isinstance(person, dict):
                out.append(
                    Person(**{k: str(v) for k, v in person.items() if k in ("name", "title", "email")})
                )
            elif str(person).strip():
                out.append(Person(name=str(person).strip().lstrip("@")))
        return out
    if key == "tags":
        return [
            str(t).strip()
            for t in (value if isinstance(value, list) else str(value).split(","))
            if str(t).strip()
        ]
    if key == "organisation":
        return {"name": str(value)} if not isinstance(value, dict) else value
    return str(value).strip()
