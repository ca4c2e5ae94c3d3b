"""Which kind of source a file is, from its content (its name only breaks ties)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from postmortem.errors import DocumentError
from postmortem.importers.source import parse_json, read_text

FORMATS = ("auto", "markdown", "csv", "slack", "pagerduty", "statuspage", "chat")


def detect(path: Path) -> str:
    if not path.exists():
        raise DocumentError(path, "does not exist")
    if path.is_dir() or zipfile.is_zipfile(path):
        return "slack"
    text = read_text(path)
    head = text.lstrip()[:1]
    # "[10:27] jdoe: ..." starts like JSON too: only a .json file, or text that parses, is JSON.
    if head and head in "[{" and (path.suffix.lower() == ".json" or _parses(text)):
        from postmortem.importers.pagerduty import is_pagerduty
        from postmortem.importers.statuspage import incidents

        data = parse_json(text, path)
        if is_pagerduty(data):
            return "pagerduty"
        if incidents(data):
            return "statuspage"
        if isinstance(data, list) and all(isinstance(m, dict) and "ts" in m for m in data):
            raise DocumentError(
                path, "is one day of a Slack export; import the channel's folder or the zip"
            )
        raise DocumentError(
            path, "is JSON, but neither a PagerDuty log, a Statuspage incident nor a Slack export", line=1
        )
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown", ".mdown"):
        return "markdown"
    if suffix in (".csv", ".tsv"):
        return "csv"
    first = next((line for line in text.split("\n") if line.strip()), "")
    if first.startswith(("#", "---")):
        return "markdown"
    if ("\t" in first or "," in first) and not any(
        ch.isdigit() for ch in first.split("\t")[0].split(",")[0]
    ):
        return "csv"
    return "chat"


def _parses(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True
