"""Document Markdown re-written as plain, safe GitHub-flavoured Markdown.

The Markdown export cannot pass the writer's text through: GitHub and
GitLab render raw HTML, follow `javascript:`-free but still unwanted links,
fetch remote images, and would take a writer's `# Heading` as a second
title. So the text is parsed with the same parser as the HTML export and
written back out: raw HTML becomes escaped text, refused links keep only
their label, images outside the document's folder become a note, and
headings move below the section they sit in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from markdown_it.tree import SyntaxTreeNode

from postmortem.assets import AssetFolder
from postmortem.i18n import translator
from postmortem.markdown import link_allowed, missing_image_note, parse

# Characters that would start Markdown syntax mid-line on GitHub or GitLab
# ($ is math on both).
_ESCAPE = re.compile(r"([\\`*\[\]|~$])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_INTRAWORD = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
_LINE_START = re.compile(r"^(\s*)([#+=-]|\d+[.)])", re.M)
_CHECKBOX = re.compile(r'<input class="task-list-item-checkbox"( checked="checked")?[^<>]*>')


def escape(text: str) -> str:
    """Plain text that GitHub and GitLab both show exactly as written."""
    text = _ENTITY.sub("&amp;", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    text = _ESCAPE.sub(r"\\\1", text)
    # An underscore inside a word is never emphasis; elsewhere it may be.
    return _INTRAWORD.sub(r"\\_", text)


def escape_line_starts(text: str) -> str:
    """Keep a paragraph line from turning into a heading, list or rule."""
    return _LINE_START.sub(lambda m: f"{m.group(1)}{m.group(2)[:-1]}\\{m.group(2)[-1]}", text)


def display_width(text: str) -> int:
    """Columns a monospaced editor gives `text` (wide East Asian characters count twice)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def code_span(text: str, *, in_table: bool = False) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    if in_table:
        text = text.replace("|", "\\|")
    return f"{fence}{pad}{text}{pad}{fence}"


