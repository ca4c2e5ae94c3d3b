"""A translated letter reads entirely in its language, wherever a customer meets it.

The example letter, without a reference line, with every `{{ field }}` in use and a complete
German translation. Each text of the writer's that the original letter prints ends in a marker
(ENMARK01, ...), each translation of one in another (DEMARK01, ...), and internal-only places
hold INTMARK words. The German letter is exported as every customer gets it: PDF (its text,
metadata and bookmarks), HTML, Markdown and the e-mail (its headers, every MIME part, the
attachment's name and the attached PDF), from the command line and through a merge whose one
recipient asks for German and fills every recipient field. No ENMARK or INTMARK may appear
anywhere; every DEMARK the letter prints must.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pypdf
import pytest

from postmortem.checks import check
from postmortem.cli import main
from postmortem.editing import set_value
from postmortem.fileformat import load, save
from postmortem.model import Document
from postmortem.translations.model import TranslatedText
from postmortem.translations.paragraphs import split_paragraphs
from postmortem.translations.sheet import entries, text_edit
from postmortem.translations.sources import document_texts

# The original's new paragraphs and their German, with every document field (the example's
# body already has impact_window, data_loss, customer_action, promises and contact_email).
NEW_PARAGRAPHS = [
    ("{{ timeline }}", "{{ timeline }}"),
    ("{{ chart }}", "{{ chart }}"),
    ("{{ services }}", "{{ services }}"),
    ("We write on behalf of {{ organisation }}; what stopped was our {{ services }}, and messages may "
     "be lost {{ data_loss_window }}.",
     "Wir schreiben im Namen von {{ organisation }}; ausgefallen sind {{ services }}, und Nachrichten "
     "sind {{ data_loss_window }} möglicherweise verloren."),
    ("In short: {{ data_loss }}. Please {{ customer_action }}. It lasted {{ impact_window }}; "
     "what happened: {{ timeline }}. We promise {{ promises }}.",
     "Kurz gesagt: {{ data_loss }}. Bitte: {{ customer_action }}. Es dauerte {{ impact_window }}; "
     "was geschah: {{ timeline }}. Wir versprechen: {{ promises }}."),
    ("{{ signer }}", "{{ signer }}"),
    ("Signed by {{ signer }}.", "Unterschrieben von {{ signer }}."),
]
RECIPIENT_PARAGRAPH = (
    "This letter is for {{ recipient.name }} ({{ recipient.email }}) at {{ recipient.company }}, "
    "{{ recipient.salutation }} in {{ recipient.language }}, from {{ recipient.impact_start }} to "
    "{{ recipient.impact_end }}; lost: {{ recipient.lost_items }}. {{ recipient.note }}",
    "Dieser Brief ist für {{ recipient.name }} ({{ recipient.email }}) bei {{ recipient.company }}, "
    "{{ recipient.salutation }} auf {{ recipient.language }}, von {{ recipient.impact_start }} bis "
    "{{ recipient.impact_end }}; verloren: {{ recipient.lost_items }}. {{ recipient.note }}",
)
RECIPIENT = {"email": "ana@example.org", "name": "Ana Lima RCMARK1", "company": "Lima GmbH RCMARK2",
             "salutation": "Liebe Frau Lima RCMARK3,", "language": "de",
             "impact_start": "2026-10-28T03:00:00-04:00", "impact_end": "2026-10-29T10:00:00-04:00",
             "lost_items": "Zwei Support-Anfragen RCMARK4", "note": "Ihr Ticket RCMARK5 ist beantwortet."}
MARK = re.compile(r"\b(?:EN|INT)MARK\d+\b")
_PLACE = re.compile(r"(\w+)|\[(\d+)\]")


def _path(place: str) -> tuple[str | int, ...]:
    return tuple(name or int(index) for name, index in _PLACE.findall(place))


def _words(paragraph: str) -> bool:
    """Whether a paragraph has words of the writer's besides its fields."""
    return bool(re.sub(r"\{\{[^}]*\}\}", "", paragraph).strip())


