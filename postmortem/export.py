"""One entry point for every export: a document, a format and an audience in, bytes out."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from typing import Protocol

from postmortem.assets import AssetFolder
from postmortem.errors import DocumentError
from postmortem.model import Document
from postmortem.native import require_pdf_libraries

FORMATS = ("md", "html", "pdf")
# Formats only the customer letter has: the e-mail draft that carries its PDF.
CUSTOMER_FORMATS = ("eml",)
AUDIENCES = ("customer", "internal")
EXPORT_NAMES = {"customer": "letter", "internal": "report"}
"""What each audience's export is called in a file name, in the app and the CLI alike."""


class PdfRenderer(Protocol):
    """Makes a PDF from an export's HTML page: `render.pdf.html_to_pdf`, or a `PdfChild`'s `render`."""

    def __call__(self, html: str, assets: AssetFolder | None, *, identifier: bytes) -> bytes: ...


def default_export_name(stem: str, audience: str, format: str, language: str = "") -> str:
    """The file name an export gets unless the writer names it: `incident-letter.pdf`, and
    `incident-letter-de.pdf` for the letter in a language other than the document's."""
    suffix = f"-{language}" if language else ""
    return f"{stem}-{EXPORT_NAMES[audience]}{suffix}.{format}"


def _identifier(document: Document, audience: str, today: dt.date | None) -> bytes:
    # The PDF's file identifier: stable for the same content, different
    # for a different document, audience or "today".
    digest = hashlib.sha256()
    for part in (document.model_dump_json(), audience, today.isoformat() if today else ""):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()[:32].encode("ascii")


def export(
    document: Document,
    format: str,
    audience: str,
    *,
    base_dir: str | os.PathLike[str] | None = None,
    today: dt.date | None = None,
    language: str | None = None,
    pdf_renderer: PdfRenderer | None = None,
) -> bytes:
    """The document rendered for `audience` ("customer" or "internal") as `format`.

    `language` picks one of the letter's translations (default: the
    document's own language); `translations.reading.NoTranslation` when the
    letter has none in it. The internal report is in the document's language.

    Images (logo, signature, Markdown images) come only from `base_dir`,
    which defaults to the folder the document was loaded from; an unsaved
    document exports without them. `today` decides which actions are
    overdue in the internal report (default: the real date, as for
    `postmortem check`). `pdf_renderer` makes PDFs from the page (default:
    `render.pdf.html_to_pdf`; the CLI's `PdfChild` renders the same bytes).
    Equal arguments give byte-identical output.
    """
    if format not in FORMATS + CUSTOMER_FORMATS:
        raise DocumentError(
            None, f"unknown export format {format!r}; choose one of {', '.join(FORMATS + CUSTOMER_FORMATS)}")
    if audience not in AUDIENCES:
        raise DocumentError(None, f"unknown audience {audience!r}; choose one of {', '.join(AUDIENCES)}")
    if language is not None and language != document.meta.language:
        if audience != "customer":
            raise DocumentError(None, "only the customer letter is translated; the internal report is in "
                                      f"the document's language ({document.meta.language})")
        from postmortem.translations.reading import in_language

        document = in_language(document, language)
    if format == "eml":
        if audience != "customer":
            raise DocumentError(None, "an e-mail draft carries the customer letter; use --audience customer")
        from postmortem.mail.draft import build_draft

        pdf = export(document, "pdf", "customer", base_dir=base_dir, today=today, pdf_renderer=pdf_renderer)
        return build_draft(document, pdf)
    folder = base_dir if base_dir is not None else document.folder
    assets = AssetFolder(folder)
    # The views and renderers load with the first export: `import postmortem` stays light.
    from postmortem.views import customer_view, internal_view

    if format == "md":
        from postmortem.render.markdown_export import customer_markdown, internal_markdown

        if audience == "customer":
            return customer_markdown(customer_view(document), assets)
        from postmortem.importers.document_source import front_matter
        from postmortem.importers.markdown_source import read_body

        # The body is the readable report; the front matter carries, as YAML,
        # only the fields `postmortem import` cannot read back from it exactly.
        body = internal_markdown(internal_view(document, today=today), assets)
        return front_matter(document, body.decode("utf-8"), read_body).encode("utf-8") + body

    from postmortem.render.html import letter_html, report_html

    if audience == "customer":
        html = letter_html(customer_view(document), assets)
    else:
        html = report_html(internal_view(document, today=today), assets)
    if format == "html":
        return html.encode("utf-8")

    # Pango and friends are loaded first by us, so a missing one is a sentence, not a traceback.
    require_pdf_libraries()
    if pdf_renderer is None:
        from postmortem.render.pdf import html_to_pdf

        pdf_renderer = html_to_pdf
    # Every PDF is tagged (PDF/UA-1), however long: readers of the largest
    # incidents' reports need a screen reader's help most.
    return pdf_renderer(html, assets, identifier=_identifier(document, audience, today))
