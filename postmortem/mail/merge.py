"""`postmortem merge`: one letter (PDF and/or e-mail) per recipient, resumable.

Rows are rendered by warm worker processes (`worker.py`). A state file
beside the outputs records, for each row, the key of what was rendered
(document and row) and the sizes of the files written; a rerun skips a
row whose key is unchanged and whose files are all there at those sizes,
so it redoes exactly what was deleted, cut short or changed. Files are
written atomically, so a file that exists is complete. `manifest.csv`
lists what the folder holds, with cells made safe for spreadsheets.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import re
import threading
import unicodedata
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from postmortem.atomic import atomic_write
from postmortem.mail import worker
from postmortem.mail.languages import recipient_language
from postmortem.mail.personal import recipient_key
from postmortem.mail.recipients import RecipientList, finding_row, safe_cell
from postmortem.mail.worker import Done, Job, Source
from postmortem.model import Document

STATE_NAME = ".merge-state.jsonl"
MANIFEST_NAME = "manifest.csv"
FORMATS = ("pdf", "eml")


@dataclass
class MergeReport:
    written: list[Done] = field(default_factory=list)
    up_to_date: list[Job] = field(default_factory=list)
    failed: list[tuple[Job, str]] = field(default_factory=list)
    skipped_rows: list[tuple[int, str]] = field(default_factory=list)  # rows with errors
    cancelled: bool = False


def stem_for(row: int, name: str, email: str) -> str:
    """'0007-ana-lima': the row keeps names apart; only the recipient's own words are used."""
    plain = unicodedata.normalize("NFKD", name or email.split("@", maxsplit=1)[0])
    words = re.findall(r"[a-z0-9]+", plain.encode("ascii", "ignore").decode().lower())
    return f"{row:04}-{'-'.join(words)[:40].strip('-') or 'recipient'}"


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


class _State:
    def __init__(self, folder: Path) -> None:
        self.path = folder / STATE_NAME
        self.rows: dict[str, dict[str, object]] = {}
        if self.path.exists():
            for line in self.path.read_text("utf-8", "replace").splitlines():
                try:
                    data = json.loads(line)
                    self.rows[str(data["stem"])] = data
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut short by a kill

    def current(self, job: Job, folder: Path) -> dict[str, object] | None:
        data = self.rows.get(job.stem)
        if not data or data.get("key") != job.key:
            return None
        files = data.get("files")
        if not isinstance(files, dict) or not files:
            return None
        for name, size in files.items():
            path = folder / name
            if not path.is_file() or path.stat().st_size != size:
                return None
        return data

    def record(self, done: Done) -> None:
        data: dict[str, object] = {
            "stem": done.stem, "key": done.key, "files": done.files, "message_id": done.message_id
        }
        with self.path.open("a", encoding="utf-8") as stream:
            stream.write(json.dumps(data) + "\n")
        self.rows[done.stem] = data


def plan(recipients: RecipientList, document: Document, formats: tuple[str, ...]) -> list[Job]:
    salt = ",".join(sorted(formats))
    document_json = document.model_dump_json()
    jobs = []
    for r in recipients.usable:
        # The language is part of what 'up to date' compares: a row whose letter
        # falls back today is rewritten once its translation exists.
        language = recipient_language(document, r)
        key = recipient_key(f"{document_json}{salt}|{language}", r)
        jobs.append(Job(r, stem_for(r.row, r.name, r.email), key, language))
    return jobs


