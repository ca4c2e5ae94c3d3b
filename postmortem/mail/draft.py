"""The customer letter as an e-mail draft: an RFC 5322 message built with `email`.

A short covering note (plain text and HTML alternatives) carries the
letter as a PDF attachment. Mail clients open the file as an unsent draft
(`X-Unsent: 1`). Everything in it comes from what customers may read, and
every byte is derived from the document and the addressee: the Date is
the letter's own moment, the Message-ID and the MIME boundaries are
digests, so the same document gives the same file and a resent merge
carries the same Message-ID (the send journal counts on it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from postmortem import markdown, timefmt
from postmortem.errors import DocumentError
from postmortem.i18n import translator
from postmortem.i18n.labels import default_wording
from postmortem.model import Document
from postmortem.render.scripts import language_direction, strong_direction
from postmortem.views import document_date

# CRLF line ends and 78-column headers: the file is what goes over SMTP.
POLICY = policy.SMTP


@dataclass(frozen=True)
class Addressee:
    """Who one message is for; `greeting` replaces the letter's own when set."""

    email: str
    name: str = ""
    greeting: str = ""


@dataclass(frozen=True)
class CoveringNote:
    """The words of the message body, already customer-safe."""

    greeting: str
    note: str  # Markdown
    closing: str
    signer: str
    organisation: str


def refuse_header_breaks(value: str, what: str) -> str:
    """A value that reaches a header, refused if it could start another header."""
    if re.search(r"[\r\n\x00\x0b\x0c\x85\u2028\u2029]", value):
        raise DocumentError(None, "a line break cannot go into an e-mail header", field=what)
    return value


def sender(document: Document) -> Address:
    org = document.meta.organisation
    if not org.contact_email:
        raise DocumentError(
            None,
            "an e-mail draft is sent from the organisation's contact address; fill it in",
            field="meta.organisation.contact_email",
        )
    user, _, domain = org.contact_email.rpartition("@")
    return Address(display_name=refuse_header_breaks(org.name, "meta.organisation.name"),
                   username=user, domain=domain)


def subject(document: Document) -> str:
    letter = document.customer_letter
    fallback = translator(document.meta.language).gettext("Our letter about the incident")
    return refuse_header_breaks(letter.reference or document.meta.title or fallback,
                                "customer_letter.reference")


def sent_moment(document: Document) -> dt.datetime:
    """The Date header: the letter's date at the end of the incident's last moment, or 09:00 local."""
    tz = timefmt.zone(document.meta.time_zone)
    day = document.customer_letter.date or document_date(document)
    reference = document.reference_time()
    last = reference.astimezone(tz) if reference else None
    if last is not None and (day is None or last.date() == day):
        return last.replace(microsecond=0)
    if day is None:
        return dt.datetime(1980, 1, 1, tzinfo=dt.UTC)
    return dt.datetime.combine(day, dt.time(9, 0), tz)


def digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def message_id(document: Document, addressee: Addressee | None, salt: str = "") -> str:
    """Stable for the same document, addressee and letter text; unique otherwise."""
    who = addressee.email.lower() if addressee else ""
    key = digest(document.model_dump_json(), who, salt)
    domain = sender(document).domain
    return f"<{key[:32]}.postmortem@{domain}>"


def covering_note(document: Document) -> CoveringNote:
    letter = document.customer_letter
    signer = document.signer
    language = document.meta.language
    return CoveringNote(
        greeting=default_wording(letter, "greeting", language),
        note=default_wording(letter, "email_note", language),
        closing=default_wording(letter, "closing", language),
        signer=signer.name if signer else letter.signer,
        organisation=document.meta.organisation.name,
    )


def _plain(note: CoveringNote) -> str:
    sign_off = "\n".join(line for line in (note.closing, note.signer, note.organisation) if line)
    parts = [note.greeting, note.note.strip(), sign_off]
    return "\n\n".join(part for part in parts if part) + "\n"


