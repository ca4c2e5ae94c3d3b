"""PagerDuty incident log entries, as their REST API returns them.

`GET /incidents/{id}/log_entries` answers `{"log_entries": [...], "limit",
"offset", "more"}`; each entry has `type` (`trigger_log_entry`,
`acknowledge_log_entry`, `annotate_log_entry`, `resolve_log_entry`, ...),
`created_at` (ISO 8601 with its offset), `summary`, `agent` and `channel`.
Several pages saved as a JSON list are read too. Entries become internal
events; the agent's name stays inside them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from postmortem.errors import DocumentError
from postmortem.importers.clock import ClockError, parse_instant
from postmortem.importers.result import Finding, Imported, ImportedEvent, Unplaced, Where, zone_label
from postmortem.importers.source import Options, parse_json, read_text
from postmortem.model import EventKind, TimelineEvent

_KINDS = {
    "trigger_log_entry": EventKind.DETECTION,
    "acknowledge_log_entry": EventKind.ESCALATION,
    "assign_log_entry": EventKind.ESCALATION,
    "escalate_log_entry": EventKind.ESCALATION,
    "notify_log_entry": EventKind.ESCALATION,
    "resolve_log_entry": EventKind.RESOLUTION,
    "annotate_log_entry": EventKind.ACTION,
}


def is_pagerduty(data: Any) -> bool:
    return bool(_entries(data)) or (isinstance(data, dict) and "log_entries" in data)


def _entries(data: Any) -> list[Any]:
    if isinstance(data, dict) and isinstance(data.get("log_entries"), list):
        return list(data["log_entries"])
    if isinstance(data, dict) and isinstance(data.get("log_entry"), dict):
        return [data["log_entry"]]
    if isinstance(data, list):
        if all(isinstance(page, dict) and "log_entries" in page for page in data) and data:
            return [entry for page in data for entry in _entries(page)]
        if data and all(
            isinstance(e, dict) and str(e.get("type", "")).endswith("_log_entry") for e in data
        ):
            return list(data)
    return []


def read_pagerduty(path: Path, options: Options) -> Imported:
    data = parse_json(read_text(path), path)
    entries = _entries(data)
    if not entries and not (isinstance(data, dict) and "log_entries" in data):
        raise DocumentError(path, "is not a PagerDuty log (no log_entries)", line=1)
    result = Imported(sources=[str(path)], formats=["pagerduty"], zone=options.zone)
    for number, entry in enumerate(entries, start=1):
        where = Where(str(path), item=f"log entry {number}")
        if not isinstance(entry, dict):
            result.findings.append(Finding(where, "not a log entry object"))
            continue
        try:
            moment, naive = parse_instant(str(entry.get("created_at") or ""), options.tz)
        except ClockError as error:
            result.findings.append(Finding(where, f"created_at not read: {error}"))
            result.unplaced.append(Unplaced("timeline", _describe(entry), where))
            continue
        kind = _KINDS.get(str(entry.get("type")), EventKind.OTHER)
        event = TimelineEvent(time=moment, kind=kind, description=_describe(entry))
        result.events.append(
            ImportedEvent(event, where, zone_label(moment, options.zone if naive else None))
        )
    return result


def _describe(entry: dict[str, Any]) -> str:
    summary = str(entry.get("summary") or entry.get("type", "log entry")).strip()
    channel = entry.get("channel") or {}
    channel = channel if isinstance(channel, dict) else {}
    note = entry.get("note") or {}
    note = note if isinstance(note, dict) else {}
    extra = str(note.get("content") or "") if note else ""
    if entry.get("type") == "annotate_log_entry" and not extra:
        extra = str(channel.get("summary") or "")
    elif entry.get("type") == "trigger_log_entry":
        extra = str(channel.get("summary") or channel.get("description") or "")
    if extra and extra.strip() not in summary:
        summary += f": {extra.strip()}"
    return summary
