"""Customer letter: the apology customers read, with a first draft from the analysis."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from postmortem.checks import Finding, has_letter
from postmortem.letter_draft import can_replace, draft_body, draft_paragraphs
from postmortem.translations.sheet import entry_for
from ui import style
from ui.draft_dialog import DraftDialog
from ui.field_actions import add_field_actions
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.letter_coverage import CoverageList
from ui.letter_translation import LanguageChooser, TranslationSheet
from ui.step_state import step_named
from ui.steps.base import Guide, StepPage

LETTER = "customer_letter"


class LetterStep(StepPage):
    step = step_named("customer_letter")
    guide = Guide(
        belongs=QT_TRANSLATE_NOOP(
            "Guide",
            "The letter customers receive: what happened in their terms, what it meant for them, "
            "an apology, what you are changing, and what they should do. It never shows internal notes.",
        ),
        good=QT_TRANSLATE_NOOP(
            "Guide",
            "Short paragraphs, no jargon, times with their zone, one plain apology without "
            "'we apologise for any inconvenience', and a named person who signs.",
        ),
        example=QT_TRANSLATE_NOOP(
            "Guide", "We are sorry. For 31 hours you could not reach us, and some of your messages were lost."
        ),
    )

    def build(self) -> None:
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.draft_button = QPushButton(self.tr("Draft from analysis"), bar)
        self.draft_button.setAccessibleName(self.tr("Draft from analysis"))
        self.draft_button.setToolTip(
            self.tr(
                "Write a first draft from the customer-visible events, the impact and the promised actions, "
                "with fields for the facts. It replaces only an empty letter or the template's prompts."
            )
        )
        self.draft_button.clicked.connect(self.draft)
        self.draft_result = QLabel(bar)
        style.set_role(self.draft_result, "hint")
        row.addWidget(self.draft_button)
        row.addWidget(self.draft_result, 1)
        self.languages = LanguageChooser(self.controller, bar)
        row.addWidget(self.languages)
        self.add(bar)
        first = self.column.count()

        head = self.section(self.tr("Opening"))
        head.moment(
            (LETTER, "date"),
            self.tr("Date"),
            date_only=True,
            hint=self.tr("Empty: the write-up's date."),
            start=lambda document: document.meta.date,
        )
        head.line((LETTER, "reference"), self.tr("Reference"), self.tr("Re: Service outage of 27 October"))
        head.line((LETTER, "greeting"), self.tr("Greeting"), self.tr("Dear customers,"))

        body = self.section(
            self.tr("Letter"),
            self.tr(
                "The whole letter between greeting and closing, in your order. Facts print where you put a "
                "field such as {{ impact_window }}; everything else is your own words."
            ),
        )
        self.body = body.markdown(
            (LETTER, "body"),
            self.tr("Letter"),
            self.tr("I am writing to tell you what happened on …"),
            required=True,
            rows=18,
        )
        self.body.editor.extra_menu = self._fields_menu
        covers = self.section(
            self.tr("What your letter covers"), self.tr("Ticked from the checks on your letter.")
        )
        self.coverage = CoverageList(self.insert_text, self)
        covers.layout_.addRow(self.coverage)

        close = self.section(self.tr("Closing"))
        close.line((LETTER, "closing"), self.tr("Closing"), self.tr("Sincerely,"))
        self.signer = close.names(
            (LETTER, "signer"),
            self.tr("Signed by"),
            ("meta", "authors"),
            required=True,
            hint=self.tr("One of the authors (Overview step); the letter prints their job title."),
        )
        close.check(
            (LETTER, "include_bio"),
            self.tr("Signer's bio"),
            self.tr("Print the signer's short bio under the letter"),
        )
        close.asset((LETTER, "signature_image"), self.tr("Signature image"), what=self.tr("signature image"))
        # In a translation, the sheet of originals and translations stands where the original's fields do.
        items = (self.column.itemAt(i) for i in range(first, self.column.count()))
        self.original_parts: list[QWidget] = [w for w in (i.widget() for i in items if i is not None) if w]
        self.translation = TranslationSheet(self.controller, self)
        self.translation.setVisible(False)
        self.add(self.translation)
        self.languages.chosen.connect(self.show_language)
        self.notes((LETTER, "internal_notes"), what=self.tr("the letter"))

    def focus_location(self, location: str, span: tuple[int, int] | None = None) -> bool:
        """A finding about a translation shows that language and goes to the text it is about."""
        prefix = "customer_letter.translations."
        if not location.startswith(prefix):
            self.languages.select(self.controller.document.meta.language)
            return super().focus_location(location, span)
        language, _, rest = location.removeprefix(prefix).partition(".")
        if language not in self.controller.document.customer_letter.translations:
            return False
        self.languages.select(language)
        key = entry_for(self.controller.document, language, rest)
        return key is not None and self.translation.focus_entry(key, span)

    def show_language(self, language: str) -> None:
        """The original's fields, or the sheet of `language`'s translation."""
        translated = language != self.controller.document.meta.language
        self.draft_button.setVisible(not translated)
        for widget in self.original_parts:
            widget.setVisible(not translated)
        self.translation.setVisible(translated)
        if translated:
            self.translation.show_language(language)
        self.letter_language.emit(language)

    def _add_paragraphs(self, paragraphs: list[str]) -> None:
        body = self.controller.document.customer_letter.body.rstrip()
        joined = "\n\n".join(part for part in (body, *paragraphs) if part)
        self.controller.seal_typing()
        self.controller.set_value(
            (LETTER, "body"), joined, text=self.tr("Add draft paragraphs"), mergeable=False
        )

    def show_findings(self, findings: list[Finding]) -> None:
        super().show_findings(findings)
        self.coverage.show_findings(findings, has_letter(self.controller.document))

    def _fields_menu(self, menu: QMenu) -> None:
        add_field_actions(menu.addMenu(self.tr("Insert field")), self.insert_text)

    def insert_text(self, text: str) -> None:
        """Insert at the letter's cursor as one undo step; a field on an empty line stands as a block."""
        if self.translation.isVisible():
            self.translation.insert_text(text)
            return
        editor = self.body.editor
        cursor = editor.textCursor()
        body = editor.toPlainText()
        at = cursor.position()
        line = cursor.block().text()
        if text.startswith("{{") and not line.strip():
            before, after = body[:at].rstrip("\n"), body[at:].lstrip("\n")
            joined = "\n\n".join(part for part in (before, text, after) if part)
            end = len(before) + (2 if before else 0) + len(text)
        else:
            space = " " if at and not body[at - 1].isspace() and not text.startswith(" ") else ""
            joined = body[:at] + space + text + body[at:]
            end = at + len(space) + len(text)
        self.controller.seal_typing()
        self.controller.set_value(
            (LETTER, "body"), joined, text=self.tr("Insert %1").replace("%1", text.strip()), mergeable=False
        )
        self.controller.seal_typing()
        cursor = editor.textCursor()
        cursor.setPosition(min(end, len(editor.toPlainText())))
        editor.setTextCursor(cursor)
        editor.setFocus()

    def draft(self) -> bool:
        """Replace an empty or template body with a draft, as one undo step; True if it did."""
        document = self.controller.document
        if not can_replace(document.customer_letter.body):
            # The writer's words stay; the draft is offered beside them, paragraph by paragraph.
            self.draft_dialog = DraftDialog(
                document.customer_letter.body, draft_paragraphs(document), self._add_paragraphs, self
            )
            self.draft_dialog.open()
            self.draft_result.setText(
                self.tr("Your letter has your own words: choose draft paragraphs to add.")
            )
            return False
        self.controller.set_value(
            (LETTER, "body"),
            draft_body(document),
            text=self.tr("Draft letter from analysis"),
            mergeable=False,
        )
        self.draft_result.setText(self.tr("Drafted the letter; [[prompts]] mark what only you can say."))
        return True
