"""Upgrades of older files to the current schema, one version step at a time.

Each step takes the plain data read from a file of version N and returns
data of version N+1. Steps never drop a value: a renamed field keeps its
text, and the file on disk is only rewritten when the writer saves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Data = dict[str, Any]


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


STEPS: dict[int, Callable[[Data], Data]] = {1: _v1_to_v2}
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
    return renames