def _internal(document: Document) -> None:
    """Internal-only words everywhere customers must not read, translated ones included."""
    document.meta.internal_notes = "INTMARK1"
    document.impact.internal_notes = "INTMARK2"
    document.impact.description = "The description of the impact INTMARK3"
    document.impact.sla_notes = "Credits for two customers INTMARK4"
    document.customer_letter.internal_notes = "INTMARK5"
    document.root_cause.trigger = "The trigger INTMARK6"
    document.summary.text = "The summary INTMARK7"
    hidden = next(i for i, e in enumerate(document.timeline.events) if not e.customer_visible)
    document.timeline.events[hidden].description = "web01 rebooted INTMARK8"
    unpromised = next(i for i, a in enumerate(document.action_items.items) if not a.customer_promised)
    document.action_items.items[unpromised].title = "An unpromised change INTMARK9"
    document.action_items.items[0].owner = "Dana Owner INTMARK10"
    german = document.customer_letter.translations["de"]
    german.texts = {**german.texts,
                    f"timeline.events[{hidden}].description": TranslatedText(text="INTMARK11"),
                    f"action_items.items[{unpromised}].title": TranslatedText(text="INTMARK12")}


def marked_letter(example_path: Path, paragraphs: list[tuple[str, str]]) -> tuple[Document, dict[str, str]]:
    """The document, and the German marker of each text the German letter prints, by sheet key."""
    document = load(example_path)
    letter = document.customer_letter
    letter.reference = ""  # headed by the title, in German by its translation
    letter.translations["de"].reference = TranslatedText()
    letter.body = "\n\n".join([letter.body, *(english for english, _ in paragraphs)])
    german_of = dict(paragraphs)
    count = 0

    def mark(text: str, language: str) -> str:
        nonlocal count
        count += 1
        return f"{text.rstrip()} {language}MARK{count:02}"

    for part in ("email_note", "greeting", "closing"):  # the e-mail note's is ENMARK01
        setattr(letter, part, mark(getattr(letter, part), "EN"))
    body = []
    for paragraph in split_paragraphs(letter.body):
        body.append(mark(paragraph, "EN") if _words(paragraph) else paragraph)
        german_of[body[-1]] = german_of.get(paragraph, "")
    letter.body = "\n\n".join(body)
    for place, text in document_texts(document).items():  # the title, services, promises, events, signer
        set_value(document, _path(place), mark(text, "EN"))
    _internal(document)
    assert count > 20
    german: dict[str, str] = {"english": str(count)}
    originals = split_paragraphs(letter.body)
    for entry in entries(document, "de"):
        if entry.key.startswith("body:"):
            original = originals[int(entry.key.split(":")[1])]
            text = german_of.get(original) or entry.translated or "Ein neuer Absatz"
        else:
            text = entry.translated or "Ein deutscher Text"
        if _words(text):
            text = mark(re.sub(r" DEMARK\d+$", "", text), "DE")
            german[entry.key] = text.rsplit(" ", 1)[1]
        set_value(document, *text_edit(document, "de", entry.key, text))
    # Nothing missing or stale; the one hint names the checks that do not read German.
    gaps = [f for f in check(document, "customer")
            if f.location.startswith("customer_letter.translations") and f.rule != "checks-not-run"]
    assert [str(f) for f in gaps] == []
    assert len(german) - 1 == int(german["english"])  # a translation for each original
    return document, german


