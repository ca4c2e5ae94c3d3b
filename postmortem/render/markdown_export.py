"""The Markdown export: one `#` title, `##` sections, aligned pipe tables, no HTML.

Meant to be pasted into a wiki, an issue or a repository and look the same
on GitHub and GitLab. All writer text goes through `md_writer.Writer`,
which escapes HTML and drops unsafe links and images.
"""

from __future__ import annotations

from postmortem.assets import AssetFolder
from postmortem.i18n import translator
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
    md = Writer(assets)
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
    """The internal report as Markdown."""
    md = Writer(assets, heading_shift=2)
    blocks = [f"# {escape(view.title or 'Incident analysis')}", f"**{wording.INTERNAL_MARK}**"]
    facts = [
        ("Organisation", view.letterhead.organisation),
        ("Incident", view.incident_id),
        ("Severity", f"{view.severity}: {view.severity_description}"),
        ("Status", view.status),
        ("Date", view.date),
        ("Time zone", view.time_zone),
        ("Authors", ""),
        ("Reviewers", ""),
        ("Tags", ", ".join(view.tags)),
    ]
    rows = [[name, escape(value)] for name, value in facts if value]
    for name, people in (("Authors", view.authors), ("Reviewers", view.reviewers)):
        if text := _people(people):
            rows.append([name, text])
    blocks.append(pipe_table(["Field", "Value"], rows))
    blocks.append("## Key figures")
    blocks.append(pipe_table(["Measure", "Value"], [[f.label, escape(f.value)] for f in view.figures]))
    if view.summary:
        blocks += ["## Summary", md.block(view.summary)]
    if view.events:
        blocks += ["## Timeline", "Key moments (trigger, detection, mitigation, resolution) are in bold."]
        rows = []
        for event in view.events:
            kind = f"**{event.kind}**" if event.key else event.kind
            seen = "yes" if event.customer_visible else ""
            rows.append([escape(event.time), kind, seen, md.cell(event.description, about=event.time)])
        blocks.append(pipe_table(["Time", "Kind", "Customer-visible", "What happened"], rows))
        blocks.append(md.notes())
    blocks += _impact(view, md)
    blocks += _root_cause(view, md)
    blocks += _lessons(view, md)
    if view.actions:
        blocks.append("## Action items")
        rows = []
        for item in view.actions:
            title = md.cell(item.title)
            if item.tracker:
                title = f"[{title}]({item.tracker})"
            if item.description:
                title += f": {md.cell(item.description, about=item.title)}"
            if item.customer_promised:
                title += " *(promised to customers)*"
            due = f"{item.due} **(overdue)**" if item.overdue else item.due
            rows.append([item.priority, title, escape(item.owner), due, escape(item.status), item.category])
        blocks.append(pipe_table(["Priority", "Action", "Owner", "Due", "Status", "Category"], rows))
        blocks.append(md.notes())
    if view.notes:
        blocks.append("## Internal notes")
        for note in view.notes:
            blocks += [f"### {escape(note.section)}", md.block(note.text)]
    return _join(blocks)


def _bullets(md: Writer, items: list[str]) -> str:
    # Each entry whole: an entry with its own list or code keeps it, indented.
    entries = [md.item("-", item) for item in items if item]
    loose = any("\n" in entry for entry in entries)
    return ("\n\n" if loose else "\n").join(entries)


def _impact(view: InternalView, md: Writer) -> list[str]:
    facts = [
        ("When", view.impact_window),
        ("Services", ", ".join(view.services)),
        ("Customers affected", view.customers_affected),
        ("Data loss", view.data_loss + (f" ({view.data_loss_window})" if view.data_loss_window else "")),
    ]
    rows = [[name, escape(value)] for name, value in facts if value]
    blocks = ["## Impact", pipe_table(["Aspect", "Detail"], rows)]
    blocks.append(md.block(view.impact_description))
    for title, text in (
        ("Data loss details", view.data_loss_details),
        ("What customers need to do", view.customer_actions),
        ("SLA and service credits", view.sla_notes),
    ):
        if text:
            blocks += [f"### {title}", md.block(text)]
    return blocks


def _root_cause(view: InternalView, md: Writer) -> list[str]:
    blocks = ["## Root cause"]
    if view.trigger:
        blocks += ["### Trigger", md.block(view.trigger)]
    if view.root_causes:
        blocks += ["### Root causes", _bullets(md, view.root_causes)]
    if view.contributing_factors:
        blocks += ["### Contributing factors", _bullets(md, view.contributing_factors)]
    if view.five_whys:
        blocks.append("### Five whys")
        lines = [
            md.item(f"{i}.", why.answer, lead=f"**{escape(why.question)}**")
            for i, why in enumerate(view.five_whys, 1)
        ]
        blocks.append(("\n\n" if any("\n" in line for line in lines) else "\n").join(lines))
    for title, text in (("Detection", view.detection), ("Response", view.response)):
        if text:
            blocks += [f"### {title}", md.block(text)]
    return blocks if len(blocks) > 1 else []


def _lessons(view: InternalView, md: Writer) -> list[str]:
    blocks = ["## Lessons"]
    for title, items in (
        ("What went well", view.went_well),
        ("What went wrong", view.went_wrong),
        ("Where we got lucky", view.got_lucky),
    ):
        if items:
            blocks += [f"### {title}", _bullets(md, items)]
    return blocks if len(blocks) > 1 else []
