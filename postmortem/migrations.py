"""Upgrades of older files to the current schema, one version step at a time.

Each step takes the plain data read from a file of version N and returns
data of version N+1. Steps never drop a value: a renamed field keeps its
text, and the file on disk is only rewritten when the writer saves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Data = dict[str, Any]


class MigrationError(ValueError):
    """Old data that cannot be upgraded; `location` is where it stands in the old file."""

    def __init__(self, location: tuple[str, ...], message: str) -> None:
        super().__init__(message)
        self.location = location


def _rename(section: Data, old: str, new: str) -> None:
    if isinstance(section, dict) and old in section and new not in section:
        section[new] = section.pop(old)


def _v1_to_v2(data: Data) -> Data:
    """Schema 2 names the analysis fields for what they hold: root_cause.detection
    and .response become detection_analysis and response_analysis."""
    cause = data.get("root_cause")
    if isinstance(cause, dict):
        _rename(cause, "detection", "detection_analysis")
        _rename(cause, "response", "response_analysis")
    return data


# The schema 2 letter parts, in the order a reader needs them: what
# happened, the apology straight after it (not saved for the end), what
# it means for the reader, whose failure it was, what changes, and how to
# reach us.
_OLD_LETTER_PARTS = ("narrative", "apology", "responsibility", "next_steps", "call_to_action")


def _promised(data: Data) -> bool:
    actions = data.get("action_items")
    items = actions.get("items") if isinstance(actions, dict) else None
    return isinstance(items, list) and any(isinstance(i, dict) and i.get("customer_promised") for i in items)


def _visible_events(data: Data) -> bool:
    timeline = data.get("timeline")
    events = timeline.get("events") if isinstance(timeline, dict) else None
    return isinstance(events, list) and any(isinstance(e, dict) and e.get("customer_visible") for e in events)


def _v2_to_v3(data: Data) -> Data:
    """Schema 3 holds the letter as one body in the writer's order.

    The five schema 2 parts are joined, every word kept, apology second.
    The facts the writer marked for customers, which schema 2 printed in
    tables and boxes of its own, become fields where a reader needs them:
    the customer-visible events, what was lost and what to do after the
    apology, the promised changes after the writer's own words about them.
    The generated outage sentence and the impact text (written for the
    report, in the third person) are not carried over: coverage checks
    ask for the when and the zone if the writer's words do not give them.
    """
    letter = data.get("customer_letter")
    if not isinstance(letter, dict) or "body" in letter:
        return data
    parts = {name: letter.get(name) for name in _OLD_LETTER_PARTS}
    for name, value in parts.items():
        if value is not None and not isinstance(value, str):
            raise MigrationError(("customer_letter", name), "must be text to join the letter's body")
    impact = data.get("impact") or {}
    impact = impact if isinstance(impact, dict) else {}
    loss = impact.get("data_loss") not in (None, "none")
    actions = isinstance(impact.get("customer_actions"), str) and impact["customer_actions"].strip()
    order: list[str] = [
        parts["narrative"] or "",
        parts["apology"] or "",
        "{{ timeline }}" if _visible_events(data) else "",
        "{{ data_loss }}" if loss else "",
        "{{ customer_action }}" if actions else "",
        parts["responsibility"] or "",
        parts["next_steps"] or "",
        "{{ promises }}" if _promised(data) else "",
        parts["call_to_action"] or "",
    ]
    body = "\n\n".join(text.strip() for text in order if text.strip())
    rebuilt: Data = {}
    for key, value in letter.items():
        if key == "narrative":
            rebuilt["body"] = body
        elif key not in _OLD_LETTER_PARTS:
            rebuilt[key] = value
    if "body" not in rebuilt and body:
        rebuilt["body"] = body
    data["customer_letter"] = rebuilt
    return data


STEPS: dict[int, Callable[[Data], Data]] = {1: _v1_to_v2, 2: _v2_to_v3}
"""STEPS[n] upgrades version n to n + 1."""


def upgrade(data: Data, version: int, target: int) -> Data:
    """Apply every step from `version` up to `target`."""
    for step in range(version, target):
        data = STEPS[step](data)
    data["schema_version"] = target
    return data


def renamed_locations(version: int) -> dict[tuple[str, ...], tuple[str, ...]]:
    """New location -> old location of renamed fields, so that error messages
    about an upgraded file still point at the line the writer can see."""
    renames: dict[tuple[str, ...], tuple[str, ...]] = {}
    if version < 2:
        renames[("root_cause", "detection_analysis")] = ("root_cause", "detection")
        renames[("root_cause", "response_analysis")] = ("root_cause", "response")
    if version < 3:
        renames[("customer_letter", "body")] = ("customer_letter", "narrative")
    return renames
