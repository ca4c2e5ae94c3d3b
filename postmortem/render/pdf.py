"""HTML to PDF with WeasyPrint, fetching nothing but our own files.

WeasyPrint is imported inside the functions: importing it costs about a
second, which the desktop app must not pay at start-up.

The page HTML holds its images as `data:` URIs already; the fetcher exists
so that nothing else can load, whatever a template or a future change
adds: only `data:` URLs, the app's fonts/CSS/images and images inside the
document's folder are served, everything else raises.
"""

from __future__ import annotations

import atexit
import base64
import gc
import os
import re
import shutil
import threading
import types
import warnings
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, unquote_to_bytes, urlsplit
from urllib.request import url2pathname

from postmortem.assets import APP_ASSETS, AssetFolder, is_inside, read_capped, sniff_image
from postmortem.errors import DocumentError
from postmortem.imagebudget import image_problem
from postmortem.limits import MAX_MARKDOWN_NESTING

if TYPE_CHECKING:
    from weasyprint.urls import URLFetcher, URLFetcherResponse

PDF_VARIANT = "pdf/ua-1"
_APP_FOLDERS = ("fonts", "css", "images")
_FONT_FACES = (
    ("Noto Serif Postmortem", "NotoSerif", "Regular", 400, "normal"),
    ("Noto Serif Postmortem", "NotoSerif", "Italic", 400, "italic"),
    ("Noto Serif Postmortem", "NotoSerif", "Bold", 700, "normal"),
    ("Noto Serif Postmortem", "NotoSerif", "BoldItalic", 700, "italic"),
    ("Noto Sans Postmortem", "NotoSans", "Regular", 400, "normal"),
    ("Noto Sans Postmortem", "NotoSans", "Italic", 400, "italic"),
    ("Noto Sans Postmortem", "NotoSans", "Bold", 700, "normal"),
    ("Noto Sans Postmortem", "NotoSans", "BoldItalic", 700, "italic"),
)
_MIME_BY_SUFFIX = {".ttf": "font/ttf", ".otf": "font/otf", ".woff2": "font/woff2", ".css": "text/css"}
# Glyphs our generated text uses that the bundled fonts lack; without a
# substitute WeasyPrint would embed whatever system font has them, which
# differs from machine to machine.
_SUBSTITUTES = {"\u2212": "\u2013"}
# WeasyPrint's font configuration is not safe to share between threads.
_LOCK = threading.Lock()


class BlockedURL(ValueError):
    """An export tried to load something from outside its trusted folders."""


@cache
def _fetcher_class() -> type[URLFetcher]:
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalOnlyFetcher(URLFetcher):
        """Serves data: URLs, the app's assets and the document's own images; refuses the rest."""

        def __init__(self, assets: AssetFolder) -> None:
            super().__init__(timeout=1, allowed_protocols=("data", "file"), allow_redirects=False)
            self.assets = assets
            self.app_root = APP_ASSETS.resolve()

        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            scheme = url.split(":", 1)[0].lower() if ":" in url else ""
            if scheme == "data":
                mime, body = decode_data_url(url)
                return URLFetcherResponse(url, body, {"Content-Type": mime})
            if scheme == "file":
                mime, body = self._local_file(url)
                return URLFetcherResponse(url, body, {"Content-Type": mime})
            raise BlockedURL(f"exports load no external resources: {url[:80]}")

        def _local_file(self, url: str) -> tuple[str, bytes]:
            parts = urlsplit(url)
            if parts.netloc not in ("", "localhost"):
                raise BlockedURL(f"not a local file: {url[:80]}")
            try:
                real = Path(url2pathname(unquote(parts.path))).resolve(strict=True)
            except (OSError, RuntimeError):
                raise BlockedURL(f"no such file: {url[:80]}") from None
            if any(is_inside(real, self.app_root / folder) for folder in _APP_FOLDERS):
                data = read_capped(real, 32 * 1024 * 1024)
                mime = _MIME_BY_SUFFIX.get(real.suffix.lower()) or (sniff_image(data or b""))
                if data is not None and mime:
                    return mime, data
            elif self.assets.contains(real):
                data = read_capped(real)
                mime = sniff_image(data) if data else None
                # The same budget as the images the page embeds: an SVG that
                # names another SVG cannot start a chain through here.
                if data and mime and image_problem(data, mime) is None:
                    return mime, data
            raise BlockedURL(f"not an asset this export may use: {url[:80]}")

    return LocalOnlyFetcher


