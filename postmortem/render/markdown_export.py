"""The Markdown export: one `#` title, `##` sections, aligned pipe tables, no HTML.

Meant to be pasted into a wiki, an issue or a repository and look the same
on GitHub and GitLab. All writer text goes through `md_writer.Writer`,
which escapes HTML and drops unsafe links and images.
"""

from __future__ import annotations

from postmortem.assets import AssetFolder
from postmortem.i18n import Translator, translator
from postmortem.i18n.labels import category_label, data_loss_label, event_kind_label, status_label
from postmortem.letterfields import expand_letter
from postmortem.model import Person
from postmortem.render import wording
from postmortem.render.md_writer import Writer, escape, pipe_table
from postmortem.views import CustomerView, InternalView


def _join(blocks: list[str]) -> bytes:
    text = "\n\n".join(block.strip("\n") for block in blocks if block and block.strip())
    return (text + "\n").encode("utf-8")


def _quote(title: str, body: str) -> str:
    lines = [f"**{escape(title)}**", "", *body.split("\n")]
    return "\n".join(f"> {line}".rstrip() for line in lines)


def customer_markdown(view: CustomerView, assets: AssetFolder | None = None) -> bytes:
    """The letter as Markdown."""
    md = Writer(assets, language=view.language)
    head = view.letterhead
    title = view.reference or view.title or translator(view.language).gettext("Letter to our customers")
    contact = " · ".join(escape(part) for part in (head.website, head.contact_email, head.phone) if part)
    blocks = [f"# {escape(title)}"]
    blocks.append("  \n".join(escape(p) for p in (head.organisation, view.date) if p).replace("  \n", "\\\n"))
    if contact:
        blocks.append(contact)
    blocks.append(escape(view.greeting))
    blocks.append(md.block(expand_letter(view.body, view.facts).text))
    blocks.append(escape(view.closing))
    signature = [f"**{escape(view.signer_name)}**" if view.signer_name else "", escape(view.signer_title)]
    signature.append(escape(head.organisation))
    blocks.append("\\\n".join(part for part in signature if part))
    if view.signer_bio:
        name = f"*{escape(view.signer_name)}*" if view.signer_name else ""
        blocks += ["---", name, md.block(view.signer_bio)]
    return _join(blocks)


def _people(people: list[Person]) -> str:
    return "; ".join(escape(f"{p.name}, {p.title}" if p.title else p.name) for p in people if p.name)


def internal_markdown(view: InternalView, assets: AssetFolder | None = None) -> bytes:
    """The internal report as Markdown, its labels in the document's language.

    In English it reads back through `postmortem import` as it was; in other
    languages the importer, which knows English headings, reads less of the
    body and the front matter (`importers.document_source`) carries the rest.
    """
    md = Writer(assets, heading_shift=2, language=view.language)
    tr = translator(view.language)
    title = view.title or wording.report_subject(tr)
    blocks = [f"# {escape(title)}", f"**{escape(wording.internal_mark(tr))}**"]
    facts = [
        (tr.gettext("Organisation"), view.letterhead.organisation),
        (tr.gettext("Incident"), view.incident_id),
        (tr.gettext("Severity"), f"{view.severity}: {view.severity_description}"),
        (tr.gettext("Status"), status_label(view.status, tr) if view.language != "en" else view.status),
        (tr.gettext("Date"), view.date),
        (tr.gettext("Time zone"), view.time_zone),
        (tr.gettext("Tags"), tr.gettext(", ").join(view.tags)),
    ]
    rows = [[name, escape(value)] for name, value in facts if value]
    for name, people in ((tr.gettext("Authors"), view.authors), (tr.gettext("Reviewers"), view.reviewers)):
        if text := _people(people):
            rows.append([name, text])
    blocks.append(pipe_table([tr.gettext("Field"), tr.gettext("Value")], rows))
    blocks.append("## " + tr.gettext("Key figures"))
    figures = [[f.label, escape(f.value)] for f in view.figures]
    blocks.append(pipe_table([tr.gettext("Measure"), tr.gettext("Value")], figures))
    if view.summary:
        blocks += ["## " + tr.gettext("Summary"), md.block(view.summary)]
    if view.events:
        blocks += ["## " + tr.gettext("Timeline"),
                   tr.gettext("Key moments (trigger, detection, mitigation, resolution) are in bold.")]
        rows = []
        for event in view.events:
            kind = event_kind_label(event.kind, tr)
            kind = f"**{kind}**" if event.key else kind
            seen = tr.pgettext("customer-visible", "yes") if event.customer_visible else ""
            rows.append([escape(event.time), kind, seen, md.cell(event.description, about=event.time)])
        blocks.append(pipe_table([tr.gettext("Time"), tr.gettext("Kind"), tr.gettext("Customer-visible"),
                                  tr.gettext("What happened")], rows))
        blocks.append(md.notes())
    blocks += _impact(view, md, tr)
    blocks += _root_cause(view, md, tr)
    blocks += _lessons(view, md, tr)
    if view.actions:
        blocks.append("## " + tr.gettext("Action items"))
        rows = []
        for item in view.actions:
            title = md.cell(item.title)
            if item.tracker:
                title = f"[{title}]({item.tracker})"
            if item.description:
                title += f": {md.cell(item.description, about=item.title)}"
            if item.customer_promised:
                title += " *(" + tr.gettext("promised to customers") + ")*"
            due = item.due + " **(" + tr.gettext("overdue") + ")**" if item.overdue else item.due
            status, category = item.status, item.category
            if view.language != "en":
                status, category = status_label(status, tr), category_label(category, tr)
            rows.append([item.priority, title, escape(item.owner), due, escape(status), escape(category)])
        blocks.append(pipe_table([tr.gettext("Priority"), tr.gettext("Action"), tr.gettext("Owner"),
                                  tr.gettext("Due"), tr.gettext("Status"), tr.gettext("Category")], rows))
        blocks.append(md.notes())
    if view.notes:
        blocks.append("## " + tr.gettext("Internal notes"))
        for note in view.notes:
            blocks += [f"### {escape(note.section)}", md.block(note.text)]
    return _join(blocks)


