"""The wording corpus in tests/data/wording: letters and analysis paragraphs, each with the rules it deserves.

Each text is put into a small document (a letter into the customer letter,
a paragraph into the analysis field it names), the document is checked the
way `postmortem check` does, and the rules found on that text are compared
with the rules a reviewer listed. Used by tests/test_wording_corpus.py
(tuning set) and benchmarks/check_quality.py (tuning and held-out sets).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from postmortem.checks import Level, check
from postmortem.editing import set_value
from postmortem.model import (
    ActionItem,
    CustomerLetter,
    DataLoss,
    Document,
    EventKind,
    Impact,
    Meta,
    Organisation,
    Person,
    TimelineEvent,
)

CORPUS = Path(__file__).parent / "data" / "wording"
TODAY = dt.date(2026, 7, 20)

# The rules this corpus measures: wording, blame and leaks. Completeness and
# reading grade are about the document around the text, not the text.
MEASURED = frozenset({
    "no-apology", "apology-words", "non-apology", "ownership", "vendor-blame", "deflection",
    "data-loss-hedged", "data-loss-contradiction", "vague-promise", "letter-blame",
    "leak-host", "leak-name", "leak-handle", "leak-email", "leak-ip",
    "blame-language", "named-blame", "counterfactual",
})


@dataclass(frozen=True)
class Text:
    id: str
    style: str
    kind: str  # "letter" or "analysis"
    text: str
    expect: frozenset[str]
    field: str = ""
    data_loss: str = "none"
    promised: tuple[str, ...] = ()

    @property
    def clean(self) -> bool:
        return not self.expect


def load(name: str) -> tuple[dict[str, Any], list[Text]]:
    data = yaml.safe_load((CORPUS / f"{name}.yaml").read_text(encoding="utf-8"))
    texts = [
        Text(t["id"], t["style"], t["kind"], t["text"], frozenset(t.get("expect") or ()), t.get("field", ""),
             t.get("data_loss", "none"), tuple(t.get("promised") or ()))
        for t in data["texts"]
    ]
    return data["document"], texts


def _path(location: str) -> tuple[str | int, ...]:
    return tuple(int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", location))


def document_for(setup: dict[str, Any], text: Text) -> Document:
    org = setup["organisation"]
    signer = setup["signer"]
    start = dt.datetime(2026, 7, 3, 9, 0, tzinfo=dt.UTC)
    doc = Document(
        meta=Meta(title="Incident", time_zone=setup.get("time_zone", "UTC"),
                  organisation=Organisation(**org), authors=[Person(name=signer, title="Chief Executive")],
                  date=TODAY),
        impact=Impact(start=start, end=start + dt.timedelta(hours=1), data_loss=DataLoss(text.data_loss),
                      description="Payments failed.", customer_actions="Nothing."),
        customer_letter=CustomerLetter(signer=signer, date=TODAY),
    )
    doc.timeline.events = [TimelineEvent(time=start, kind=EventKind.TRIGGER, description="Start."),
                           TimelineEvent(time=start + dt.timedelta(hours=1), kind=EventKind.RESOLUTION,
                                         description="End.")]
    doc.action_items.items = [ActionItem(title=title, owner=signer, due=TODAY + dt.timedelta(days=30),
                                         customer_promised=True) for title in text.promised]
    if text.kind == "letter":
        place_letter(doc, text.text)
    else:
        location = _path(text.field)
        if isinstance(location[-1], int):
            # earlier items of the list hold a neutral filler
            set_value(doc, location[:-1], [*(["The timeline has the details."] * location[-1]), text.text])
        else:
            set_value(doc, location, text.text)
    return doc


def place_letter(doc: Document, text: str) -> None:
    doc.customer_letter.body = text


def _where(text: Text) -> str:
    return "customer_letter" if text.kind == "letter" else text.field


def found(setup: dict[str, Any], text: Text) -> frozenset[str]:
    """The measured rules that fire, as warnings or errors, on this text."""
    doc = document_for(setup, text)
    findings = check(doc, "customer" if text.kind == "letter" else None, today=TODAY)
    where = _where(text)
    return frozenset(f.rule for f in findings
                     if f.severity != Level.HINT and f.rule in MEASURED
                     and (f.location == where or f.location.startswith(where + ".")
                          or (text.kind == "letter" and f.location.startswith("impact.data_loss"))))