def make_fetcher(assets: AssetFolder | None) -> URLFetcher:
    """WeasyPrint's fetcher for one export: data: URLs, app assets and `assets`' images only."""
    return _fetcher_class()(assets or AssetFolder(None))


def decode_data_url(url: str) -> tuple[str, bytes]:
    header, comma, payload = url[5:].partition(",")
    if not comma:
        raise BlockedURL("malformed data: URL")
    params = header.split(";")
    mime = params[0].strip() or "text/plain"
    if "base64" in (p.strip().lower() for p in params[1:]):
        return mime, base64.b64decode(unquote(payload), validate=False)
    return mime, unquote_to_bytes(payload)


def font_faces_css() -> str:
    """@font-face rules for the bundled fonts, by absolute file URL."""
    rules = []
    for family, stem, style_name, weight, style in _FONT_FACES:
        url = (APP_ASSETS / "fonts" / f"{stem}-{style_name}.ttf").resolve().as_uri()
        rules.append(
            f'@font-face {{ font-family: "{family}"; src: url("{url}"); '
            f"font-weight: {weight}; font-style: {style}; }}"
        )
    # Code would otherwise pull in a system monospace font, which differs
    # between machines; a user-level !important beats the page's own rule.
    rules.append('code, pre, kbd, samp { font-family: "Noto Sans Postmortem" !important; }')
    return "\n".join(rules)


@cache
def _font_setup() -> tuple[Any, Any]:
    """The font configuration and font stylesheet, built once per process.

    Loading eight font files into fontconfig is most of a small letter's
    render time, and the fonts never change while the app runs.
    """
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    # The configuration copies the fonts into a temporary folder that its
    # __del__ removes; at interpreter exit that would run too late (after
    # module teardown) or not at all and leave the folder behind, so the
    # folder goes earlier.
    atexit.register(_release_fonts)
    fetcher = make_fetcher(None)
    stylesheet = CSS(string=font_faces_css(), font_config=font_config, url_fetcher=fetcher)
    return font_config, stylesheet


def _release_fonts() -> None:
    """At exit: remove the fonts' temporary folder, then skip the final garbage collection.

    Whatever an export leaves for the cycle collector (a long report leaves
    some 300,000 objects) would otherwise be walked once more by the
    collection Python runs while shutting down: about a third of a second,
    for memory the system takes back anyway. Freezing moves every object out of
    the collector's reach; nothing in this package waits on a finalizer at
    exit, and the only one that mattered, the font folder's, runs here.
    """
    if _font_setup.cache_info().currsize:
        font_config, _stylesheet = _font_setup()
        folder = getattr(font_config, "_folder", None)
        _font_setup.cache_clear()
        if folder is None:
            # Not a WeasyPrint whose folder we know: let its finalizer run.
            gc.collect()
        else:
            shutil.rmtree(folder, ignore_errors=True)
    gc.freeze()


