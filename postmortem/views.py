"""What each audience may see, as plain data for the renderers.

The customer view is built by copying, field by field, only what a customer
may read; it has no attribute that could hold internal notes, owners,
internal-only events or unpromised actions. Renderers of the customer
letter receive nothing else, so internal text cannot leak through a
template mistake. Text fields stay Markdown; renderers turn them into
HTML or pass them through to the Markdown export.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from babel.numbers import format_decimal, format_percent

from postmortem import timefmt
from postmortem.chart import TimelineChart, timeline_chart
from postmortem.durations import KeyFigures, format_duration, key_figures
from postmortem.i18n import Translator, locale_for, translator
from postmortem.i18n.labels import data_loss_label, default_wording, section_titles, severity_description
from postmortem.letterfields import VOCABULARY, CustomerEvent, LetterFacts, Promise, names_used
from postmortem.model import (
    SECTION_TITLES,
    ActionItem,
    ActionStatus,
    Document,
    EventKind,
    Person,
    Why,
)


@dataclass(frozen=True)
class Letterhead:
    organisation: str
    logo: str  # asset path inside the document's folder, or ""
    website: str
    contact_email: str
    phone: str
    brand_colour: str


@dataclass(frozen=True)
class CustomerView:
    """The customer letter: only what customers may read.

    `body` is the writer's Markdown with its `{{ fields }}` as written;
    renderers expand it with `postmortem.letterfields.expand_letter` over
    `facts`, which holds only the facts those fields print.
    """

    title: str
    language: str
    page_size: str
    letterhead: Letterhead
    date: str
    iso_date: str
    reference: str
    greeting: str
    body: str  # Markdown with {{ fields }}
    facts: LetterFacts
    closing: str
    signer_name: str
    signer_title: str
    signer_bio: str  # Markdown, "" unless the writer chose to include it
    signature_image: str  # asset path or ""


@dataclass(frozen=True)
class InternalEvent:
    time: str
    kind: str
    key: bool  # trigger, detection, mitigation or resolution
    customer_visible: bool
    description: str


@dataclass(frozen=True)
class InternalAction:
    priority: str
    title: str
    description: str
    owner: str
    due: str
    status: str
    category: str
    tracker: str
    customer_promised: bool
    overdue: bool


@dataclass(frozen=True)
class Figure:
    label: str
    value: str


@dataclass(frozen=True)
class Notes:
    section: str
    text: str  # Markdown


@dataclass(frozen=True)
class InternalView:
    """The full analysis report."""

    title: str
    language: str
    page_size: str
    letterhead: Letterhead
    incident_id: str
    severity: str
    severity_description: str
    status: str
    date: str
    iso_date: str
    time_zone: str
    authors: list[Person]
    reviewers: list[Person]
    tags: list[str]
    figures: list[Figure]
    summary: str
    events: list[InternalEvent]
    impact_window: str
    services: list[str]
    customers_affected: str
    impact_description: str
    data_loss: str
    data_loss_details: str
    data_loss_window: str
    customer_actions: str
    sla_notes: str
    trigger: str
    root_causes: list[str]
    contributing_factors: list[str]
    five_whys: list[Why]
    detection: str
    response: str
    went_well: list[str]
    went_wrong: list[str]
    got_lucky: list[str]
    actions: list[InternalAction]
    notes: list[Notes] = field(default_factory=list)
    time_zone_label: str = ""  # "New York time (EST/EDT)"
    chart: TimelineChart | None = None


_KEY_KINDS = {EventKind.TRIGGER, EventKind.DETECTION, EventKind.MITIGATION, EventKind.RESOLUTION}


def document_date(document: Document) -> dt.date | None:
    """The date exports carry: the write-up's date, else the letter's, else the last event's."""
    if document.meta.date:
        return document.meta.date
    if document.customer_letter.date:
        return document.customer_letter.date
    reference = document.reference_time()
    return timefmt.localise(reference, document.meta.time_zone).date() if reference else None


def _letterhead(document: Document) -> Letterhead:
    org = document.meta.organisation
    return Letterhead(
        organisation=org.name,
        logo=org.logo,
        website=org.website,
        contact_email=org.contact_email,
        phone=org.phone,
        brand_colour=org.brand_colour,
    )


def _window(start: dt.datetime | None, end: dt.datetime | None, tz_name: str, language: str = "en") -> str:
    return timefmt.window(start, end, tz_name, language) if start else ""


def _due(item: ActionItem, language: str = "en") -> str:
    by = translator(language).gettext("by {date}")
    return by.format(date=timefmt.letter_date(item.due, language)) if item.due else ""