def _auto(text: str) -> str:
    return ' dir="auto"' if strong_direction(text) else ""


def _html(note: CoveringNote, language: str) -> str:
    lines = [line for line in (note.closing, note.signer, note.organisation) if line]
    sign_off = "<br>\n".join(html.escape(line) for line in lines)
    greeting = f"<p{_auto(note.greeting)}>{html.escape(note.greeting)}</p>\n" if note.greeting else ""
    # The page's direction on <body> too: some mail clients drop the <html> element's attributes.
    direction = language_direction(language)
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(language)}" dir="{direction}">\n'
        '<head><meta charset="utf-8"></head>\n'
        f'<body dir="{direction}" style="font-family: sans-serif; font-size: 15px; line-height: 1.5">\n'
        f"{greeting}{markdown.to_html(note.note, language=language)}"
        f"<p{_auto(' '.join(lines))}>{sign_off}</p>\n"
        "</body>\n</html>\n"
    )


def _file_words(text: str) -> list[str]:
    """'Müller & Söhne' -> ['muller', 'sohne']; words in another script give nothing."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.findall(r"[a-z0-9]+", plain)


def attachment_name(document: Document) -> str:
    """The PDF's file name in the letter's language ('northwind-load-labs-brief-2026-11-06.pdf'),
    from the organisation (else its public domain) and the letter's date: nothing internal.

    Only ASCII: a name in another script travels RFC 2231-encoded, which older mail readers
    (munpack) do not decode, and the attachment reaches them nameless. So the letter's word
    is left out where it has no ASCII spelling (Japanese, Arabic): no English word stands in.
    """
    org = document.meta.organisation
    words = _file_words(org.name)[:4] or _file_words(org.contact_email.rpartition("@")[2].rpartition(".")[0])
    word = translator(document.meta.language).pgettext("attachment file name", "letter")
    day = document.customer_letter.date or document_date(document)
    parts = [*words[:4], *_file_words(word), *([day.isoformat()] if day else [])]
    return "-".join(parts or ["letter"]) + ".pdf"


def build_draft(
    document: Document,
    pdf: bytes,
    *,
    addressee: Addressee | None = None,
    note: CoveringNote | None = None,
    pdf_name: str = "",
    salt: str = "",
) -> bytes:
    """The message as bytes (CRLF), ready to save as `.eml` or to send.

    Without an addressee it is a draft with no To, for the writer to address.
    `salt` sets the Message-ID apart for what the document does not hold
    (a recipient's own fields).
    """
    note = note or covering_note(document)
    if addressee is not None:
        note = CoveringNote(addressee.greeting or note.greeting, note.note, note.closing, note.signer,
                            note.organisation)
    message = EmailMessage(policy=POLICY)
    message["From"] = sender(document)
    if addressee is not None:
        user, _, domain = refuse_header_breaks(addressee.email, "email").rpartition("@")
        message["To"] = Address(display_name=refuse_header_breaks(addressee.name, "name"),
                                username=user, domain=domain)
    message["Subject"] = subject(document)
    message["Date"] = format_datetime(sent_moment(document))
    message["Message-ID"] = message_id(document, addressee, salt)
    message["X-Unsent"] = "1"
    message.set_content(_plain(note), subtype="plain", charset="utf-8")
    message.add_alternative(_html(note, document.meta.language), subtype="html", charset="utf-8")
    message.add_attachment(pdf, maintype="application", subtype="pdf",
                           filename=pdf_name or attachment_name(document))
    # After the parts: set_content drops every Content-* header already set.
    message["Content-Language"] = document.meta.language
    # MIME boundaries are random unless set; "=_" can occur in neither
    # base64 nor quoted-printable text, so a digest after it is safe.
    key = digest(message["Message-ID"])[:24]
    for number, part in enumerate(p for p in message.walk() if p.is_multipart()):
        part.set_boundary(f"=_{key}_{number}")
    return message.as_bytes(policy=POLICY)