@contextmanager
def _full_collections_paused() -> Iterator[None]:
    """No full garbage collections while WeasyPrint lays out and draws.

    A long report makes millions of boxes, styles and text layouts that
    all live until the PDF is written. Python runs a full collection each
    time the long-lived objects grow by a quarter, walking every one of
    them again: a third of the time of a 176-page report went there.
    Young objects are still collected as usual, so short-lived cycles do
    not pile up; whatever the export leaves behind goes at the next full
    collection after it.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(thresholds[0], thresholds[1], 1_000_000_000)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


# Slots of the padding frame below: 128 KiB, so CPython gives it a 256 KiB
# chunk and about 120 KiB stay free above it (layout needs some 25 KiB).
_STACK_PADDING_SLOTS = 16 * 1024


@cache
def _caller_with_stack_room() -> Callable[..., Any]:
    """A function that calls `fn(*args)` with plenty of Python data stack above it.

    CPython 3.11 and 3.12 keep the frames' local variables in 16 KiB
    chunks that are mapped when a call needs a new one and unmapped as soon
    as it returns (CPython gh-142183, fixed in later 3.13 and 3.14 releases). WeasyPrint's
    layout recurses up and down across such a boundary hundreds of thousands
    of times on a long report: each crossing is an mmap, a munmap and fresh
    page faults, over a second of system time for a 176-page report, more or
    less depending on where the boundary happens to fall. This function's
    frame carries unused local slots, so that CPython puts it in a chunk of
    its own far larger than the frame, and all of the rendering's frames fit
    in what is left of that chunk.
    """

    def call_with_stack_room(fn: Callable[..., Any], *args: Any) -> Any:
        return fn(*args)

    code = call_with_stack_room.__code__
    padding = tuple(f"_unused{i}" for i in range(_STACK_PADDING_SLOTS))
    try:
        code = code.replace(co_varnames=code.co_varnames + padding, co_nlocals=code.co_nlocals + len(padding))
    except (TypeError, ValueError):  # an interpreter whose code objects differ: no padding
        return call_with_stack_room
    return types.FunctionType(code, call_with_stack_room.__globals__, code.co_name)


def html_to_pdf(html: str, assets: AssetFolder | None, *, identifier: bytes, tagged: bool = True) -> bytes:
    """The PDF for one page of our HTML; equal input gives byte-identical output.

    The creation date comes from the page's `dcterms.created` meta element,
    the file identifier from `identifier`, so nothing depends on the clock.
    `tagged` makes a PDF/UA-1 file (structure tags for screen readers); it
    costs about a quarter more time and memory.
    """
    for char, substitute in _SUBSTITUTES.items():
        html = html.replace(char, substitute)
    _check_depth(html)
    fetcher = make_fetcher(assets)
    with _LOCK, _full_collections_paused(), warnings.catch_warnings():
        # Pillow warns on stderr about images it decodes for WeasyPrint; what
        # matters about an image is said by the checks, once, in our words.
        warnings.filterwarnings("ignore", module=r"PIL\.")
        return _caller_with_stack_room()(_render, html, fetcher, identifier, tagged)


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                   "track", "wbr"})
# Our templates nest about 10 deep and Markdown adds at most MAX_MARKDOWN_NESTING
# blocks and inlines; WeasyPrint's style cascade recurses once per level and
# overflows the Python stack at about 200.
_MAX_HTML_DEPTH = 3 * MAX_MARKDOWN_NESTING + 16


def _check_depth(html: str) -> None:
    """Refuse, in one line, a page nested deeper than WeasyPrint can lay out."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if name.lower() in _VOID or self_closing:
            continue
        depth += -1 if closing else 1
        deepest = max(deepest, depth)
    if deepest > _MAX_HTML_DEPTH:
        raise DocumentError(None, f"the page nests elements {deepest} deep; the limit is {_MAX_HTML_DEPTH}")


# Rules of WeasyPrint's user-agent stylesheet that match every element of
# the page, each giving every element one more pseudo-element style to
# compute and keep: 60,000 styles for a long report, a quarter of its
# memory and about a twentieth of its render time. Our pages make
# no CSS footnotes or notes (`float: footnote` / `float: note`: Markdown
# footnotes are plain elements) and only `li` is a list item, so the
# narrower rules below match exactly what the universal ones did.
_UA_NARROWED = {
    "::marker {": "li::marker {",
    "::footnote-call {": None,
    "::footnote-marker {": None,
    "::note-call {": None,
    "::note-marker {": None,
    "::note-callback {": None,
}


