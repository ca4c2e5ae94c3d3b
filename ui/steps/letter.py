"""Customer letter: the apology customers read, with a first draft from the analysis."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.letter_draft import draft_letter
from ui.step_state import STEPS
from ui.steps.base import Guide, StepPage

LETTER = "customer_letter"


class LetterStep(StepPage):
    step = STEPS[6]
    guide = Guide(
        belongs="The letter customers receive: what happened in their terms, what it meant for them, "
        "an apology, what you are changing, and what they should do. It never shows internal notes.",
        good="Short paragraphs, no jargon, times with their zone, one plain apology without "
        "'we apologise for any inconvenience', and a named person who signs.",
        example="We are sorry. For 31 hours you could not reach us, and some of your messages were lost.",
    )

    def build(self) -> None:
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.draft_button = QPushButton("Draft from analysis", bar)
        self.draft_button.setAccessibleName("Draft from analysis")
        self.draft_button.setToolTip(
            "Fill the empty parts of the letter with a first draft from the timeline's customer-visible "
            "events, the impact and the promised actions. Text you wrote is never replaced."
        )
        self.draft_button.clicked.connect(self.draft)
        self.draft_result = QLabel(bar)
        self.draft_result.setProperty("role", "hint")
        row.addWidget(self.draft_button)
        row.addWidget(self.draft_result, 1)
        self.add(bar)

        head = self.section("Opening")
        head.moment(
            (LETTER, "date"),
            "Date",
            date_only=True,
            hint="Empty: the write-up's date.",
            start=lambda document: document.meta.date,
        )
        head.line((LETTER, "reference"), "Reference", "Re: Service outage of 27 October")
        head.line((LETTER, "greeting"), "Greeting", "Dear customers,")

        body = self.section("Body", "Write to one customer. Each part becomes a short paragraph.")
        body.markdown(
            (LETTER, "narrative"),
            "What happened",
            "On Tuesday 27 October, from 03:10 to …, our web site was unavailable…",
            required=True,
            rows=6,
        )
        body.markdown((LETTER, "apology"), "Apology", "We are sorry…", required=True, rows=3)
        body.markdown(
            (LETTER, "responsibility"),
            "Responsibility",
            "This was our failure, and fixing it is our job.",
            rows=2,
        )
        body.markdown(
            (LETTER, "next_steps"),
            "What we are changing",
            "The promised action items are listed after this paragraph.",
            rows=3,
        )
        body.markdown(
            (LETTER, "call_to_action"),
            "What to do, how to reach us",
            "If you wrote to support between … and …, please write again.",
            rows=3,
        )

        close = self.section("Closing")
        close.line((LETTER, "closing"), "Closing", "Sincerely,")
        self.signer = close.names(
            (LETTER, "signer"),
            "Signed by",
            ("meta", "authors"),
            required=True,
            hint="One of the authors (Overview step); the letter prints their job title.",
        )
        close.check((LETTER, "include_bio"), "Signer's bio", "Print the signer's short bio under the letter")
        close.asset((LETTER, "signature_image"), "Signature image", what="signature image")
        self.notes((LETTER, "internal_notes"), what="the letter")

    def draft(self) -> int:
        """Fill empty letter parts with a draft as one undo step; returns how many were filled."""
        draft = draft_letter(self.controller.document)
        if draft:
            with self.controller.macro("Draft letter from analysis"):
                for name, text in draft.items():
                    self.controller.set_value((LETTER, name), text, mergeable=False)
            self.draft_result.setText(
                f"Drafted {len(draft)} part{'s' if len(draft) != 1 else ''}; edit them into your own words."
            )
        else:
            self.draft_result.setText(
                "Nothing to draft: every part already has text, or the analysis is empty."
            )
        return len(draft)