def pipe_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A pipe table with every column padded to one width; cells must be escaped already."""
    widths = [max(3, display_width(cell)) for cell in header]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], display_width(cell))

    def line(cells: Sequence[str]) -> str:
        padded = (cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(cells))
        return "| " + " | ".join(padded) + " |"

    rule = "| " + " | ".join("-" * width for width in widths) + " |"
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


def _after_attribute(node: SyntaxTreeNode) -> bool:
    # As in postmortem.markdown: an address inside typed HTML stays text.
    previous = node.previous_sibling
    return previous is not None and previous.content.rstrip().endswith(("=\"", "='", "="))


class Writer:
    """Turns one export's Markdown fields into safe Markdown.

    One writer per export: it numbers footnotes across all fields, since a
    Markdown file has one footnote namespace.
    """

    def __init__(self, assets: AssetFolder | None = None, *, heading_shift: int = 2,
                 language: str = "en") -> None:
        self.assets = assets or AssetFolder(None)
        self._tr = translator(language)
        self.heading_shift = heading_shift
        self._texts = 0
        self._prefix = ""
        self._in_table = False
        self._notes: list[str] = []
        self._note_count = 0  # numbered across the export, so no two notes share a number

    def _tree(self, text: str) -> SyntaxTreeNode:
        self._texts += 1
        self._prefix = f"n{self._texts}-"
        return SyntaxTreeNode(parse(text, {}))

    # ------------------------------------------------------------ public

    def block(self, text: str) -> str:
        """Markdown paragraphs, lists, quotes, code and tables, re-written safely."""
        if not text:
            return ""
        return "\n\n".join(self._blocks(self._tree(text).children))

    def cell(self, text: str, *, about: str = "") -> str:
        """The text for one table cell, on one line with pipes escaped.

        A single paragraph goes in the cell. Anything richer (a second
        paragraph, a list, code, a table, footnotes) cannot live in a GFM
        cell, so it moves to a note that `notes()` writes under the table:
        the cell keeps the first paragraph and says which note holds the
        rest. `about` names the row in the note's heading ("2026-10-28 02:10").
        """
        if not text:
            return ""
        tree = self._tree(text)
        children = list(tree.children)
        lead = ""
        if children and children[0].type == "paragraph":
            lead = self._one_line(children.pop(0))
        if not children:
            return lead
        self._note_count += 1
        number = self._note_count
        body = "\n\n".join(self._blocks(children))
        tr = self._tr
        if about:
            heading = tr.gettext("Note {number}: {about}").format(number=number, about=escape(about))
        else:
            heading = tr.gettext("Note {number}").format(number=number)
        self._notes.append(f"**{heading}**\n\n{body}")
        if lead:
            pointer = tr.gettext("continued in note {number} below the table").format(number=number)
        else:
            pointer = tr.gettext("see note {number} below the table").format(number=number)
        return f"{lead} *({pointer})*".strip()

    def item(self, marker: str, text: str, *, lead: str = "") -> str:
        """A list item holding `text` whole: its lists, code and tables indented under the marker.

        `lead` (Markdown, already escaped) starts the item, on a line of its own
        when the text begins with anything but a paragraph.
        """
        body = self.block(text)
        if lead:
            block_start = body.startswith(("-", "```", "|", ">", "#")) or re.match(r"\d+[.)] ", body)
            starts_with_words = bool(body) and not block_start
            body = f"{lead} {body}" if starts_with_words else f"{lead}\n\n{body}".rstrip()
        indent = " " * (len(marker) + 1)
        lines = body.split("\n")
        rest = [f"{indent}{line}" if line else "" for line in lines[1:]]
        return "\n".join([f"{marker} {lines[0]}".rstrip(), *rest])

    def notes(self) -> str:
        """The notes that cells of the last table moved out, ready to follow it; empty if none."""
        notes, self._notes = self._notes, []
        return "\n\n".join(notes)

    def _one_line(self, node: SyntaxTreeNode) -> str:
        self._in_table = True
        try:
            return self._flat(node)
        finally:
            self._in_table = False

    # ------------------------------------------------------------ blocks

    def _blocks(self, nodes: Sequence[SyntaxTreeNode]) -> list[str]:
        return [out for node in nodes if (out := self._node(node))]

    def _node(self, node: SyntaxTreeNode) -> str:
        kind = node.type
        if kind == "paragraph":
            return escape_line_starts(self._inline_node(node))
        if kind == "heading":
            level = min(int(node.tag[1]) + self.heading_shift, 6)
            return "#" * level + " " + self._inline_node(node).replace("\n", " ")
        if kind == "blockquote":
            inner = "\n\n".join(self._blocks(node.children))
            return "\n".join(f"> {line}".rstrip() for line in inner.split("\n"))
        if kind in ("bullet_list", "ordered_list"):
            return self._list(node)
        if kind in ("code_block", "fence"):
            return self._fence(node)
        if kind == "hr":
            return "---"
        if kind == "table":
            return self._table(node)
        if kind == "footnote_block":
            return "\n".join(self._footnote(child) for child in node.children)
        # html_block cannot occur with html off; show it as text if it ever does.
        return escape(node.content.strip())

    def _list(self, node: SyntaxTreeNode) -> str:
        ordered = node.type == "ordered_list"
        number = int(node.attrs.get("start", 1)) if ordered else 0
        loose = any(
            not child.hidden for item in node.children for child in item.children if child.type == "paragraph"
        )
        items = []
        for item in node.children:
            marker = f"{number}." if ordered else "-"
            number += 1
            body = "\n\n".join(self._blocks(item.children)) or ""
            indent = " " * (len(marker) + 1)
            lines = body.split("\n")
            text = "\n".join([lines[0]] + [f"{indent}{line}" if line else "" for line in lines[1:]])
            items.append(f"{marker} {text}".rstrip())
        return ("\n\n" if loose else "\n").join(items)

    def _fence(self, node: SyntaxTreeNode) -> str:
        content = node.content.rstrip("\n")
        longest = max((len(run) for run in re.findall(r"^ {0,3}(`{3,})", content, re.M)), default=0)
        fence = "`" * max(3, longest + 1)
        info = node.info.split()[0] if node.info.split() else ""
        info = info if re.fullmatch(r"[A-Za-z0-9_+.#-]+", info) else ""
        return f"{fence}{info}\n{content}\n{fence}"

    def _table(self, node: SyntaxTreeNode) -> str:
        rows: list[list[str]] = []
        for section in node.children:
            for row in section.children:
                rows.append([self._cell_node(cell) for cell in row.children])
        if not rows:
            return ""
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        return pipe_table(rows[0], rows[1:])

    def _cell_node(self, cell: SyntaxTreeNode) -> str:
        self._in_table = True
        try:
            return " ".join(self._inline_node(child) for child in cell.children).replace("\n", " ")
        finally:
            self._in_table = False

    def _footnote(self, node: SyntaxTreeNode) -> str:
        label = f"[^{self._prefix}{node.meta['id'] + 1}]:"
        body = "\n\n".join(self._blocks([c for c in node.children if c.type != "footnote_anchor"]))
        lines = body.split("\n")
        return " ".join([label, lines[0]]) + "".join(f"\n    {line}" for line in lines[1:])

    def _flat(self, node: SyntaxTreeNode) -> str:
        if node.type in ("paragraph", "heading"):
            return self._inline_node(node).replace("\n", " ")
        if node.type in ("code_block", "fence"):
            return code_span(" ".join(node.content.split()), in_table=True)
        if node.type == "footnote_block":
            return ""
        return " ".join(part for child in node.children if (part := self._flat(child)))

    # ------------------------------------------------------------ inline

    def _inline_node(self, node: SyntaxTreeNode) -> str:
        return "".join(self._inline(child) for child in node.children)

    def _inline(self, node: SyntaxTreeNode) -> str:
        kind = node.type
        if kind == "inline":
            return self._inline_node(node)
        if kind == "text":
            return escape(node.content)
        if kind == "softbreak":
            return " " if self._in_table else "\n"
        if kind == "hardbreak":
            return " " if self._in_table else "\\\n"
        if kind == "code_inline":
            return code_span(node.content, in_table=self._in_table)
        if kind in ("em", "strong", "s"):
            mark = {"em": "*", "strong": "**", "s": "~~"}[kind]
            return f"{mark}{self._inline_node(node)}{mark}"
        if kind == "link":
            return self._link(node)
        if kind == "image":
            return self._image(node)
        if kind == "footnote_ref":
            return f"[^{self._prefix}{node.meta['id'] + 1}]"
        if kind == "html_inline":
            match = _CHECKBOX.fullmatch(node.content)
            if match:
                return "[x] " if match.group(1) else "[ ] "
        return escape(node.content)

    def _link(self, node: SyntaxTreeNode) -> str:
        label = self._inline_node(node)
        href = str(node.attrGet("href") or "")
        if not link_allowed(href) or (node.markup == "linkify" and _after_attribute(node)):
            return label
        if node.markup == "linkify" and not re.search(r"[\s<>]", href):
            # A bare address in the text: an autolink keeps it bare, and
            # nothing inside it is read as emphasis.
            return f"<{href}>"
        target = href.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
        return f"[{label}]({target})"

    def _image(self, node: SyntaxTreeNode) -> str:
        alt = "".join(child.content for child in node.children if child.type == "text")
        src = str(node.attrGet("src") or "")
        if self.assets.image_from_url(src) is not None:
            # A relative image in the document's folder stays a relative
            # reference: it shows when the Markdown sits beside the images.
            return f"![{escape(alt)}]({src})"
        note = missing_image_note(alt, self._tr)
        return f"*{escape(note)}*"
