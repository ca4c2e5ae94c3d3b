"""`postmortem import`: timelines, logs and old postmortems into a `.postmortem` file.

Exit codes: 0 imported, 1 imported with findings (lines not read, text not
placed, values kept), 2 unreadable source or bad usage, with one line
naming the file and the line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import zoneinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from postmortem.errors import DocumentError

if TYPE_CHECKING:
    from postmortem.importers.result import Imported
    from postmortem.model import Document

# As `postmortem.fileformat` names it: the command line loads the file format and the model
# only inside a command, after a PDF export has started its renderer (a test keeps them equal).
EXTENSION = ".postmortem"

# `postmortem.importers.detect.FORMATS`, which the import command checks against when it
# runs; written out here so that building the parser (for every command) loads no importer.
FORMATS = ("auto", "markdown", "csv", "slack", "pagerduty", "statuspage", "chat")


class ImportUsageError(Exception):
    """Bad usage of `postmortem import`; the CLI turns it into exit 2."""


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "import", help="bring in a timeline, chat, PagerDuty or Statuspage log, or a Markdown postmortem"
    )
    parser.add_argument("sources", nargs="+", type=Path, metavar="SOURCE")
    target = parser.add_mutually_exclusive_group()
    target.add_argument(
        "-o", "--output", type=Path, metavar="NEW", help=f"create a new document (*{EXTENSION})"
    )
    target.add_argument("--into", type=Path, metavar="EXISTING", help="merge into an existing document")
    parser.add_argument(
        "--from",
        dest="source_format",
        choices=FORMATS,
        default="auto",
        help="the kind of source (default: detected from the content)",
    )
    parser.add_argument("--zone", help="IANA zone for times without an offset (default: the document's)")
    parser.add_argument(
        "--date", type=_date, help="date for sources that give only times of day (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--columns",
        type=_columns,
        default={},
        metavar="FIELD=HEADER,...",
        help="which header holds what, e.g. time=When,description=Notes",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print what would be imported; write nothing"
    )


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2026-10-27") from None


def _columns(text: str) -> dict[str, str]:
    pairs = [part.split("=", 1) for part in text.split(",") if part.strip()]
    if any(len(pair) != 2 for pair in pairs):
        raise argparse.ArgumentTypeError(f"{text!r}: write FIELD=HEADER pairs, e.g. time=When")
    return {field.strip(): header.strip() for field, header in pairs}


def run(args: argparse.Namespace) -> int:
    from postmortem.fileformat import load, save
    from postmortem.importers import Options, read_sources
    from postmortem.importers.merge import apply
    from postmortem.model import Document

    if not (args.output or args.into or args.dry_run):
        raise ImportUsageError(
            "say where the import goes: -o NEW.postmortem, --into EXISTING.postmortem or --dry-run"
        )
    target: Path | None = args.output or args.into
    if target is not None and target.suffix != EXTENSION:
        raise ImportUsageError(f"{target}: the file name must end in {EXTENSION}")
    if args.output and args.output.exists():
        raise ImportUsageError(f"{args.output}: already exists; use --into to merge (nothing was changed)")
    document = load(args.into) if args.into else Document()
    if args.zone:
        try:
            zoneinfo.ZoneInfo(args.zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ImportUsageError(
                f"--zone {args.zone}: not an IANA time zone such as Europe/Berlin"
            ) from None
    options = Options(
        zone=args.zone or document.meta.time_zone,
        day=args.date,
        columns=args.columns,
        zone_given=bool(args.zone),
    )
    for source in args.sources:
        if not source.exists():
            raise DocumentError(source, "does not exist")
    imported = read_sources(args.sources, args.source_format, options)
    if args.zone and not args.into and document.meta.time_zone == "UTC":
        document.meta.time_zone = args.zone
    report = apply(document, imported)
    if args.dry_run:
        for line in describe(imported, document.meta.time_zone):
            print(line)
    elif args.into and not report.sections:
        pass  # nothing new: the file is left exactly as it was
    elif args.into:
        _save_with_version(document, args.into)
    else:
        save(document, args.output)
    for line in report.lines():
        print(line)
    if args.dry_run:
        where = "nothing written (dry run)"
    elif args.into and not report.sections:
        where = f"nothing new; {target} left as it was"
    else:
        where = f"wrote {target}"
    print(f"{', '.join(map(str, args.sources))}: {where}")
    return 1 if report.findings or report.unplaced else 0


def describe(imported: Imported, zone: str) -> list[str]:
    """One line an item, as the dry run prints them."""
    from postmortem import timefmt

    lines = []
    for event in imported.events:
        when = timefmt.table_time(event.event.time, zone)
        seen = "customer-visible" if event.event.customer_visible else "internal"
        text = " ".join(event.event.description.split())
        lines.append(f"event   {when} [{event.event.kind.value}, {seen}, {event.zone}] {text[:100]}")
    for action in imported.actions:
        item = action.item
        due = f", due {item.due}" if item.due else ""
        lines.append(
            f"action  {item.title} ({item.priority.value}, {item.status.value}{due}) <- {action.where}"
        )
    for field in imported.fields:
        value = field.value if not isinstance(field.value, str) else " ".join(field.value.split())[:80]
        lines.append(f"field   {'.'.join(field.path)} = {value} <- {field.where}")
    for note in imported.unplaced:
        lines.append(f"note    {note.section}.internal_notes <- {note.where}")
    return lines


def _save_with_version(document: Document, path: Path) -> None:
    from postmortem.fileformat import save
    from postmortem.workspace.locking import DocumentLock
    from postmortem.workspace.userdirs import versions_dir
    from postmortem.workspace.versions import VersionStore

    owner = DocumentLock(path).owner()
    if owner is not None:
        raise DocumentError(
            path, f"is open for editing ({owner.describe()}); close it there first (nothing was changed)"
        )
    VersionStore(versions_dir()).record(path)
    save(document, path)
