"""What a Markdown heading means: "Executive summary" and "TL;DR" are both the summary."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Meaning -> words a heading uses for it (lower case, punctuation gone).
_MEANINGS: list[tuple[str, tuple[str, ...]]] = [
    ("went_well", ("what went well", "went well", "things that went well", "what worked")),
    (
        "went_wrong",
        (
            "what went wrong",
            "went wrong",
            "what didn t go well",
            "what did not go well",
            "things that went wrong",
            "things that went poorly",
            "what could have gone better",
            "what didn t go so well",
            "what could be improved",
        ),
    ),
    ("got_lucky", ("where we got lucky", "got lucky", "lucky", "where we were lucky")),
    (
        "lessons",
        (
            "lessons learned",
            "lessons",
            "learnings",
            "takeaways",
            "lessons learnt",
            "how d we do",
            "how did we do",
            "retrospective",
        ),
    ),
    (
        "actions",
        (
            "action items",
            "actions",
            "follow ups",
            "followups",
            "follow up actions",
            "corrective actions",
            "remediation items",
            "remediations",
            "action plan",
            "next steps",
            "todo",
            "to do",
            "preventive actions",
            "corrective and preventative measures",
            "tasks",
        ),
    ),
    (
        "timeline",
        (
            "timeline",
            "incident timeline",
            "chronology",
            "sequence of events",
            "timeline of events",
            "time line",
            "detailed timeline",
        ),
    ),
    (
        "contributing",
        (
            "contributing factors",
            "contributing factor s",
            "contributing factor",
            "contributing causes",
            "contributors",
        ),
    ),
    (
        "root_causes",
        (
            "root cause",
            "root causes",
            "cause",
            "causes",
            "root cause analysis",
            "why did it happen",
            "what caused it",
            "analysis",
        ),
    ),
    ("five_whys", ("five whys", "5 whys", "5 whys analysis")),
    ("trigger", ("trigger", "triggers", "what triggered it", "fault")),
    ("detection", ("detection", "how was it detected", "how we noticed", "detected")),
    (
        "response",
        (
            "resolution",
            "response",
            "recovery",
            "mitigation",
            "how was it resolved",
            "resolution and recovery",
            "remediation",
            "incident response",
        ),
    ),
    (
        "impact",
        ("impact", "customer impact", "user impact", "business impact", "who was affected", "affected"),
    ),
    (
        "summary",
        (
            "summary",
            "executive summary",
            "incident summary",
            "overview",
            "tl dr",
            "tldr",
            "description",
            "what happened",
            "leadup",
            "background",
        ),
    ),
    (
        "supporting",
        (
            "supporting information",
            "supporting info",
            "appendix",
            "references",
            "links",
            "supporting documents",
            "resources",
            "related",
        ),
    ),
]
TARGET = {
    "summary": ("summary", "text"),
    "impact": ("impact", "description"),
    "trigger": ("root_cause", "trigger"),
    "detection": ("root_cause", "detection_analysis"),
    "response": ("root_cause", "response_analysis"),
    "root_causes": ("root_cause", "root_causes"),
    "contributing": ("root_cause", "contributing_factors"),
    "went_well": ("lessons", "went_well"),
    "went_wrong": ("lessons", "went_wrong"),
    "got_lucky": ("lessons", "got_lucky"),
    "lessons": ("lessons", "internal_notes"),
    "supporting": ("summary", "internal_notes"),
}
LISTS = {"root_causes", "contributing", "went_well", "went_wrong", "got_lucky"}
_SECTION_OF = {"actions": "action_items", "timeline": "timeline", "five_whys": "root_cause"}
_NOT_A_KEY = re.compile(r"[^a-z0-9]+")


def meaning(title: str) -> str | None:
    key = _NOT_A_KEY.sub(" ", re.sub(r"^[\d.\s]+", "", title.casefold())).strip()
    key = re.sub(r"^(the|our|incident)\s+", "", key)
    for name, words in _MEANINGS:
        if key in words:
            return name
    for name, words in _MEANINGS:
        if any(key.startswith(word + " ") for word in words if len(word) > 4):
            return name
    return None


def zone_named(line: str) -> str | None:
    """'All times UTC' or 'Times are America/Los_Angeles': the zone a timeline says it uses."""
    if re.search(r"\b(UTC|GMT)\b", line):
        return "UTC"
    for name in re.findall(r"\b[A-Z][A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?\b", line):
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return str(name)
    return None


def section_name(sense: str) -> str:
    return _SECTION_OF.get(sense) or TARGET.get(sense, ("summary",))[0]