def merge(
    document: Path | Source,
    recipients: RecipientList,
    out: Path,
    *,
    formats: tuple[str, ...] = FORMATS,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> MergeReport:
    source = document if isinstance(document, Source) else Source.read(document)
    loaded = source.load()
    out.mkdir(parents=True, exist_ok=True)
    report = MergeReport()
    bad_rows = {r.row for r in recipients.recipients} - {r.row for r in recipients.usable}
    reasons: dict[int, list[str]] = {}
    for finding in recipients.findings:
        if " row " not in finding.location:
            continue
        row = finding_row(finding)
        if row in bad_rows:
            reasons.setdefault(row, []).append(f"{finding.location}: {finding.message}")
    report.skipped_rows = [(row, "; ".join(why)) for row, why in sorted(reasons.items())]
    state = _State(out)
    todo: list[Job] = []
    for job in plan(recipients, loaded, formats):
        (report.up_to_date if state.current(job, out) else todo).append(job)
    total = len(report.up_to_date) + len(todo)
    finished = len(report.up_to_date)
    if progress:
        progress(finished, total)

    def collect(job: Job, done: Done) -> None:
        nonlocal finished
        if done.error:
            report.failed.append((job, done.error))
        else:
            state.record(done)
            report.written.append(done)
        finished += 1
        if progress:
            progress(finished, total)

    workers = min(jobs or default_jobs(), max(1, len(todo)))
    if workers <= 1:
        worker.start(source, str(out), formats)
        for job in todo:
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            collect(job, worker.render(job))
    else:
        _run_pool(source, out, formats=formats, todo=todo, workers=workers, collect=collect,
                  cancel=cancel, report=report)
    write_manifest(out, recipients, plan(recipients, loaded, formats), state, report)
    return report


def _run_pool(source: Source, out: Path, *, formats: tuple[str, ...], todo: list[Job], workers: int,
              collect: Callable[[Job, Done], None], cancel: threading.Event | None,
              report: MergeReport) -> None:
    # fork: each worker starts with the renderer already imported, and no
    # helper process outlives the pool. Only the single-threaded CLI forks;
    # the app runs `postmortem merge` as a child process instead.
    context = multiprocessing.get_context("fork")
    pending: dict[Future[Done], Job] = {}
    queue = list(reversed(todo))
    with ProcessPoolExecutor(workers, mp_context=context, initializer=worker.start_in_pool,
                             initargs=(os.getpid(), source, str(out), formats)) as pool:
        # Two rows in flight per worker: enough to keep each busy, few enough to stop soon on Cancel.
        while queue or pending:
            while queue and len(pending) < 2 * workers and not (cancel and cancel.is_set()):
                job = queue.pop()
                pending[pool.submit(worker.render, job)] = job
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                queue.clear()
            if not pending:
                break
            done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in done:
                job = pending.pop(future)
                try:
                    collect(job, future.result())
                except Exception as error:  # a worker that died: report the row, go on
                    report.failed.append((job, f"the renderer stopped ({error.__class__.__name__})"))


MANIFEST_COLUMNS = ("row", "email", "name", "status", "pdf", "eml", "message_id", "language")


def write_manifest(out: Path, recipients: RecipientList, jobs: list[Job], state: _State,
                   report: MergeReport) -> None:
    failed = {job.stem: why for job, why in report.failed}
    by_row = {job.recipient.row: job for job in jobs}
    written = {done.stem for done in report.written}
    skipped = dict(report.skipped_rows)
    buffer = io.StringIO()
    table = csv.writer(buffer, lineterminator="\r\n")
    table.writerow(MANIFEST_COLUMNS)
    for recipient in recipients.recipients:
        job = by_row.get(recipient.row)
        files: dict[str, int] = {}
        message_id = ""
        if job is None:
            status = f"not merged: {skipped.get(recipient.row, 'row has errors')}"
        elif job.stem in failed:
            status = f"failed: {failed[job.stem]}"
        else:
            data = state.rows.get(job.stem) or {}
            files = data.get("files", {}) if data.get("key") == job.key else {}  # type: ignore[assignment]
            message_id = str(data.get("message_id", "")) if files else ""
            status = "written" if job.stem in written else "up to date" if files else "not yet written"
        pdf = next((n for n in files if n.endswith(".pdf")), "")
        eml = next((n for n in files if n.endswith(".eml")), "")
        language = job.language if job is not None and files else ""
        cells = (str(recipient.row), recipient.email, recipient.name, status, pdf, eml, message_id, language)
        table.writerow([safe_cell(cell) for cell in cells])
    atomic_write(out / MANIFEST_NAME, buffer.getvalue().encode("utf-8"))
