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

from postmortem.checks import Finding, Level
from postmortem.model import Document


class State(StrEnum):
    EMPTY = "empty"
    IN_PROGRESS = "in progress"
    COMPLETE = "complete"
    PROBLEMS = "has problems"


@dataclass(frozen=True)
class Step:
    key: str
    title: str
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
    Step("review", "Review & export", (), "review:ReviewStep"),
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


def _is_empty(document: Document, sections: tuple[str, ...]) -> bool:
    for name in sections:
        section = getattr(document, name)
        if section != type(section)():
            return False
    return True


def step_state(step: Step, document: Document, findings: list[Finding]) -> State:
    mine = [f for f in findings_for(step, findings) if f.severity != Level.HINT]
    if step.sections and _is_empty(document, step.sections):
        return State.EMPTY
    if any(f.severity == Level.ERROR and f.rule not in _MISSING_RULES for f in mine):
        return State.PROBLEMS
    if mine:
        return State.IN_PROGRESS
    return State.COMPLETE


def step_texts(state: State, findings: list[Finding]) -> tuple[str, str]:
    """The step badge's line under the title ("Has problems · 3 to fix") and its tooltip,
    which counts what remains by severity ("Has problems: 1 error and 2 warnings")."""
    detail = state.value.capitalize()
    if state not in (State.PROBLEMS, State.IN_PROGRESS):
        return detail, detail
    errors = sum(f.severity == Level.ERROR for f in findings)
    warnings = sum(f.severity == Level.WARNING for f in findings)
    counts = " and ".join(text for text in (_count(errors, "error"), _count(warnings, "warning")) if text)
    if not counts:
        return detail, detail
    return f"{detail} · {errors + warnings} to fix", f"{detail}: {counts}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}" if number else ""
