"""The Markdown export loses no words, and what it writes renders as tables, lists and code.

Every Markdown and single-line field of a generated document gets words of
its own ("qz3w7": field 3, word 7), in paragraphs, nested lists, code,
tables and quotes. A field is exported to an audience when its words reach
that audience's HTML export (the reference rendering); each such field's
words must then all be in that audience's Markdown, as often as in the
field. The fields are found by walking the model, so new fields are
covered without touching this test.
"""

from __future__ import annotations

import datetime as dt
import re
import typing
from collections import Counter
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from pydantic import BaseModel

from postmortem import export
from postmortem.model import (
    ActionItem,
    ActionItems,
    Document,
    EventKind,
    Impact,
    Meta,
    Person,
    RootCause,
    Timeline,
    TimelineEvent,
    Why,
)
from postmortem.text import clean_line, clean_markdown

TOKEN = re.compile(r"qz\d+w\d+")
UTC = dt.UTC

# A block's shape: (kind, size, nested size).
BLOCK = st.tuples(
    st.sampled_from(["paragraph", "bullets", "numbers", "code", "table", "quote"]),
    st.integers(1, 3),
    st.integers(0, 2),
)
SHAPES = st.lists(BLOCK, min_size=1, max_size=4)


class Words:
    def __init__(self, field: int) -> None:
        self.field, self.count = field, 0

    def __call__(self, n: int = 3) -> str:
        words = []
        for _ in range(n):
            self.count += 1
            words.append(f"qz{self.field}w{self.count}")
        return " ".join(words)


def markdown_text(shape: list[tuple[str, int, int]], words: Words) -> str:
    blocks = []
    for kind, size, nested in shape:
        if kind == "paragraph":
            blocks.append(f"{words()} *{words(1)}* `{words(1)}`.")
        elif kind in ("bullets", "numbers"):
            lines = []
            for i in range(size):
                marker = "-" if kind == "bullets" else f"{i + 1}."
                lines.append(f"{marker} {words()}")
                lines += [f"   - {words(2)}" for _ in range(nested)]
            blocks.append("\n".join(lines))
        elif kind == "code":
            blocks.append("```\n" + "\n".join(words(2) for _ in range(size)) + "\n```")
        elif kind == "table":
            rows = [f"| {words(1)} | {words(1)} |" for _ in range(size)]
            blocks.append(f"| {words(1)} | {words(1)} |\n| --- | --- |\n" + "\n".join(rows))
        else:
            blocks.append(f"> {words()}")
    return "\n\n".join(blocks)


def _kind(metadata: typing.Iterable[object]) -> str:
    for item in metadata:
        func = getattr(item, "func", None)
        if func is clean_markdown:
            return "markdown"
        if func is clean_line:
            return "line"
    return ""


def fill(model: BaseModel, draw: typing.Callable[[], list[tuple[str, int, int]]], fields: list[str]) -> None:
    """Give every Markdown and Line field of `model` (recursively) words of its own."""
    skip = {"language"}
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            fill(value, draw, fields)
            continue
        if isinstance(value, list) and value and isinstance(value[0], BaseModel):
            for item in value:
                fill(item, draw, fields)
            continue
        if name in skip:
            continue
        kind = _kind(info.metadata)
        args = typing.get_args(info.annotation)
        if not kind and typing.get_origin(info.annotation) is list and args:
            kind = _kind(getattr(args[0], "__metadata__", ()))
            if kind:
                texts = []
                for _ in range(2):
                    fields.append(f"{type(model).__name__}.{name}")
                    words = Words(len(fields))
                    texts.append(markdown_text(draw(), words) if kind == "markdown" else words())
                setattr(model, name, texts)
            continue
        if kind:
            fields.append(f"{type(model).__name__}.{name}")
            words = Words(len(fields))
            setattr(model, name, markdown_text(draw(), words) if kind == "markdown" else words())


def base_document() -> Document:
    start = dt.datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
    events = [
        TimelineEvent(time=start + dt.timedelta(minutes=10 * i), kind=kind, customer_visible=i % 2 == 0)
        for i, kind in enumerate(
            [EventKind.TRIGGER, EventKind.DETECTION, EventKind.MITIGATION, EventKind.RESOLUTION]
        )
    ]
    return Document(
        meta=Meta(authors=[Person(), Person()], reviewers=[Person()], tags=["a"]),
        timeline=Timeline(events=events),
        impact=Impact(start=start, end=start + dt.timedelta(hours=1), services=["x"]),
        root_cause=RootCause(five_whys=[Why(), Why()]),
        action_items=ActionItems(items=[ActionItem(customer_promised=True), ActionItem()]),
    )


class _Text(HTMLParser):
    """The text of the page's body (the <title> in the head repeats the title)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_body = self.in_body or tag == "body"

    def handle_data(self, data: str) -> None:
        if self.in_body:
            self.parts.append(data)


def html_tokens(html: str) -> Counter[str]:
    parser = _Text()
    parser.feed(html)
    return Counter(TOKEN.findall(" ".join(parser.parts)))


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_every_word_of_every_exported_field_is_in_the_markdown(data: st.DataObject) -> None:
    document = base_document()
    fields: list[str] = []
    fill(document, lambda: data.draw(SHAPES), fields)
    document.meta.language = "en"
    for audience in ("customer", "internal"):
        shown = html_tokens(export(document, "html", audience).decode())
        markdown = Counter(TOKEN.findall(export(document, "md", audience).decode()))
        exported = {token.split("w")[0] for token in shown}
        missing = {}
        for token, count in shown.items():
            if token.split("w")[0] in exported and markdown[token] < count:
                missing.setdefault(fields[int(token[2:].split("w")[0]) - 1], []).append(token)
        assert not missing, (audience, missing)


def test_rich_cells_keep_tables_lists_and_code_when_rendered() -> None:
    document = base_document()
    document.timeline.events[1].description = (
        "The replica fell behind.\n\n| host | lag |\n| --- | --- |\n| db-1 | 30 s |\n\n"
        "- first check\n  - nested check\n\n```\nSELECT 1;\n```"
    )
    document.action_items.items[0].description = "Two steps:\n\n1. alert\n2. page"
    document.root_cause.root_causes = ["A cause with a list:\n\n- one\n- two\n\n```\nlog line\n```"]
    markdown = export(document, "md", "internal").decode()
    renderer = MarkdownIt("gfm-like")
    tokens = renderer.parse(markdown)
    tables = sum(1 for t in tokens if t.type == "table_open")
    html = renderer.render(markdown)
    # Key figures, the facts, the timeline, impact, actions and the table written in an event.
    assert tables == 6, markdown
    assert "<td>db-1</td>" in html and "<td>30 s</td>" in html
    assert "<code>SELECT 1;\n</code>" in html and "<code>log line\n</code>" in html
    assert "<li>nested check</li>" in html and "<li>alert</li>" in html and "<li>two</li>" in html
    # The cell says where the rest went.
    assert "continued in note 1 below the table" in markdown
    assert "continued in note 2 below the table" in markdown
