"""Bounded fuzzing of the loader and the Markdown renderer.

The loader gets the example file with random damage (cuts, flipped and
inserted bytes, deleted and duplicated lines); it must open the result or
refuse it with one line naming the file, and nothing else. The renderer
gets random Markdown heavy in HTML, link and image syntax; its output may
only hold the tags and attributes our own rendering produces.
"""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import postmortem
from postmortem import DocumentError
from postmortem.markdown import to_html
from postmortem.model import TimelineEvent

EXAMPLE = Path(__file__).parent.parent / "examples" / "raid-outage" / "raid-outage.postmortem"
SOURCE = EXAMPLE.read_bytes()
NAME = "fuzzed.postmortem"

FUZZ = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# The corpus's hostile files (issue 11), damaged further: aliases, raw line
# separators, huge numbers, deep nesting, runs of brackets and emphasis.
HOSTILE = [
    (Path(__file__).parent / "data" / "corpus" / f"{name}.postmortem").read_bytes()
    for name in ("scalar-alias", "line-separator", "next-line", "long-number", "many-invalid-events",
                 "yaml-too-deep", "deep-emphasis", "bracket-run", "alias-bomb", "deep-nesting")
]


@st.composite
def damaged(draw: st.DrawFn, sources: tuple[bytes, ...] = (SOURCE,)) -> bytes:
    data = bytearray(draw(st.sampled_from(sources)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["cut", "flip", "insert", "delete-line", "duplicate-line"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "cut":
            del data[at:]
        elif kind == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        else:
            lines = bytes(data).split(b"\n")
            index = at % len(lines)
            if kind == "delete-line":
                del lines[index]
            else:
                lines.insert(index, lines[index])
            data = bytearray(b"\n".join(lines))
    return bytes(data)


@FUZZ
@given(damaged())
def test_damaged_files_open_or_fail_in_one_line(data: bytes) -> None:
    try:
        document = postmortem.loads(data, NAME)
    except DocumentError as error:
        message = str(error)
        assert message.startswith(NAME + ":")
        assert "\n" not in message
    else:
        # Whatever opened must save and re-open as the same document.
        assert postmortem.loads(postmortem.dumps(document), NAME) == document


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged(tuple(HOSTILE)))
def test_damaged_hostile_files_open_or_fail_in_one_line(data: bytes) -> None:
    test_damaged_files_open_or_fail_in_one_line.hypothesis.inner_test(data)  # type: ignore[attr-defined]


ALLOWED_TAGS = {
    "p", "em", "strong", "s", "a", "code", "pre", "blockquote", "ul", "ol", "li", "hr", "br",
    "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "span", "img", "input",
    "section", "sup", "div",
}  # fmt: skip


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


PIECES = st.sampled_from([
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href='javascript:x'>a</a>",
    "[l](javascript:alert(1))", "[l](JaVaScRiPt:alert(1))", "[l](data:text/html,<b>x</b>)",
    "![i](file:///etc/passwd)", "![i](http://127.0.0.1:9/x.png)", "![i](../../etc/passwd)",
    "![i](/etc/passwd)", "[l](vbscript:x)", "<style>*{}</style>", "<iframe src=x>", "&lt;", "&#x3C;",
    "<!-- x -->", "`code`", "**b**", "_i_", "> q", "- item", "1. item", "| a | b |\n|---|---|\n| c | d |",
    "[^1]\n\n[^1]: note", "- [x] done", "\n\n", " ", "\\", "<", ">", "\"", "'", "](", "[", "![",
    "<https://example.org>", "<mailto:x@example.org>", "[l](https://example.org \"t\")",
])  # fmt: skip
MARKDOWN = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=12).map("".join)


@FUZZ
@given(MARKDOWN)
def test_rendered_markdown_holds_only_our_own_markup(text: str) -> None:
    collector = _Collector()
    collector.feed(to_html(text))
    for tag, attrs in collector.tags:
        assert tag in ALLOWED_TAGS, tag
        assert not any(name.startswith("on") or name == "style" for name in attrs), (tag, attrs)
        href = (attrs.get("href") or "").strip().lower()
        if tag == "a" and href:
            assert href.startswith(("https:", "http:", "mailto:", "#")), href
        if tag == "img":
            assert (attrs.get("src") or "").startswith("data:image/"), attrs


def test_deeply_nested_markdown_renders_without_error() -> None:
    for text in ("> " * 5000 + "x", "- " * 5000 + "x", "*" * 20000, "[" * 20000, "![" * 5000):
        html = to_html(text)
        assert html.strip()


def test_a_ten_megabyte_paragraph_saves_loads_and_exports(tmp_path: Path) -> None:
    document = postmortem.load(EXAMPLE)
    paragraph = ("The array rebuilt onto the new disk " * 280_000).strip()
    assert len(paragraph) > 10_000_000
    document.summary.text = paragraph
    path = tmp_path / "long.postmortem"
    postmortem.save(document, path)
    again = postmortem.load(path)
    assert again.summary.text == paragraph
    assert paragraph[:200] in postmortem.export(again, "md", "internal").decode("utf-8")


def test_ten_thousand_events_save_and_load(tmp_path: Path) -> None:
    document = postmortem.load(EXAMPLE)
    start = dt.datetime(2026, 10, 28, 2, 10, tzinfo=dt.UTC)
    document.timeline.events = [
        TimelineEvent(time=start + dt.timedelta(seconds=30 * i), description=f"Check {i} failed")
        for i in range(10_000)
    ]
    path = tmp_path / "many.postmortem"
    postmortem.save(document, path)
    again = postmortem.load(path)
    assert len(again.timeline.events) == 10_000
    assert again.timeline.events[9_999].description == "Check 9999 failed"
