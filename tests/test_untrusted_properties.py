"""Random hostile input: every load, check and export succeeds or fails with DocumentError,
within 5 s and 500 MB each (issue 11).

Each example runs under a budget: a profiling timer that interrupts it
after 5 s of CPU time (wall time on a machine shared by eight would
measure the neighbours; a hang that burns no CPU is pytest-timeout's job),
and an address-space limit 500 MB above what the test process already
uses, so a blow-up raises MemoryError here instead of swapping the shared
machine. The example counts are small: PDF exports cost a second each, and
WeasyPrint is warmed up once outside the budget.
"""

from __future__ import annotations

import resource
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import postmortem
from postmortem import DocumentError
from postmortem.checks import SettingsError, check, load_settings
from postmortem.export import export
from tests import hostile

SECONDS = 5
MEMORY_MB = 500


class OverTime(Exception):
    pass


def _address_space() -> int:
    with Path("/proc/self/status").open() as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmSize in /proc/self/status")


@contextmanager
def budget() -> Iterator[None]:
    """Fail the example if it runs over 5 s of CPU or allocates 500 MB more than the process has."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = _address_space() + MEMORY_MB * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))

    def over_time(_signum: int, _frame: object) -> None:
        raise OverTime(f"over {SECONDS} s")

    previous = signal.signal(signal.SIGPROF, over_time)
    signal.setitimer(signal.ITIMER_PROF, SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def settle(action: object) -> None:
    """Run `action` within the budget; only DocumentError may come out."""
    with budget():
        try:
            action()  # type: ignore[operator]
        except DocumentError as error:
            assert "\n" not in str(error)


@pytest.fixture(scope="module")
def warm_pdf() -> None:
    """Import WeasyPrint and load the fonts once: the first export pays seconds for it."""
    export(postmortem.load(hostile.EXAMPLE), "pdf", "customer")


FEW = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
VERY_FEW = settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))

# ---------------------------------------------------------------- YAML with anchors and aliases

anchors = st.sampled_from(["a", "b", "c"])
words = st.sampled_from(["x", "lol", "2026-10-28", "'q'", "null", "yes", "1e9", "SEV1"])


def _scalar() -> st.SearchStrategy[str]:
    return st.one_of(words, st.builds(lambda a, w: f"&{a} {w}", anchors, words),
                     anchors.map(lambda a: f"*{a}"))


yaml_values = st.recursive(
    _scalar(),
    lambda inner: st.one_of(
        st.lists(inner, max_size=6).map(lambda items: "[" + ", ".join(items) + "]"),
        st.dictionaries(st.sampled_from(["k", "m", "n"]), inner, max_size=3).map(
            lambda d: "{" + ", ".join(f"{k}: {v}" for k, v in d.items()) + "}"),
        st.builds(lambda a, v: f"&{a} {v}", anchors, inner),
    ),
    max_leaves=40,
)
TAGS = "  tags:\n  - storage\n  - backup\n  - support desk\n"
assert TAGS in hostile.EXAMPLE_TEXT


# A long line aliased thousands of times: 60 MB of tags from a 30 KB value.
LAUGHS = "[&a " + "word " * 4000 + "end, " + "*a, " * 3000 + "*a]"


@FEW
@example(LAUGHS)
@given(yaml_values)
def test_random_anchors_and_aliases_load_check_and_export_or_fail_cleanly(value: str) -> None:
    text = hostile.EXAMPLE_TEXT.replace(TAGS, f"  tags: {value}\n", 1)

    def run() -> None:
        document = postmortem.loads(text, "random.postmortem")
        check(document)
        export(document, "md", "internal")
        export(document, "html", "customer")

    settle(run)


@FEW
@given(yaml_values)
def test_random_anchors_and_aliases_in_settings_load_or_fail_cleanly(
    tmp_path_factory: pytest.TempPathFactory, value: str
) -> None:
    path = tmp_path_factory.mktemp("settings") / "postmortem-settings.yaml"
    path.write_text(f"banned_phrases: {value}\nallowed_jargon: {value}\n", encoding="utf-8")

    def run() -> None:
        try:
            load_settings(path)
        except SettingsError as error:
            assert "\n" not in str(error)

    settle(run)


# ---------------------------------------------------------------- Markdown nesting

markers = st.sampled_from(["*", "**", "_", "~~", "`", "[", "](https://x.example)", "> ", "- ", "1. ", "  ",
                           "\n", "a", " ", "![i](logo.svg)"])
nested = st.one_of(
    st.lists(markers, max_size=300).map("".join),
    st.builds(lambda m, n, close: m * n + "a" + (m[::-1] if close else "") * n,
              st.sampled_from(["*", "_", "**", "> ", "- ", "[", "  - ", "> - ", "~~"]),
              st.integers(1, 600), st.booleans()),
)


@FEW
@example(hostile.deep_emphasis(300))
@given(nested)
def test_random_markdown_nesting_checks_and_exports_or_fails_cleanly(markdown: str) -> None:
    document = postmortem.load(hostile.EXAMPLE)
    document.summary.text = markdown
    document.customer_letter.body = markdown

    def run() -> None:
        check(document)
        for audience in ("internal", "customer"):
            export(document, "md", audience)
            export(document, "html", audience)

    settle(run)


@VERY_FEW
@example(markdown=hostile.deep_emphasis(300))
@given(nested)
def test_random_markdown_nesting_prints_to_pdf_or_fails_cleanly(warm_pdf: None, markdown: str) -> None:
    document = postmortem.load(hostile.EXAMPLE)
    document.customer_letter.body = markdown
    settle(lambda: export(document, "pdf", "customer"))


# ---------------------------------------------------------------- SVG logos

ids = st.sampled_from(["g0", "g1", "g2", "g3"])


def _group(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(lambda i, children, tag: f'<{tag} id="{i}">{"".join(children)}</{tag}>',
                     ids, st.lists(inner, max_size=8), st.sampled_from(["g", "pattern", "symbol", "defs"]))


svg_elements = st.recursive(
    st.one_of(
        st.just('<rect width="4" height="4"/>'),
        ids.map(lambda i: f'<use xlink:href="#{i}"/>'),
        ids.map(lambda i: f'<rect width="4" height="4" fill="url(#{i})"/>'),
        st.sampled_from(['<image xlink:href="other.svg" width="9" height="9"/>',
                         '<image href="file:///etc/passwd" width="9" height="9"/>',
                         '<use href="logo.svg#x"/>']),
    ),
    _group,
    max_leaves=60,
)


USE_BOMB = hostile.use_bomb_svg().split(">", 1)[1].rsplit("</svg>", 1)[0]


@VERY_FEW
@example(body=[USE_BOMB], size=200)
@given(st.lists(svg_elements, min_size=1, max_size=6), st.integers(1, 10**6))
def test_random_svg_logos_print_or_are_left_out(
    warm_pdf: None, tmp_path_factory: pytest.TempPathFactory, body: list[str], size: int
) -> None:
    folder = tmp_path_factory.mktemp("logo")
    (folder / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{size}" height="40">{"".join(body)}</svg>', encoding="utf-8")
    path = folder / "doc.postmortem"
    path.write_text(hostile.EXAMPLE_TEXT, encoding="utf-8")

    def run() -> None:
        document = postmortem.load(path)
        check(document)
        export(document, "pdf", "customer")

    settle(run)


# ---------------------------------------------------------------- what the product wrote loads again

ALL_CHARACTERS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def test_every_character_in_every_kind_of_value_saves_and_loads_back() -> None:
    document = postmortem.load(hostile.EXAMPLE)
    # Lines of 64 characters, so that Markdown and the one-line fields both see every one.
    lines = [ALL_CHARACTERS[i : i + 64] for i in range(0, len(ALL_CHARACTERS), 64)]
    document.summary.text = "\n".join(lines)
    document.meta.title = " ".join(lines[:2000])
    document.meta.tags = lines[2000:2100]
    text = postmortem.dumps(document)
    again = postmortem.loads(text, "all.postmortem")
    assert again == document
    assert postmortem.dumps(again) == text


@FEW
@given(st.text(st.characters(codec=None, exclude_categories=["Cs"]), max_size=200),
       st.text(st.characters(exclude_categories=["Cs"]), max_size=60))
def test_any_text_the_app_stores_saves_and_loads_back(markdown: str, line: str) -> None:
    document = postmortem.load(hostile.EXAMPLE)
    document.summary.text = markdown
    document.customer_letter.greeting = line
    document.timeline.events[0].description = markdown + "\u2028" + line
    again = postmortem.loads(postmortem.dumps(document), "any.postmortem")
    assert again == document
