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
import re
import shutil
import threading
import warnings
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, unquote_to_bytes, urlsplit
from urllib.request import url2pathname

from postmortem.assets import APP_ASSETS, AssetFolder, is_inside, read_capped, sniff_image
from postmortem.errors import DocumentError
from postmortem.imagebudget import image_problem
from postmortem.limits import MAX_MARKDOWN_NESTING
from postmortem.render import weasyprint_tuning as tuning
from postmortem.render.scripts import resolve_auto_direction

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
    ("Noto Sans Mono Postmortem", "NotoSansMono", "Regular", 400, "normal"),
    ("Noto Sans Mono Postmortem", "NotoSansMono", "Bold", 700, "normal"),
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
    with tuning.libraries_known():  # the first import of WeasyPrint in an export
        from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalOnlyFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint has no type hints
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
    atexit.register(release_fonts)
    fetcher = make_fetcher(None)
    stylesheet = CSS(string=font_faces_css(), font_config=font_config, url_fetcher=fetcher)
    return font_config, stylesheet


def release_fonts() -> None:
    """Remove the fonts' temporary folder: at exit, while the interpreter can still do it, or
    before a forked child leaves (`pdf_child`), which skips the exit handlers."""
    if _font_setup.cache_info().currsize:
        font_config, _stylesheet = _font_setup()
        folder = getattr(font_config, "_folder", None)
        _font_setup.cache_clear()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def warm_up() -> None:
    """What every export pays before its first page, done ahead: WeasyPrint's import, the
    bundled fonts and the tagging fixes (every PDF is tagged)."""
    from postmortem.render.pdf_tagging import install

    _fetcher_class()
    _font_setup()
    install()


def html_to_pdf(html: str, assets: AssetFolder | None, *, identifier: bytes, tagged: bool = True) -> bytes:
    """The PDF for one page of our HTML; equal input gives byte-identical output.

    The creation date comes from the page's `dcterms.created` meta element,
    the file identifier from `identifier`, so nothing depends on the clock.
    `tagged` makes a PDF/UA-1 file (structure tags for screen readers); it
    costs about a quarter more time and memory.
    """
    for char, substitute in _SUBSTITUTES.items():
        html = html.replace(char, substitute)
    elements = _check_depth(html)
    fetcher = make_fetcher(assets)
    with _LOCK, tuning.full_collections_paused(), warnings.catch_warnings():
        # Pillow warns on stderr about images it decodes for WeasyPrint; what
        # matters about an image is said by the checks, once, in our words.
        warnings.filterwarnings("ignore", module=r"PIL\.")
        return tuning.call_with_stack_room(_render, html, fetcher, identifier, tagged, elements)


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                   "track", "wbr"})
# Our templates nest about 10 deep and Markdown adds at most MAX_MARKDOWN_NESTING
# blocks and inlines; WeasyPrint's style cascade recurses once per level and
# overflows the Python stack at about 200.
_MAX_HTML_DEPTH = 3 * MAX_MARKDOWN_NESTING + 16


def _check_depth(html: str) -> int:
    """Refuse, in one line, a page nested deeper than WeasyPrint can lay out; else its element count."""
    depth = deepest = elements = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        elements += not closing
        if name.lower() in _VOID or self_closing:
            continue
        depth += -1 if closing else 1
        deepest = max(deepest, depth)
    if deepest > _MAX_HTML_DEPTH:
        raise DocumentError(None, f"the page nests elements {deepest} deep; the limit is {_MAX_HTML_DEPTH}")
    return elements


def _render(html: str, fetcher: URLFetcher, identifier: bytes, tagged: bool, elements: int) -> bytes:
    """Lays out and writes the PDF; called with the font lock held, on a roomy data stack."""
    font_config, font_css = _font_setup()
    if tagged:
        from postmortem.render.pdf_tagging import install

        install()
    page = tuning.html_class(elements)(string=html, base_url=str(APP_ASSETS) + "/", url_fetcher=fetcher)
    resolve_auto_direction(page.etree_element)
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
    data: bytes = document.write_pdf(pdf_variant=variant, pdf_identifier=identifier)
    return data
