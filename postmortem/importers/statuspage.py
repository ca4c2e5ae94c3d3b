"""Statuspage incidents: what customers were told, and when.

Their API gives an incident as `{"id", "name", "status", "impact",
"started_at", "resolved_at", "incident_updates": [...], "components":
[...]}` (alone, under `"incident"`, or as `"incidents": [...]` with the
page). Each update (`status`, `body`, `display_at`, `created_at`,
`affected_components`) was published, so it becomes a customer-visible
communication event. The name fills the title, the components the
affected services, and the start and resolution the impact window, where
the document has none yet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from postmortem.errors import DocumentError
from postmortem.importers.clock import ClockError, parse_instant
from postmortem.importers.result import (
    Finding,
    Imported,
    ImportedEvent,
    ImportedField,
    Unplaced,
    Where,
    zone_label,
)
from postmortem.importers.source import Options, parse_json, read_text
from postmortem.model import EventKind, TimelineEvent


def incidents(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict) and isinstance(data.get("incidents"), list):
        return [i for i in data["incidents"] if isinstance(i, dict)]
    if isinstance(data, dict) and isinstance(data.get("incident"), dict):
        return [data["incident"]]
    if isinstance(data, dict) and isinstance(data.get("incident_updates"), list):
        return [data]
    if (
        isinstance(data, list)
        and data
        and all(isinstance(i, dict) and "incident_updates" in i for i in data)
    ):
        return list(data)
    return []


def read_statuspage(path: Path, options: Options) -> Imported:
    data = parse_json(read_text(path), path)
    found = incidents(data)
    if not found:
        raise DocumentError(path, "is not a Statuspage incident (no incident_updates)", line=1)
    result = Imported(sources=[str(path)], formats=["statuspage"], zone=options.zone)
    for number, incident in enumerate(found, start=1):
        label = f"incident {incident.get('id') or number}"
        updates = [u for u in incident.get("incident_updates") or [] if isinstance(u, dict)]
        # The API lists updates newest first; the timeline reads oldest first.
        updates.sort(key=lambda u: str(u.get("display_at") or u.get("created_at") or ""))
        for index, update in enumerate(updates, start=1):
            where = Where(str(path), item=f"{label}, update {index}")
            stamp = str(update.get("display_at") or update.get("created_at") or "")
            status = str(update.get("status") or "").replace("_", " ").capitalize()
            body = str(update.get("body") or "").strip()
            text = f"{status}: {body}" if status and body else body or status
            try:
                moment, naive = parse_instant(stamp, options.tz)
            except ClockError as error:
                result.findings.append(Finding(where, f"display_at not read: {error}"))
                result.unplaced.append(Unplaced("timeline", text, where))
                continue
            event = TimelineEvent(
                time=moment, kind=EventKind.COMMUNICATION, customer_visible=True, description=text
            )
            result.events.append(
                ImportedEvent(event, where, zone_label(moment, options.zone if naive else None))
            )
        _fields(incident, Where(str(path), item=label), options, result)
    return result


def _fields(incident: dict[str, Any], where: Where, options: Options, result: Imported) -> None:
    if incident.get("name"):
        result.fields.append(ImportedField(("meta", "title"), str(incident["name"]).strip(), where))
    names = [
        str(c.get("name")).strip()
        for c in incident.get("components") or []
        if isinstance(c, dict) and c.get("name")
    ]
    if names:
        result.fields.append(ImportedField(("impact", "services"), names, where))
    for key, field in (("started_at", "start"), ("resolved_at", "end")):
        if incident.get(key):
            try:
                moment, _naive = parse_instant(str(incident[key]), options.tz)
            except ClockError as error:
                result.findings.append(Finding(where, f"{key} not read: {error}"))
                continue
            result.fields.append(ImportedField(("impact", field), moment, where))
    if incident.get("shortlink"):
        result.unplaced.append(Unplaced("impact", f"Status page: {incident['shortlink']}", where))
