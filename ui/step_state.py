"""Each guided step's state, from the same checks as `postmortem check`.

- empty: nothing written in the step's sections yet;
- has problems: an error that is not just "not written yet" (times out of
  order, data loss not described, a signer who is not an author);
- in progress: written, but errors or warnings remain (required parts missing);
- complete: no errors or warnings (hints do not count).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel

from postmortem.checks import Finding, Level
from postmortem.model import Document
from ui.i18n.marks import QT_TRANSLATE_NOOP, Translate, english


class State(StrEnum):
    EMPTY = "empty"
    IN_PROGRESS = "in progress"
    COMPLETE = "complete"
    PROBLEMS = "has problems"


@dataclass(frozen=True)
class Step:
    key: str
    title: str  # English; shown through QCoreApplication.translate("Steps", title)
    sections: tuple[str, ...]  # document sections whose findings belong to this step
    page: str  # "module:Class" of its page under ui.steps, imported when first shown


# The one list of guided steps, in order: the step list, the pages and the
# findings all follow it. Pages are named, not imported, so start-up loads
# only the first one.
STEPS = (
    Step("overview", "Overview", ("meta", "summary"), "overview:OverviewStep"),
    Step("timeline", "Timeline", ("timeline",), "timeline:TimelineStep"),
    Step("impact", "Impact", ("impact",), "impact:ImpactStep"),
    Step("root_cause", "Root cause", ("root_cause",), "root_cause:RootCauseStep"),
    Step("action_items", "Action items", ("action_items",), "action_items:ActionItemsStep"),
    Step("lessons", "Lessons", ("lessons",), "lessons:LessonsStep"),
    Step("customer_letter", "Customer letter", ("customer_letter",), "letter:LetterStep"),
    # The merge's recipients live in a file beside the document; its page reads
    # the file and reports each row's problems under the "recipients" section.
    Step("recipients", "Recipients", ("recipients",), "recipients:RecipientsStep"),
    Step("review", "Review & export", (), "review:ReviewStep"),
)
# The step names for the catalogues: the app shows QCoreApplication.translate("Steps", step.title).
STEP_NAMES = (
    QT_TRANSLATE_NOOP("Steps", "Overview"),
    QT_TRANSLATE_NOOP("Steps", "Timeline"),
    QT_TRANSLATE_NOOP("Steps", "Impact"),
    QT_TRANSLATE_NOOP("Steps", "Root cause"),
    QT_TRANSLATE_NOOP("Steps", "Action items"),
    QT_TRANSLATE_NOOP("Steps", "Lessons"),
    QT_TRANSLATE_NOOP("Steps", "Customer letter"),
    QT_TRANSLATE_NOOP("Steps", "Recipients"),
    QT_TRANSLATE_NOOP("Steps", "Review & export"),
)
_BY_KEY = {step.key: step for step in STEPS}


def step_named(key: str) -> Step:
    return _BY_KEY[key]


def step_row(section: str) -> int:
    """The row of the step where a document section is written (Review & export if none)."""
    return next((i for i, step in enumerate(STEPS) if section in step.sections), len(STEPS) - 1)

_MISSING_RULES = {"required", "recommended", "key-moment", "promise", "owner", "due"}


def findings_for(step: Step, findings: list[Finding]) -> list[Finding]:
    if not step.sections:
        return list(findings)
    return [f for f in findings if f.section in step.sections]


# Steps about a file beside the document: empty until the document names one.
_NAMED_FILES = {"recipients": lambda document: document.customer_letter.recipients_file}


def _is_empty(document: Document, sections: tuple[str, ...]) -> bool:
    for name in sections:
        if name in _NAMED_FILES:
            if _NAMED_FILES[name](document):
                return False
            continue
        section = getattr(document, name)
        if section != _empty(type(section)):
            return False
    return True


_EMPTY: dict[type[BaseModel], BaseModel] = {}


def _empty(kind: type[BaseModel]) -> BaseModel:
    """A section as a new document has it (made once: every step's badge asks after every pause)."""
    if kind not in _EMPTY:
        _EMPTY[kind] = kind()
    return _EMPTY[kind]


def step_state(step: Step, document: Document, findings: list[Finding]) -> State:
    mine = [f for f in findings_for(step, findings) if f.severity != Level.HINT]
    if step.sections and _is_empty(document, step.sections):
        return State.EMPTY
    if any(f.severity == Level.ERROR and f.rule not in _MISSING_RULES for f in mine):
        return State.PROBLEMS
    if mine:
        return State.IN_PROGRESS
    return State.COMPLETE


STATE_NAMES = {
    State.EMPTY: QT_TRANSLATE_NOOP("StepState", "Empty"),
    State.IN_PROGRESS: QT_TRANSLATE_NOOP("StepState", "In progress"),
    State.COMPLETE: QT_TRANSLATE_NOOP("StepState", "Complete"),
    State.PROBLEMS: QT_TRANSLATE_NOOP("StepState", "Has problems"),
}


def step_texts(state: State, findings: list[Finding], translate: Translate = english) -> tuple[str, str]:
    """The step badge's line under the title ("Has problems · 3 to fix") and its tooltip,
    which counts what remains by severity ("Has problems: 1 error and 2 warnings")."""
    detail = translate("StepState", STATE_NAMES[state])
    if state not in (State.PROBLEMS, State.IN_PROGRESS):
        return detail, detail
    errors = sum(f.severity == Level.ERROR for f in findings)
    warnings = sum(f.severity == Level.WARNING for f in findings)
    error_text = translate("StepState", "%n error(s)", None, errors) if errors else ""
    warning_text = translate("StepState", "%n warning(s)", None, warnings) if warnings else ""
    if error_text and warning_text:
        both = translate("StepState", "%1 and %2")
        counts = both.replace("%1", error_text).replace("%2", warning_text)
    else:
        counts = error_text or warning_text
    if not counts:
        return detail, detail
    to_fix = translate("StepState", "%1 · %n to fix", None, errors + warnings).replace("%1", detail)
    return to_fix, translate("StepState", "%1: %2").replace("%1", detail).replace("%2", counts)
