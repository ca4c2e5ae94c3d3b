"""The few changes to how WeasyPrint runs that pay for their risk, applied inside one export.

Each one was measured on the large internal report (176 pages) and the
example's letter; see benchmarks/tuning_benchmark.py and the README there.
Kept:

- `full_collections_paused`: no full garbage collection while WeasyPrint
  lays out and draws (a third of a long report's time went to walking the
  same millions of boxes again). The process's thresholds come back as they
  were when the export ends, even if it fails.
- `NarrowedUAHTML` (`html_class`): WeasyPrint's user-agent stylesheet with
  the universal `::marker`/footnote/note rules narrowed to what our pages
  use, through a subclass of `HTML`: WeasyPrint's own stylesheet objects are
  never changed, so other users of WeasyPrint in the process see the stock
  ones. Only for pages long enough to repay parsing it (`NARROWED_UA_FROM`).

- `call_with_stack_room` (CPython 3.11 and 3.12): the render's frames start
  in a data-stack chunk of their own, large enough that deep layout no
  longer maps and unmaps a chunk at each crossing of a boundary. Renders
  alternated in one process (`tuning_benchmark.py --warm`, 2 shared cores,
  load about 9): the 176-page report 27.6 s CPU median against 31.0 s
  without (4 each), the example's report 1.01 s against 1.07 s (20 each).
  Cold processes, 3 rounds, could not tell it from their noise.

- `libraries_known`: while WeasyPrint is imported, `ctypes.util.find_library`
  answers at once for the libraries WeasyPrint opens, instead of running
  ldconfig, gcc and ld as child processes for each of the names WeasyPrint
  tries (22 lookups; a cold letter's biggest single cost after the imports).
  The stock function is back when the import ends.

Everything here touches WeasyPrint internals written for WeasyPrint 70
(`weasyprint.html.UA`, `UA_STYLESHEET`, `HTML._ua_stylesheets`);
`tests/test_weasyprint_tuning.py` fails loudly when a release changes them.
Should the stylesheet's wording change at run time, the stock class is used
and exports only lose the time saved.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


@contextmanager
def full_collections_paused() -> Iterator[None]:
    """No full garbage collections inside the block; the thresholds as found afterwards.

    A long report makes millions of boxes, styles and text layouts that all
    live until the PDF is written. Python runs a full collection each time
    the long-lived objects grow by a quarter, walking every one of them
    again. Young objects are still collected as usual, so short-lived
    cycles do not pile up; whatever the export leaves behind goes at the
    next full collection after it.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(thresholds[0], thresholds[1], 1_000_000_000)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


# The names WeasyPrint 70 tries for each library it opens (`weasyprint.text.ffi`, its
# `_dlopen` calls), Windows and macOS names first, and the library they mean here.
WEASYPRINT_LIBRARIES = {
    "libgobject-2.0.so.0": ("libgobject-2.0-0", "gobject-2.0-0", "gobject-2.0"),
    "libpango-1.0.so.0": ("libpango-1.0-0", "pango-1.0-0", "pango-1.0"),
    "libharfbuzz.so.0": ("libharfbuzz-0", "harfbuzz", "harfbuzz-0.0"),
    "libharfbuzz-subset.so.0": ("libharfbuzz-subset-0", "harfbuzz-subset", "harfbuzz-subset-0.0"),
    "libharfbuzz-vector.so.0": ("libharfbuzz-vector-0", "harfbuzz-vector", "harfbuzz-vector-0.0"),
    "libfontconfig.so.1": ("libfontconfig-1", "fontconfig-1", "fontconfig"),
    "libpangoft2-1.0.so.0": ("libpangoft2-1.0-0", "pangoft2-1.0-0", "pangoft2-1.0"),
}


@cache
def _loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


@contextmanager
def libraries_known() -> Iterator[None]:
    """Inside the block, `ctypes.util.find_library` answers WeasyPrint's names itself (Linux).

    cffi, which WeasyPrint loads its libraries with, calls `find_library` for
    every name that does not load as it is; on Linux that runs `ldconfig -p`,
    then gcc and ld, as child processes. WeasyPrint tries three or four names
    per library, so importing it ran 22 lookups. Here a name of the table
    above gets the library's soname when the system loader can load it, or
    None (not found) when it cannot, which is what the lookup would have said;
    any other name goes to the stock function. Only the block sees the change.
    """
    if not sys.platform.startswith("linux"):
        yield
        return
    stock = ctypes.util.find_library
    answers = {name: soname for soname, names in WEASYPRINT_LIBRARIES.items() for name in names}

    def find_library(name: str) -> str | None:
        soname = answers.get(name)
        if soname is None:
            return stock(name)
        return soname if _loadable(soname) else None

    ctypes.util.find_library = find_library
    try:
        yield
    finally:
        ctypes.util.find_library = stock