@cache
def _html_class() -> type[Any]:
    """WeasyPrint's HTML, with the user-agent rules above narrowed or dropped.

    Should a WeasyPrint release word its stylesheet differently, the stock
    class comes back and exports only lose the time saved.
    """
    from weasyprint import CSS, HTML

    try:
        from weasyprint.css.counters import CounterStyle
        from weasyprint.html import UA, UA_STYLESHEET
    except ImportError:
        return HTML
    lines = UA.split("\n")
    narrowed = []
    for line in lines:
        prefix = next((p for p in _UA_NARROWED if line.startswith(p)), None)
        if prefix is None:
            narrowed.append(line)
        elif _UA_NARROWED[prefix] is not None:
            narrowed.append(_UA_NARROWED[prefix] + line[len(prefix) :])
    if len(lines) - len(narrowed) != sum(v is None for v in _UA_NARROWED.values()) or not any(
        line.startswith("li::marker {") for line in narrowed
    ):
        return HTML
    # The stock stylesheet's @counter-style rules are already in WeasyPrint's
    # shared counter styles; this copy registers its own in a throwaway set.
    stylesheet = CSS(string="\n".join(narrowed), counter_style=CounterStyle())

    class NarrowedUAHTML(HTML):
        def _ua_stylesheets(self, forms: bool = False) -> list[Any]:
            stock = super()._ua_stylesheets(forms)
            return [stylesheet if sheet is UA_STYLESHEET else sheet for sheet in stock]

    return NarrowedUAHTML


# The deflate level pydyf writes streams with: the same level, the same bytes.
_DEFLATE_LEVEL = 9


def _deflate_streams_in_parallel(_document: Any, pdf: Any) -> None:
    """WeasyPrint finisher: deflate the PDF's streams on every core before pydyf writes them.

    pydyf deflates each stream (page contents, fonts) in turn while it
    writes the file, at level 9: a sixth of a second for a long report.
    zlib lets go of the interpreter lock, so threads share that work out.
    The file is byte for byte what pydyf would write: streams are joined
    and deflated the way it does; a stream holding anything but bytes is
    left for pydyf.
    """
    import pydyf

    pending = []
    for obj in pdf.objects:
        if isinstance(obj, pydyf.Stream) and getattr(obj, "compress", False):
            try:
                raw = b"\n".join(obj.stream)
            except TypeError:
                continue
            pending.append((obj, raw))
    workers = min(4, os.cpu_count() or 1, len(pending))
    if workers < 2:
        return
    with ThreadPoolExecutor(workers) as pool:
        deflated = list(pool.map(partial(zlib.compress, level=_DEFLATE_LEVEL), [raw for _, raw in pending]))
    for (obj, _raw), data in zip(pending, deflated, strict=True):
        obj.extra = {**obj.extra, "Filter": "/FlateDecode"}
        obj.stream = [data]
        obj.compress = False


def _render(html: str, fetcher: URLFetcher, identifier: bytes, tagged: bool) -> bytes:
    """Lays out and writes the PDF; called with the font lock held, on a roomy data stack."""
    font_config, font_css = _font_setup()
    if tagged:
        from postmortem.render.pdf_tagging import install

        install()
    page = _html_class()(string=html, base_url=str(APP_ASSETS) + "/", url_fetcher=fetcher)
    variant = PDF_VARIANT if tagged else None
    document = page.render(
        font_config=font_config,
        stylesheets=[font_css],
        pdf_variant=variant,
        pdf_identifier=identifier,
    )
    # No embedded files, whatever the HTML says: an attachment would
    # carry a file off the writer's disk inside the PDF.
    document.metadata.attachments = []
    for rendered in document.pages:
        rendered.links[:] = [link for link in rendered.links if link[0] != "attachment"]
    return document.write_pdf(
        finisher=_deflate_streams_in_parallel, pdf_variant=variant, pdf_identifier=identifier
    )
