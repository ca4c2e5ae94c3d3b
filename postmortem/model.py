"""The postmortem document: pydantic models for every section.

Field order here is the key order of the `.postmortem` file, so keep it
stable: appending fields is fine, reordering makes every file diff.
Text fields use `Markdown` or `Line`, which normalise on the way in.
Everything named `internal_notes`, every timeline event without
`customer_visible` and every action item without `customer_promised` is
internal: the customer renderers never receive it (see `postmortem.views`).
"""

# No `from __future__ import annotations`: with it, pydantic compiles and evaluates
# every field's annotation from its text when the classes are built, while the app starts.
import datetime as dt
import pathlib
from enum import StrEnum
from typing import Annotated, Final, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    field_validator,
)

from postmortem.defaults import no_entries, no_items
from postmortem.limits import MAX_TRANSLATIONS
from postmortem.text import Line, Markdown
from postmortem.translations.model import LANGUAGE_PATTERN, LetterTranslation
from postmortem.values import AssetPath, Colour, Email, RecipientsPath, TimeZoneName, WebUrl

SCHEMA_VERSION: Final = 3


class Model(BaseModel):
    """Base for all sections: unknown keys are errors, assignments are validated."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        validate_default=True,
        use_enum_values=False,
    )


class Severity(StrEnum):
    SEV1 = "SEV1"
    SEV2 = "SEV2"
    SEV3 = "SEV3"
    SEV4 = "SEV4"

    @property
    def description(self) -> str:
        return _SEVERITY_TEXT[self]


_SEVERITY_TEXT = {
    Severity.SEV1: "Critical: the service is down or data is lost for many customers",
    Severity.SEV2: "Major: a core feature is unavailable or badly degraded for many customers",
    Severity.SEV3: "Minor: a feature is degraded for some customers; a workaround exists",
    Severity.SEV4: "Low: little or no customer impact; worth learning from",
}


class Status(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in review"
    FINAL = "final"


class PageSize(StrEnum):
    LETTER = "Letter"
    A4 = "A4"


class EventKind(StrEnum):
    TRIGGER = "trigger"
    DETECTION = "detection"
    ESCALATION = "escalation"
    ACTION = "action"
    MITIGATION = "mitigation"
    RESOLUTION = "resolution"
    COMMUNICATION = "communication"
    OTHER = "other"


class DataLoss(StrEnum):
    NONE = "none"
    POSSIBLE = "possible"
    CONFIRMED = "confirmed"


class Priority(StrEnum):
    P1 = "P1"
    P2 = "P2"
    P3 = "P3"
    P4 = "P4"


class Category(StrEnum):
    PREVENT = "prevent"
    DETECT = "detect"
    MITIGATE = "mitigate"
    PROCESS = "process"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in progress"
    DONE = "done"
    WONT_DO = "won't do"

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


# ---------------------------------------------------------------- meta


class Person(Model):
    name: Line = ""
    title: Line = Field("", description="Job title, e.g. Chief Engineer")
    email: Email = ""
    bio: Markdown = Field("", description="A short biography, printed under the letter if chosen")


class Organisation(Model):
    name: Line = ""
    logo: AssetPath = Field("", description="Image file inside the document's folder")
    contact_email: Email = ""
    website: WebUrl = ""
    phone: Line = ""
    brand_colour: Colour = "#1f4e79"


class Meta(Model):
    title: Line = ""
    incident_id: Line = ""
    severity: Severity = Severity.SEV2
    status: Status = Status.DRAFT
    date: dt.date | None = Field(None, description="Date of this write-up; fixes export dates")
    time_zone: TimeZoneName = Field("UTC", description="IANA zone times are shown in")
    language: Line = Field("en", pattern=LANGUAGE_PATTERN)
    page_size: PageSize = PageSize.LETTER
    organisation: Organisation = Field(default_factory=Organisation)
    authors: list[Person] = Field(default_factory=no_items)
    reviewers: list[Person] = Field(default_factory=no_items)
    tags: list[Line] = Field(default_factory=no_items)
    internal_notes: Markdown = ""


# ---------------------------------------------------------------- sections


class Summary(Model):
    text: Markdown = ""
    internal_notes: Markdown = ""


class TimelineEvent(Model):
    time: AwareDatetime
    kind: EventKind = EventKind.OTHER
    customer_visible: bool = False
    description: Markdown = ""


class Timeline(Model):
    events: list[TimelineEvent] = Field(default_factory=no_items)
    internal_notes: Markdown = ""

    def sorted_events(self) -> list[TimelineEvent]:
        """Events in time order; events at the same instant keep their written order."""
        return sorted(self.events, key=lambda event: event.time)


class Impact(Model):
    start: AwareDatetime | None = None
    end: AwareDatetime | None = None
    services: list[Line] = Field(default_factory=no_items, description="Affected services or features")
    customers_affected: Line = Field("", description="Who was affected, in words")
    customers_affected_count: int | None = Field(None, ge=0)
    customers_affected_percent: float | None = Field(None, ge=0, le=100)
    description: Markdown = Field("", description="What customers experienced")
    data_loss: DataLoss = DataLoss.NONE
    data_loss_details: Markdown = Field("", description="What was or may have been lost")
    data_loss_start: AwareDatetime | None = None
    data_loss_end: AwareDatetime | None = None
    customer_actions: Markdown = Field("", description="What customers must do, or 'nothing'")
    sla_notes: Markdown = Field("", description="SLA breaches and service credits")
    internal_notes: Markdown = ""


class Why(Model):
    question: Line = ""
    answer: Markdown = ""


class RootCause(Model):
    trigger: Markdown = ""
    root_causes: list[Markdown] = Field(default_factory=no_items)
    contributing_factors: list[Markdown] = Field(default_factory=no_items)
    five_whys: list[Why] = Field(default_factory=no_items)
    detection_analysis: Markdown = Field("", description="How and how fast we noticed")
    response_analysis: Markdown = Field("", description="How the response went")
    internal_notes: Markdown = ""


class Lessons(Model):
    went_well: list[Markdown] = Field(default_factory=no_items)
    went_wrong: list[Markdown] = Field(default_factory=no_items)
    got_lucky: list[Markdown] = Field(default_factory=no_items)
    internal_notes: Markdown = ""


class ActionItem(Model):
    title: Line = ""
    description: Markdown = ""
    owner: Line = ""
    due: dt.date | None = None
    priority: Priority = Priority.P2
    category: Category = Category.PREVENT
    status: ActionStatus = ActionStatus.OPEN
    tracker: WebUrl = Field("", description="Link to the ticket")
    customer_promised: bool = False

    def is_overdue(self, today: dt.date) -> bool:
        return self.status.is_open and self.due is not None and self.due < today


class ActionItems(Model):
    items: list[ActionItem] = Field(default_factory=no_items)
    internal_notes: Markdown = ""


LanguageTag = Annotated[str, StringConstraints(pattern=LANGUAGE_PATTERN)]

# The covering note of an e-mail draft until the writer words their own.
DEFAULT_EMAIL_NOTE = (
    "Please find attached our letter about this incident: what happened, how it affected you "
    "and what we are changing. If you have any questions, simply reply to this e-mail."
)


class CustomerLetter(Model):
    date: dt.date | None = None
    reference: Line = Field("", description="Subject line, e.g. Re: Service outage of 27 October")
    greeting: Line = "Dear customers,"
    body: Markdown = Field(
        "",
        description="The whole letter between greeting and closing, in the writer's order; "
        "{{ fields }} print the document's facts (see `postmortem fields`)",
    )
    closing: Line = "Sincerely,"
    email_note: Markdown = Field(
        DEFAULT_EMAIL_NOTE,
        description="The short covering note of the e-mail that carries the letter as a PDF",
    )
    signer: Line = Field("", description="Name of the author who signs the letter")
    include_bio: bool = False
    signature_image: AssetPath = ""
    # Internal: which customers get the letter. Never copied into the customer view.
    recipients_file: RecipientsPath = Field(
        "", description="The mail merge's recipients file (CSV or XLSX) inside the document's folder"
    )
    internal_notes: Markdown = ""
    translations: dict[LanguageTag, LetterTranslation] = Field(
        default_factory=no_entries,
        max_length=MAX_TRANSLATIONS,
        description="The letter in other languages, by language tag (de, fr, pt-BR)",
    )

    @field_validator("translations")
    @classmethod
    def _by_tag(cls, translations: dict[str, LetterTranslation]) -> dict[str, LetterTranslation]:
        # One order in the file, whatever order a hand edit left: equal documents, equal files.
        return dict(sorted(translations.items()))


class Document(Model):
    """One postmortem: what the `.postmortem` file holds."""

    schema_version: Literal[3] = SCHEMA_VERSION
    meta: Meta = Field(default_factory=Meta)
    summary: Summary = Field(default_factory=Summary)
    timeline: Timeline = Field(default_factory=Timeline)
    impact: Impact = Field(default_factory=Impact)
    root_cause: RootCause = Field(default_factory=RootCause)
    lessons: Lessons = Field(default_factory=Lessons)
    action_items: ActionItems = Field(default_factory=ActionItems)
    customer_letter: CustomerLetter = Field(default_factory=CustomerLetter)

    # Where the document lives (see `folder`); not part of the file, and not compared.
    _folder: str | None = PrivateAttr(default=None)

    @property
    def folder(self) -> pathlib.Path | None:
        """The folder the document was loaded from or saved to, where its logo and images
        live; None for a document that has never been on disk (exports then embed no images
        of its own). `fileformat.load` and `save`, recovery and versions set it."""
        return pathlib.Path(self._folder) if self._folder else None

    @folder.setter
    def folder(self, value: pathlib.Path | None) -> None:
        self._folder = str(value) if value is not None else None

    def __eq__(self, other: object) -> bool:
        # Two documents are equal when they say the same things; the folder
        # they were loaded from is where they live, not what they are.
        if not isinstance(other, Document):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # mutable, like every pydantic model

    @property
    def signer(self) -> Person | None:
        name = self.customer_letter.signer
        return next((a for a in self.meta.authors if a.name == name and name), None)

    def reference_time(self) -> dt.datetime | None:
        """The instant exports use for their fixed creation date."""
        times = [e.time for e in self.timeline.events]
        times += [t for t in (self.impact.start, self.impact.end) if t]
        return max(times) if times else None


SECTIONS = (
    "meta",
    "summary",
    "timeline",
    "impact",
    "root_cause",
    "lessons",
    "action_items",
    "customer_letter",
)
# How the app and the reports name each section to a person.
SECTION_TITLES = {
    "meta": "Overview",
    "summary": "Summary",
    "timeline": "Timeline",
    "impact": "Impact",
    "root_cause": "Root cause",
    "lessons": "Lessons",
    "action_items": "Action items",
    "customer_letter": "Customer letter",
}
