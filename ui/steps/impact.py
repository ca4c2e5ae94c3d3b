"""Impact: who was affected, how, for how long, and what they must do now."""

from __future__ import annotations

from postmortem.model import DataLoss
from ui.models.timeline_model import incident_moment
from ui.step_state import step_named
from ui.steps.base import Guide, StepPage


class ImpactStep(StepPage):
    step = step_named("impact")
    guide = Guide(
        belongs="What customers experienced: the window of impact, the services affected, how many "
        "customers, whether data was or may have been lost, and what they need to do.",
        good="Plain words a customer would use, exact times with the zone, numbers where you have "
        "them, and an honest data-loss statement, even when the answer is 'possibly'.",
        example="Customers could not load the web site or open support tickets; 12,400 accounts.",
    )

    def build(self) -> None:
        window = self.section("When", "From the first moment customers were affected to the last.")
        window.moment(("impact", "start"), "Impact began", required=True, start=incident_moment)
        window.moment(("impact", "end"), "Impact ended", required=True, start=incident_moment)

        who = self.section("Who and what")
        who.text_list(
            ("impact", "services"),
            "Services affected",
            "Service",
            add_text="Add service",
            placeholder="Web site, Support desk",
            required=True,
        )
        who.line(("impact", "customers_affected"), "Customers affected", "All customers using the web site")
        who.number(("impact", "customers_affected_count"), "Number of customers", suffix=" customers")
        who.number(
            ("impact", "customers_affected_percent"),
            "Share of customers",
            decimals=1,
            maximum=100,
            suffix=" %",
        )
        who.markdown(
            ("impact", "description"),
            "What customers experienced",
            "Pages did not load; e-mails to support bounced or were not answered…",
            rows=4,
        )

        loss = self.section(
            "Data", "The letter puts the data-loss statement in its own box, so it cannot be missed."
        )
        loss.choice(("impact", "data_loss"), "Data loss", DataLoss, required=True)
        loss.markdown(
            ("impact", "data_loss_details"),
            "What was or may have been lost",
            "Support messages sent between … and … may not have reached us.",
            rows=3,
        )
        loss.moment(("impact", "data_loss_start"), "Data at risk from", start=incident_moment)
        loss.moment(("impact", "data_loss_end"), "Data at risk until", start=incident_moment)

        todo = self.section("What customers must do")
        todo.markdown(
            ("impact", "customer_actions"),
            "Customer actions",
            "If you wrote to support between … and …, please write again. If nothing is needed, say so.",
            required=True,
            rows=3,
        )
        todo.markdown(
            ("impact", "sla_notes"),
            "SLA and credits",
            "Whether the SLA was breached and what credit customers receive",
            rows=2,
        )
        self.notes(("impact", "internal_notes"), what="the impact")