# Rules of WeasyPrint's user-agent stylesheet that match every element of
# the page, each giving every element one more pseudo-element style to
# compute and keep: 60,000 styles for a long report, a quarter of its memory.
# Our pages make no CSS footnotes or notes (`float: footnote` / `float:
# note`: Markdown footnotes are plain elements) and only `li` is a list
# item, so the narrower rules match exactly what the universal ones did.
UA_NARROWED = {
    "::marker {": "li::marker {",
    "::footnote-call {": None,
    "::footnote-marker {": None,
    "::note-call {": None,
    "::note-marker {": None,
    "::note-callback {": None,
}


def narrowed_ua(stock: str) -> str | None:
    """The user-agent stylesheet's text with the rules above narrowed or dropped;
    None when `stock` does not hold them exactly as WeasyPrint 70 words them."""
    lines = stock.split("\n")
    narrowed = []
    for line in lines:
        prefix = next((p for p in UA_NARROWED if line.startswith(p)), None)
        if prefix is None:
            narrowed.append(line)
        elif (replacement := UA_NARROWED[prefix]) is not None:
            narrowed.append(replacement + line[len(prefix) :])
    dropped = sum(value is None for value in UA_NARROWED.values())
    if len(lines) - len(narrowed) != dropped or not any(line.startswith("li::marker {") for line in narrowed):
        return None
    return "\n".join(narrowed)


# Pages with fewer elements keep the stock stylesheet. Parsing the narrowed copy costs
# about 55 ms once per process; it saves about 0.2 ms per element laid out: nothing
# measurable on the example's letter (55 elements), 70 ms on its report (405), 1.9 s
# and 73 MB on a 176-page report (10,500). A cold letter is waited for.
NARROWED_UA_FROM = 300


def html_class(elements: int) -> Any:
    """WeasyPrint's `HTML` for a page of `elements` elements: for a long page, the subclass
    using the narrowed user-agent stylesheet (or `HTML` itself should the stylesheet differ)."""
    if elements < NARROWED_UA_FROM:
        from weasyprint import HTML

        return HTML
    return _narrowed_html_class()


@cache
def _narrowed_html_class() -> Any:
    from weasyprint import CSS, HTML

    try:
        from weasyprint.css.counters import CounterStyle
        from weasyprint.html import UA, UA_STYLESHEET
    except ImportError:
        return HTML
    text = narrowed_ua(UA)
    if text is None or not hasattr(HTML, "_ua_stylesheets"):
        return HTML
    # The stock stylesheet's @counter-style rules are already in WeasyPrint's
    # shared counter styles; this copy registers its own in a set of its own.
    stylesheet = CSS(string=text, counter_style=CounterStyle())

    class NarrowedUAHTML(HTML):  # type: ignore[misc]  # WeasyPrint has no type hints
        def _ua_stylesheets(self, forms: bool = False) -> list[Any]:
            stock = super()._ua_stylesheets(forms)
            return [stylesheet if sheet is UA_STYLESHEET else sheet for sheet in stock]

    return NarrowedUAHTML


# Slots of the padding frame below: 128 KiB, so CPython gives it a 256 KiB
# chunk and about 120 KiB stay free above it (layout needs some 25 KiB).
_STACK_PADDING_SLOTS = 16 * 1024


def _plain_call(fn: Callable[..., T], *args: Any) -> T:
    return fn(*args)


@cache
def _roomy_caller() -> Callable[..., Any]:
    """`_plain_call` with a frame far larger than it needs (see `call_with_stack_room`)."""
    code = _plain_call.__code__
    padding = tuple(f"_unused{i}" for i in range(_STACK_PADDING_SLOTS))
    try:
        code = code.replace(co_varnames=code.co_varnames + padding, co_nlocals=code.co_nlocals + len(padding))
    except (TypeError, ValueError):  # an interpreter whose code objects differ: no padding
        return _plain_call
    return types.FunctionType(code, _plain_call.__globals__, code.co_name)


def call_with_stack_room(fn: Callable[..., T], *args: Any) -> T:
    """`fn(*args)` with plenty of Python data stack above it, on CPython 3.11 and 3.12.

    Those keep frames' local variables in 16 KiB chunks that are mapped when
    a call needs a new one and unmapped as soon as it returns (CPython
    gh-142183). WeasyPrint's layout recurses up and down across such a
    boundary hundreds of thousands of times on a long report: each crossing
    is an mmap, a munmap and fresh page faults. The caller's frame carries
    unused local slots, so CPython puts it in a chunk of its own far larger
    than the frame, and all of the rendering's frames fit above it. Nothing
    outside this one call is changed.
    """
    if sys.version_info >= (3, 13) or sys.implementation.name != "cpython":
        return fn(*args)
    result: T = _roomy_caller()(fn, *args)
    return result
