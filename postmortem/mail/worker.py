"""The merge's worker process: loads the document once, stays warm, renders rows.

WeasyPrint holds the GIL for the whole of a render, so the merge uses
processes, not threads. Each worker keeps its loaded document, its
customer view, WeasyPrint's font set-up and its parsed templates from one
row to the next; only the first row a worker renders pays for them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from postmortem.assets import AssetFolder
from postmortem.atomic import atomic_write
from postmortem.fileformat import load
from postmortem.mail.personal import recipient_email, recipient_pdf
from postmortem.mail.recipients import Recipient
from postmortem.model import Document
from postmortem.translations.reading import in_language
from postmortem.views import CustomerView, customer_view


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


def start(document_path: str, out: str, formats: tuple[str, ...]) -> None:
    """Runs once in each worker process (and in-process for --jobs 1)."""
    document = load(document_path)
    assets = AssetFolder(document._folder)
    _WARM["state"] = _Warm(document, customer_view(document), assets, Path(out), formats)


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
