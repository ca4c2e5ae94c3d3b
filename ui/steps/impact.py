"""Impact: who was affected, how, for how long, and what they must do now."""

from __future__ import annotations

from postmortem.i18n.labels import data_loss_label
from postmortem.model import DataLoss
from ui.i18n.languages import core_words
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.models.timeline_model import incident_moment
from ui.step_state import step_named
from ui.steps.base import Guide, StepPage


class ImpactStep(StepPage):
    step = step_named("impact")
    guide = Guide(
        belongs=QT_TRANSLATE_NOOP(
            "Guide",
            "What customers experienced: the window of impact, the services affected, how many "
            "customers, whether data was or may have been lost, and what they need to do.",
        ),
        good=QT_TRANSLATE_NOOP(
            "Guide",
            "Plain words a customer would use, exact times with the zone, numbers where you have "
            "them, and an honest data-loss statement, even when the answer is 'possibly'.",
        ),
        example=QT_TRANSLATE_NOOP(
            "Guide", "Customers could not load the web site or open support tickets; 12,400 accounts."
        ),
    )

    def build(self) -> None:
        window = self.section(
            self.tr("When"), self.tr("From the first moment customers were affected to the last.")
        )
        window.moment(("impact", "start"), self.tr("Impact began"), required=True, start=incident_moment)
        window.moment(("impact", "end"), self.tr("Impact ended"), required=True, start=incident_moment)

        who = self.section(self.tr("Who and what"))
        who.text_list(
            ("impact", "services"),
            self.tr("Services affected"),
            self.tr("Service"),
            add_text=self.tr("Add service"),
            placeholder=self.tr("Web site, Support desk"),
            required=True,
        )
        who.line(
            ("impact", "customers_affected"),
            self.tr("Customers affected"),
            self.tr("All customers using the web site"),
        )
        who.number(
            ("impact", "customers_affected_count"),
            self.tr("Number of customers"),
            suffix=self.tr(" customers"),
        )
        who.number(
            ("impact", "customers_affected_percent"),
            self.tr("Share of customers"),
            decimals=1,
            maximum=100,
            suffix=" %",
        )
        who.markdown(
            ("impact", "description"),
            self.tr("What customers experienced"),
            self.tr("Pages did not load; e-mails to support bounced or were not answered…"),
            rows=4,
        )

        loss = self.section(
            self.tr("Data"),
            self.tr("The letter puts the data-loss statement in its own box, so it cannot be missed."),
        )
        words = core_words()
        loss.choice(
            ("impact", "data_loss"),
            self.tr("Data loss"),
            DataLoss,
            names=lambda value: data_loss_label(value, words),
            required=True,
        )
        loss.markdown(
            ("impact", "data_loss_details"),
            self.tr("What was or may have been lost"),
            self.tr("Support messages sent between … and … may not have reached us."),
            rows=3,
        )
        loss.moment(("impact", "data_loss_start"), self.tr("Data at risk from"), start=incident_moment)
        loss.moment(("impact", "data_loss_end"), self.tr("Data at risk until"), start=incident_moment)

        todo = self.section(self.tr("What customers must do"))
        todo.markdown(
            ("impact", "customer_actions"),
            self.tr("Customer actions"),
            self.tr(
                "If you wrote to support between … and …, please write again. If nothing is needed, say so."
            ),
            required=True,
            rows=3,
        )
        todo.markdown(
            ("impact", "sla_notes"),
            self.tr("SLA and credits"),
            self.tr("Whether the SLA was breached and what credit customers receive"),
            rows=2,
        )
        self.notes(("impact", "internal_notes"), what=self.tr("the impact"))