_ALL = re.compile(r"\b(all|every|each)\b", re.IGNORECASE)


def _affected(document: Document) -> str:
    impact, language = document.impact, document.meta.language
    tr, locale = translator(language), locale_for(language)
    text = impact.customers_affected
    percent = impact.customers_affected_percent
    parts = [text] if text else []
    if (count := impact.customers_affected_count) is not None:
        number = format_decimal(count, locale=locale)
        parts.append(tr.ngettext("{count} customer", "{count} customers", count).format(count=number))
    if percent == 100 and (not text or _ALL.search(text)):
        # "All customers; 100% of customers" says the same thing twice.
        return tr.gettext("; ").join(parts) or tr.gettext("All customers")
    if percent is not None:
        share = format_percent(percent / 100, "#,##0.###%", locale=locale)
        parts.append(tr.gettext("{percent} of customers").format(percent=share))
    return tr.gettext("; ").join(parts)


def letter_facts(document: Document, needs: set[str]) -> LetterFacts:
    """The facts customers may read that `needs` names (LetterFacts attributes); the rest stay empty."""
    meta, impact = document.meta, document.impact
    tz, language = meta.time_zone, meta.language
    facts: dict[str, object] = {"language": language}
    if "window" in needs:
        facts["window"] = _window(impact.start, impact.end, tz, language)
        facts["window_open"] = impact.start is not None and impact.end is None
    if "services" in needs:
        facts["services"] = list(impact.services)
    if needs & {"data_loss", "data_loss_details"}:
        facts["data_loss"] = impact.data_loss.value
        facts["data_loss_details"] = impact.data_loss_details
    if "data_loss_window" in needs:
        facts["data_loss_window"] = _window(impact.data_loss_start, impact.data_loss_end, tz, language)
        facts["data_loss_window_open"] = impact.data_loss_start is not None and impact.data_loss_end is None
    if "customer_actions" in needs:
        facts["customer_actions"] = impact.customer_actions
    if needs & {"events", "events_zone"}:
        events = [e for e in document.timeline.sorted_events() if e.customer_visible]
        facts["events"] = [
            CustomerEvent(time, e.description)
            for time, e in zip(_event_times([e.time for e in events], tz, language), events, strict=True)
        ]
        facts["events_zone"] = timefmt.zone_label(events[0].time, tz, language) if events else ""
    if "promises" in needs:
        promised = [a for a in document.action_items.items if a.customer_promised]
        facts["promises"] = [
            Promise(a.title, a.description, _due(a, language), a.status == ActionStatus.DONE)
            for a in promised
        ]
    signer = document.signer
    if "signer_name" in needs:
        facts["signer_name"] = signer.name if signer else document.customer_letter.signer
    if "signer_title" in needs:
        facts["signer_title"] = signer.title if signer else ""
    if "organisation" in needs:
        facts["organisation"] = meta.organisation.name
    if "contact_email" in needs:
        facts["contact_email"] = meta.organisation.contact_email
    if "chart" in needs:
        facts["chart"] = timeline_chart(document, customer=True)
    return LetterFacts(**facts)  # type: ignore[arg-type]


def customer_view(document: Document) -> CustomerView:
    meta, letter = document.meta, document.customer_letter
    day = letter.date or document_date(document)
    signer = document.signer
    needs = VOCABULARY.needs(names_used(letter.body))
    return CustomerView(
        title=meta.title,
        language=meta.language,
        page_size=meta.page_size.value,
        letterhead=_letterhead(document),
        date=timefmt.letter_date(day, meta.language) if day else "",
        iso_date=day.isoformat() if day else "",
        reference=letter.reference,
        greeting=default_wording(letter, "greeting", meta.language),
        body=letter.body,
        facts=letter_facts(document, needs),
        closing=default_wording(letter, "closing", meta.language),
        signer_name=signer.name if signer else letter.signer,
        signer_title=signer.title if signer else "",
        signer_bio=signer.bio if signer and letter.include_bio else "",
        signature_image=letter.signature_image,
    )


