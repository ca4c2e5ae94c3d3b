"""Bringing facts in from other tools: one module per source, no Qt.

    read_sources([paths], "auto", Options(zone=..., day=...)) -> Imported
    merge.apply(document, imported) -> Report

Sources: `markdown` (postmortems from the usual templates, and this app's
internal Markdown export), `csv` (CSV/TSV timelines), `slack` (a channel
export folder or zip), `pagerduty` (incident log entries JSON), `statuspage`
(incident JSON) and `chat` (plain chat or notes, read by `lines.py`, which
also reads what is pasted into the timeline). `detect.py` tells them apart.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

from postmortem.importers.detect import FORMATS, detect
from postmortem.importers.result import Imported
from postmortem.importers.source import Options

__all__ = ["FORMATS", "Imported", "Options", "detect", "read_source", "read_sources"]

Progress = Callable[[int, int], None]


def read_source(
    path: Path, source_format: str, options: Options, progress: Progress | None = None
) -> Imported:
    """One source, read into rows; raises DocumentError naming the file and line if unreadable."""
    chosen = detect(path) if source_format == "auto" else source_format
    if chosen == "slack":
        from postmortem.importers.slack import read_slack

        return read_slack(path, options, progress)
    if chosen == "markdown":
        from postmortem.importers.markdown_source import read_markdown

        return read_markdown(path, options)
    if chosen == "csv":
        from postmortem.importers.csv_source import read_csv

        return read_csv(path, options)
    if chosen == "pagerduty":
        from postmortem.importers.pagerduty import read_pagerduty

        return read_pagerduty(path, options)
    if chosen == "statuspage":
        from postmortem.importers.statuspage import read_statuspage

        return read_statuspage(path, options)
    from postmortem.importers.chat import read_chat

    return read_chat(path, options)


def read_sources(
    paths: Sequence[Path], source_format: str, options: Options, progress: Progress | None = None
) -> Imported:
    total = Imported(zone=options.zone)
    zones: list[tuple[str, str]] = []
    for path in paths:
        # Each source gets its own copy: a Markdown file's front matter (its zone,
        # its date) says how that file is read, not the next one.
        one = read_source(Path(path), source_format, dataclasses.replace(options), progress)
        total.extend(one)
        zones.append((one.zone, Path(path).name))
    if len({zone for zone, _name in zones}) > 1:  # the report names each source's zone
        total.zone = ", ".join(f"{zone} ({name})" for zone, name in zones)
    elif zones:
        total.zone = zones[0][0]
    return total