def pdf_strings(data: bytes) -> str:
    """Everything a reader can see of a PDF: its text, document information, XMP and bookmarks."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = [page.extract_text() for page in reader.pages]
    text += [str(value) for value in (reader.metadata or {}).values()]
    text.append(reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8"))
    text += [item.title for item in reader.outline if not isinstance(item, list)]
    return " ".join(" ".join(text).split())


def mail_strings(data: bytes) -> tuple[EmailMessage, str, str]:
    """The message, the words of its headers and text parts (with the attachment's name), and its PDF's."""
    message = message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    words = [f"{name}: {value}" for name, value in message.items()]
    pdf = ""
    for part in message.walk():
        words += [f"{name}: {value}" for name, value in part.items()]
        if part.get_content_type() == "application/pdf":
            words.append(part.get_filename() or "")
            pdf = pdf_strings(part.get_content())
        elif not part.is_multipart():
            words.append(part.get_content())
    return message, " ".join(" ".join(words).split()), pdf


def assert_german(where: str, text: str, expected: set[str]) -> None:
    assert MARK.findall(text) == [], where
    found = set(re.findall(r"\bDEMARK\d+\b", text))
    assert expected <= found, (where, sorted(expected - found))


@pytest.fixture
def folder(tmp_path: Path, example_path: Path) -> Path:
    for source in example_path.parent.iterdir():
        shutil.copy(source, tmp_path / source.name)
    return tmp_path


def test_every_word_of_the_german_letter_is_german_in_every_export(
        folder: Path, example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document, german = marked_letter(example_path, NEW_PARAGRAPHS)
    path = folder / "letter.postmortem"
    save(document, path)
    english = int(german.pop("english"))
    in_letter = set(german.values()) - {german["email_note"]}
    outputs = {}
    for form in ("md", "html", "pdf", "eml"):
        target = folder / f"letter-de.{form}"
        assert main(["export", str(path), "--audience", "customer", "--format", form, "--language", "de",
                     "-o", str(target)]) == 0
        outputs[form] = target.read_bytes()
    told = capsys.readouterr().err.splitlines()
    assert [line for line in told if line.startswith(("warning", "error"))] == []
    assert_german("md", outputs["md"].decode(), in_letter)
    assert_german("html", outputs["html"].decode(), in_letter)
    assert_german("pdf", pdf_strings(outputs["pdf"]), in_letter)
    message, words, pdf = mail_strings(outputs["eml"])
    assert_german("e-mail", words, {german["text:meta.title"], german["greeting"], german["closing"],
                                    german["email_note"]})
    assert_german("e-mail's PDF", pdf, in_letter)
    assert message["Subject"].endswith(german["text:meta.title"])
    assert message["Content-Language"] == "de"
    assert next(message.iter_attachments()).get_filename() == "northwind-load-labs-brief-2026-11-06.pdf"
    # The markers are printed at all: the original letter shows every ENMARK, and no INTMARK.
    original = folder / "letter.md"
    assert main(["export", str(path), "--audience", "customer", "--format", "md", "-o", str(original)]) == 0
    shown = set(re.findall(r"\b(?:EN|INT)MARK\d+\b", original.read_text("utf-8")))
    assert shown == {f"ENMARK{n:02}" for n in range(2, english + 1)}  # 01: the e-mail note


def test_a_german_recipient_of_a_merge_reads_only_german_and_their_own_words(
        folder: Path, example_path: Path) -> None:
    document, german = marked_letter(example_path, [*NEW_PARAGRAPHS, RECIPIENT_PARAGRAPH])
    german.pop("english")
    path = folder / "letter.postmortem"
    save(document, path)
    with (folder / "recipients.csv").open("w", newline="", encoding="utf-8") as stream:
        table = csv.DictWriter(stream, fieldnames=list(RECIPIENT))
        table.writeheader()
        table.writerow(RECIPIENT)
    assert main(["merge", str(path), "--recipients", str(folder / "recipients.csv"), "--out",
                 str(folder / "out"), "--jobs", "1"]) == 0
    # Their salutation replaces the greeting, their lost items the data-loss details.
    replaced = {german["greeting"], german["text:impact.data_loss_details"]}
    in_letter = set(german.values()) - replaced - {german["email_note"]}
    own = {f"RCMARK{n}" for n in range(1, 6)}
    letter = pdf_strings((folder / "out" / "0002-ana-lima-rcmark1.pdf").read_bytes())
    assert_german("merged PDF", letter, in_letter)
    assert own <= set(re.findall(r"\bRCMARK\d\b", letter))
    message, words, pdf = mail_strings((folder / "out" / "0002-ana-lima-rcmark1.eml").read_bytes())
    assert_german("merged e-mail", words,
                  {german["text:meta.title"], german["closing"], german["email_note"]})
    assert pdf == letter
    assert "Liebe Frau Lima RCMARK3," in words
    assert next(message.iter_attachments()).get_filename() == "northwind-load-labs-brief-2026-11-06.pdf"
