"""The product's names for the document's values (statuses, kinds, sections) and its default
letter wording, in a document's language.

Each name is written out as a literal `pgettext` call so that `pybabel
extract` finds it; the English text is the msgid.
"""

from __future__ import annotations

from typing import Protocol

from postmortem.i18n.catalogs import Translator, translator
from postmortem.model import CustomerLetter, DataLoss


class Words(Protocol):
    """What naming a value needs of a translator. `gettext.NullTranslations` has it too: the
    names in English, the msgids themselves, without reading a catalogue (the app's English
    window names severities and statuses before its first paint, when Babel is not loaded)."""

    def pgettext(self, context: str, message: str) -> str: ...


def section_titles(tr: Words) -> dict[str, str]:
    """How the reports name each section (the keys of `model.SECTION_TITLES`)."""
    return {
        "meta": tr.pgettext("section", "Overview"),
        "summary": tr.pgettext("section", "Summary"),
        "timeline": tr.pgettext("section", "Timeline"),
        "impact": tr.pgettext("section", "Impact"),
        "root_cause": tr.pgettext("section", "Root cause"),
        "lessons": tr.pgettext("section", "Lessons"),
        "action_items": tr.pgettext("section", "Action items"),
        "customer_letter": tr.pgettext("section", "Customer letter"),
    }


def data_loss_label(value: DataLoss | str, tr: Words) -> str:
    return {
        "none": tr.pgettext("data loss", "None"),
        "possible": tr.pgettext("data loss", "Possible"),
        "confirmed": tr.pgettext("data loss", "Confirmed"),
    }.get(str(value), str(value))


def severity_description(value: str, tr: Words) -> str:
    """What a severity means (`model.Severity.description`, in the document's language)."""
    return {
        "SEV1": tr.pgettext("severity",
                            "Critical: the service is down or data is lost for many customers"),
        "SEV2": tr.pgettext("severity",
                            "Major: a core feature is unavailable or badly degraded for many customers"),
        "SEV3": tr.pgettext("severity",
                            "Minor: a feature is degraded for some customers; a workaround exists"),
        "SEV4": tr.pgettext("severity", "Low: little or no customer impact; worth learning from"),
    }.get(str(value), str(value))


def status_label(value: str, tr: Words) -> str:
    """A write-up's status (draft, in review, final) or an action item's (open, in progress, ...)."""
    return {
        "draft": tr.pgettext("status", "Draft"),
        "in review": tr.pgettext("status", "In review"),
        "final": tr.pgettext("status", "Final"),
        "open": tr.pgettext("status", "Open"),
        "in progress": tr.pgettext("status", "In progress"),
        "done": tr.pgettext("status", "Done"),
        "won't do": tr.pgettext("status", "Won't do"),
    }.get(value, value.capitalize())


def event_kind_label(value: str, tr: Words) -> str:
    return {
        "trigger": tr.pgettext("event kind", "trigger"),
        "detection": tr.pgettext("event kind", "detection"),
        "escalation": tr.pgettext("event kind", "escalation"),
        "action": tr.pgettext("event kind", "action"),
        "mitigation": tr.pgettext("event kind", "mitigation"),
        "resolution": tr.pgettext("event kind", "resolution"),
        "communication": tr.pgettext("event kind", "communication"),
        "other": tr.pgettext("event kind", "other"),
    }.get(value, value)


def category_label(value: str, tr: Words) -> str:
    return {
        "prevent": tr.pgettext("action category", "Prevent"),
        "detect": tr.pgettext("action category", "Detect"),
        "mitigate": tr.pgettext("action category", "Mitigate"),
        "process": tr.pgettext("action category", "Process"),
    }.get(value, value.capitalize())


def _defaults(tr: Translator) -> dict[str, str]:
    return {
        "greeting": tr.pgettext("letter", "Dear customers,"),
        "closing": tr.pgettext("letter", "Sincerely,"),
        "email_note": tr.pgettext(
            "letter",
            "Please find attached our letter about this incident: what happened, how it affected you "
            "and what we are changing. If you have any questions, simply reply to this e-mail.",
        ),
    }


def default_wording(letter: CustomerLetter, name: str, language: str) -> str:
    """The letter's greeting, closing or e-mail note; the product's default in the document's language.

    A letter that still has the English default (the writer never changed it)
    gets the default of its own language: "Sehr geehrte Kundinnen und Kunden,".
    Anything the writer wrote is theirs and stays as written.
    """
    value: str = getattr(letter, name)
    if value.strip() == str(CustomerLetter.model_fields[name].default).strip():
        return _defaults(translator(language))[name]
    return value