def _bullets(md: Writer, items: list[str]) -> str:
    # Each entry whole: an entry with its own list or code keeps it, indented.
    entries = [md.item("-", item) for item in items if item]
    loose = any("\n" in entry for entry in entries)
    return ("\n\n" if loose else "\n").join(entries)


def _impact(view: InternalView, md: Writer, tr: Translator) -> list[str]:
    loss = view.data_loss if view.language == "en" else data_loss_label(view.data_loss, tr)
    facts = [
        (tr.gettext("When"), view.impact_window),
        (tr.gettext("Services"), tr.gettext(", ").join(view.services)),
        (tr.gettext("Customers affected"), view.customers_affected),
        (tr.gettext("Data loss"), loss + (f" ({view.data_loss_window})" if view.data_loss_window else "")),
    ]
    rows = [[name, escape(value)] for name, value in facts if value]
    blocks = ["## " + tr.gettext("Impact"), pipe_table([tr.gettext("Aspect"), tr.gettext("Detail")], rows)]
    blocks.append(md.block(view.impact_description))
    for title, text in (
        (tr.gettext("Data loss details"), view.data_loss_details),
        (tr.gettext("What customers need to do"), view.customer_actions),
        (tr.gettext("SLA and service credits"), view.sla_notes),
    ):
        if text:
            blocks += [f"### {title}", md.block(text)]
    return blocks


def _root_cause(view: InternalView, md: Writer, tr: Translator) -> list[str]:
    blocks = ["## " + tr.gettext("Root cause")]
    if view.trigger:
        blocks += ["### " + tr.gettext("Trigger"), md.block(view.trigger)]
    if view.root_causes:
        blocks += ["### " + tr.gettext("Root causes"), _bullets(md, view.root_causes)]
    if view.contributing_factors:
        blocks += ["### " + tr.gettext("Contributing factors"), _bullets(md, view.contributing_factors)]
    if view.five_whys:
        blocks.append("### " + tr.gettext("Five whys"))
        lines = [
            md.item(f"{i}.", why.answer, lead=f"**{escape(why.question)}**")
            for i, why in enumerate(view.five_whys, 1)
        ]
        blocks.append(("\n\n" if any("\n" in line for line in lines) else "\n").join(lines))
    for title, text in ((tr.gettext("Detection"), view.detection), (tr.gettext("Response"), view.response)):
        if text:
            blocks += [f"### {title}", md.block(text)]
    return blocks if len(blocks) > 1 else []


def _lessons(view: InternalView, md: Writer, tr: Translator) -> list[str]:
    blocks = ["## " + tr.gettext("Lessons")]
    for title, items in (
        (tr.gettext("What went well"), view.went_well),
        (tr.gettext("What went wrong"), view.went_wrong),
        (tr.gettext("Where we got lucky"), view.got_lucky),
    ):
        if items:
            blocks += [f"### {title}", _bullets(md, items)]
    return blocks if len(blocks) > 1 else []