def _event_times(instants: list[dt.datetime], tz_name: str, language: str = "en") -> list[str]:
    """'Wed 28 Oct, 02:10'; an event whose UTC offset differs from the first
    one's (a clock change in between) names its own zone: 'Fri 6 Nov, 10:00 EST'."""
    if not instants:
        return []
    first = timefmt.utc_offset(timefmt.localise(instants[0], tz_name))
    joined = translator(language).pgettext("date and time", "{date}, {time}")
    texts = []
    for instant in instants:
        local = timefmt.localise(instant, tz_name)
        day, clock = timefmt.short_day(local, language), timefmt.clock(instant, tz_name, language)
        text = joined.format(date=day, time=clock)
        if timefmt.utc_offset(local) != first:
            text += f" {timefmt.short_zone(instant, tz_name, language)}"
        texts.append(text)
    return texts


def internal_view(document: Document, *, today: dt.date | None = None) -> InternalView:
    """The report. `today` decides which open actions are overdue (default: the real date).

    One rule with `postmortem check`: an open item is overdue when its date
    has passed today, however old the postmortem; a done item never is.
    """
    meta, impact, cause, lessons = document.meta, document.impact, document.root_cause, document.lessons
    tz, language = meta.time_zone, meta.language
    tr = translator(language)
    day = document_date(document)
    reference_day = today or dt.date.today()
    figures = key_figures(document)
    return InternalView(
        title=meta.title,
        language=meta.language,
        page_size=meta.page_size.value,
        letterhead=_letterhead(document),
        incident_id=meta.incident_id,
        severity=meta.severity.value,
        severity_description=severity_description(meta.severity, tr),
        status=meta.status.value,
        date=timefmt.letter_date(day, language) if day else "",
        iso_date=day.isoformat() if day else "",
        time_zone=tz,
        authors=list(meta.authors),
        reviewers=list(meta.reviewers),
        tags=list(meta.tags),
        figures=_figures(document, figures, tr),
        summary=document.summary.text,
        events=[
            InternalEvent(
                time=timefmt.table_time(e.time, tz, language),
                kind=e.kind.value,
                key=e.kind in _KEY_KINDS,
                customer_visible=e.customer_visible,
                description=e.description,
            )
            for e in document.timeline.sorted_events()
        ],
        impact_window=_window(impact.start, impact.end, tz, language),
        services=list(impact.services),
        customers_affected=_affected(document),
        impact_description=impact.description,
        data_loss=impact.data_loss.value,
        data_loss_details=impact.data_loss_details,
        data_loss_window=_window(impact.data_loss_start, impact.data_loss_end, tz, language),
        customer_actions=impact.customer_actions,
        sla_notes=impact.sla_notes,
        trigger=cause.trigger,
        root_causes=list(cause.root_causes),
        contributing_factors=list(cause.contributing_factors),
        five_whys=list(cause.five_whys),
        detection=cause.detection_analysis,
        response=cause.response_analysis,
        went_well=list(lessons.went_well),
        went_wrong=list(lessons.went_wrong),
        got_lucky=list(lessons.got_lucky),
        actions=[_internal_action(a, reference_day) for a in document.action_items.items],
        notes=_notes(document, tr),
        time_zone_label=timefmt.zone_title(tz, _year(document, day), language),
        chart=timeline_chart(document),
    )


def _year(document: Document, day: dt.date | None) -> int:
    reference = document.reference_time()
    if reference is not None:
        return timefmt.localise(reference, document.meta.time_zone).year
    return day.year if day else 2000


def _figures(document: Document, figures: KeyFigures, tr: Translator) -> list[Figure]:
    affected = _affected(document) or "—"
    language = tr.language
    return [
        Figure(tr.gettext("Customer impact"), format_duration(figures.impact_duration, language)),
        Figure(tr.gettext("Time to detect"), format_duration(figures.time_to_detect, language)),
        Figure(tr.gettext("Time to mitigate"), format_duration(figures.time_to_mitigate, language)),
        Figure(tr.gettext("Time to resolve"), format_duration(figures.time_to_resolve, language)),
        Figure(tr.gettext("Customers affected"), affected),
        Figure(tr.gettext("Data loss"), data_loss_label(document.impact.data_loss, tr)),
    ]


def _internal_action(item: ActionItem, today: dt.date) -> InternalAction:
    return InternalAction(
        priority=item.priority.value,
        title=item.title,
        description=item.description,
        owner=item.owner,
        due=item.due.isoformat() if item.due else "",
        status=item.status.value,
        category=item.category.value,
        tracker=item.tracker,
        customer_promised=item.customer_promised,
        overdue=item.is_overdue(today),
    )


def _notes(document: Document, tr: Translator) -> list[Notes]:
    notes = []
    titles = section_titles(tr)
    for name in SECTION_TITLES:
        text = getattr(document, name).internal_notes
        if text:
            notes.append(Notes(titles[name], text))
    return notes
