"""The merge's worker process: loads the document once, stays warm, renders rows.

WeasyPrint holds the GIL for the whole of a render, so the merge uses
processes, not threads. Each worker keeps its loaded document, its
customer view, WeasyPrint's font set-up and its parsed templates from one
row to the next; only the first row a worker renders pays for them.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from postmortem.assets import AssetFolder
from postmortem.atomic import atomic_write
from postmortem.fileformat import MAX_BYTES, loads
from postmortem.mail.personal import recipient_email, recipient_pdf
from postmortem.mail.recipients import Recipient
from postmortem.model import Document
from postmortem.safeio import read_regular
from postmortem.translations.reading import in_language
from postmortem.views import CustomerView, customer_view


@dataclass(frozen=True)
class Source:
    """The document a merge renders: the file's text, the name errors give it, and the folder
    its logo and images come from (None: none are read).

    The app hands the document it shows on the merge's standard input, so that no copy of
    it (internal notes and all) is ever written beside the original.
    """

    text: bytes
    name: str
    folder: str | None

    @classmethod
    def read(cls, path: Path) -> Source:
        text = read_regular(path, MAX_BYTES, kind="postmortem file")
        return cls(text, str(path), str(path.resolve().parent))

    def load(self) -> Document:
        document = loads(self.text, self.name)
        document.folder = Path(self.folder) if self.folder else None
        return document


@dataclass(frozen=True)
class Job:
    recipient: Recipient
    stem: str
    key: str
    language: str = ""  # the letter's language for this row; "" is the document's own


@dataclass(frozen=True)
class Done:
    stem: str
    key: str
    files: dict[str, int]  # file name -> size
    message_id: str
    error: str = ""


@dataclass
class _Warm:
    document: Document
    view: CustomerView
    assets: AssetFolder
    out: Path
    formats: tuple[str, ...]
    # The document as it reads in each language rows asked for, made on the first such row.
    translated: dict[str, tuple[Document, CustomerView]] = field(default_factory=dict)

    def reading(self, language: str) -> tuple[Document, CustomerView]:
        if not language or language == self.document.meta.language:
            return self.document, self.view
        if language not in self.translated:
            document = in_language(self.document, language)
            self.translated[language] = (document, customer_view(document))
        return self.translated[language]


# This process's warm state, set once by start().
_WARM: dict[str, _Warm] = {}


def start(source: Source, out: str, formats: tuple[str, ...]) -> None:
    """Runs once in each worker process (and in-process for --jobs 1)."""
    document = source.load()
    assets = AssetFolder(document._folder)
    _WARM["state"] = _Warm(document, customer_view(document), assets, Path(out), formats)


def start_in_pool(merge_pid: int, source: Source, out: str, formats: tuple[str, ...]) -> None:
    """A pool worker's start. A pool's workers wait for rows as long as the merge lives; one
    killed outright (the app closed, a crash) leaves them waiting for ever with the document
    in memory, so each ends itself once its parent is gone."""
    threading.Thread(target=_end_with_parent, args=(merge_pid,), daemon=True).start()
    start(source, out, formats)


def _end_with_parent(merge_pid: int) -> None:
    while os.getppid() == merge_pid:
        time.sleep(0.5)
    os._exit(1)


def render(job: Job) -> Done:
    warm = _WARM["state"]
    from email import policy
    from email.parser import BytesParser

    from postmortem.errors import DocumentError

    try:
        document, view = warm.reading(job.language)
        pdf = recipient_pdf(document, job.recipient, job.key, warm.assets, view)
        files: dict[str, int] = {}
        message_id = ""
        if "eml" in warm.formats:
            eml = recipient_email(document, job.recipient, job.key, pdf)
            headers = BytesParser(policy=policy.default).parsebytes(eml, headersonly=True)
            message_id = str(headers["Message-ID"]).strip()
            atomic_write(warm.out / f"{job.stem}.eml", eml)
            files[f"{job.stem}.eml"] = len(eml)
        if "pdf" in warm.formats:
            atomic_write(warm.out / f"{job.stem}.pdf", pdf)
            files[f"{job.stem}.pdf"] = len(pdf)
    except DocumentError as error:
        return Done(job.stem, job.key, {}, "", error.reason)
    return Done(job.stem, job.key, files, message_id)
