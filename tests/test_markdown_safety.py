"""Hostile text in a postmortem: pasted HTML, script links, images from anywhere.

Exports are opened in browsers, PDF readers, GitHub and GitLab; whatever the
writer pasted must show as text there, and producing an export must never
fetch anything (checked with a local HTTP server that counts requests).
"""

from __future__ import annotations

import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pypdf
import pytest

from postmortem import export
from postmortem.assets import MAX_ASSET_BYTES, AssetFolder
from postmortem.markdown import parser, to_html
from postmortem.model import (
    ActionItem,
    ActionItems,
    CustomerLetter,
    Document,
    Impact,
    Meta,
    Organisation,
    Summary,
    Timeline,
    TimelineEvent,
)
from postmortem.render.md_writer import Writer
from postmortem.render.pdf import BlockedURL, make_fetcher
from tests.hostile import png_header_bomb

PNG = png_header_bomb(2, 2)  # a real 2 x 2 PNG: images are opened (header only) before embedding


class CountingHandler(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        CountingHandler.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        self.wfile.write(PNG)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[int]:
    """A web server on 127.0.0.1 that records every request it gets; yields its port."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), CountingHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1]
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A document folder with one real image, one fake and one symlink leading out."""
    doc = tmp_path / "doc"
    doc.mkdir()
    (doc / "chart.png").write_bytes(PNG)
    (doc / "fake.png").write_text("not an image")
    outside = tmp_path / "outside.png"
    outside.write_bytes(PNG)
    (doc / "escape.png").symlink_to(outside)
    return doc


def hostile_text(port: int) -> str:
    return "\n\n".join(
        [
            "Before <script>alert('x')</script> after.",
            "<img src=x onerror=alert(1)>",
            "Links: [run](javascript:alert(1)) [local](file:///etc/passwd) [ok](https://example.com).",
            f"![passwd](file:///etc/passwd) ![](http://127.0.0.1:{port}/remote.png) "
            "![up](../../etc/passwd) ![abs](/etc/hostname)",
            f'<iframe src="http://127.0.0.1:{port}/frame"></iframe>',
            '<link rel="attachment" href="/etc/passwd">',
        ]
    )


def hostile_document(port: int) -> Document:
    text = hostile_text(port)
    return Document(
        meta=Meta(title="Hostile <b>title</b>", organisation=Organisation(name="Acme <i>Ltd</i>")),
        summary=Summary(text=text),
        timeline=Timeline(
            events=[TimelineEvent(time="2026-10-27T03:10:00-04:00", customer_visible=True, description=text)]
        ),
        impact=Impact(description=text, customer_actions=text),
        action_items=ActionItems(
            items=[ActionItem(title="<b>t</b>", description=text, customer_promised=True)]
        ),
        customer_letter=CustomerLetter(body=text),
    )


# ---------------------------------------------------------------- HTML rendering


def test_raw_html_is_shown_as_text() -> None:
    html = to_html("Hi <script>alert(1)</script> <img src=x onerror=alert(1)>")
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    "href",
    ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "file:///etc/passwd", "data:text/html,hi", "vbscript:x"],
)
def test_unsafe_links_keep_only_their_label(href: str) -> None:
    html = to_html(f"[click me]({href})")
    assert "<a" not in html
    assert "click me" in html


@pytest.mark.parametrize(
    "href", ["https://example.com/a?b=c", "http://example.com", "mailto:help@example.com"]
)
def test_web_and_mail_links_stay_links(href: str) -> None:
    assert f'<a href="{href}">' in to_html(f"[x]({href})")


@pytest.mark.parametrize(
    "src",
    [
        "file:///etc/passwd",
        "http://127.0.0.1:9/x.png",
        "../outside.png",
        "/etc/passwd",
        "fake.png",
        "escape.png",
        "missing.png",
        "//example.com/x.png",
        "chart.png?x=1",
    ],
)
def test_unsafe_images_become_a_visible_note(folder: Path, src: str) -> None:
    html = to_html(f"![the chart]({src})", assets=AssetFolder(folder))
    assert "<img" not in html
    assert '<span class="image-missing">[image not included: the chart]</span>' in html


def test_an_image_beside_the_document_is_embedded(folder: Path) -> None:
    html = to_html("![the chart](chart.png)", assets=AssetFolder(folder))
    assert '<img src="data:image/png;base64,' in html
    assert 'alt="the chart"' in html


def test_an_oversized_image_is_refused(folder: Path) -> None:
    big = folder / "big.png"
    with big.open("wb") as handle:
        handle.write(PNG)
        handle.truncate(MAX_ASSET_BYTES + 1)
    assert "image-missing" in to_html("![big](big.png)", assets=AssetFolder(folder))


def test_without_a_folder_no_image_is_embedded(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(folder)  # even a path that exists in the working directory stays out
    assert "image-missing" in to_html("![c](chart.png)")


def test_the_parser_is_built_once() -> None:
    assert parser() is parser()


def test_writer_headings_sit_below_the_section() -> None:
    assert "<h3>Heading</h3>" in to_html("# Heading")
    assert Writer().block("# Heading") == "### Heading"


# ---------------------------------------------------------------- Markdown export


def test_markdown_writer_escapes_html_and_drops_unsafe_links() -> None:
    out = Writer().block("<script>x</script> [a](javascript:alert(1)) ![i](http://evil.example/x.png)")
    assert "<script" not in out and "javascript:" not in out and "evil.example" not in out
    assert "&lt;script&gt;" in out
    assert "*\\[image not included: i\\]*" in out


def test_markdown_table_cells_escape_pipes() -> None:
    cell = Writer().cell("a | b and `x | y`")
    assert cell == "a \\| b and `x \\| y`"


# ---------------------------------------------------------------- whole exports


@pytest.mark.parametrize("audience", ["customer", "internal"])
def test_hostile_document_exports_safely_and_fetches_nothing(
    server: int, folder: Path, audience: str
) -> None:
    CountingHandler.requests.clear()
    document = hostile_document(server)
    for fmt in ("md", "html"):
        text = export(document, fmt, audience, base_dir=folder).decode()
        for raw in ("<script", "<img src=x", "<iframe", "onerror=alert(1)>", "<b>", "<i>", "<link"):
            assert raw not in text, (fmt, raw)
        assert "javascript:" not in text and "file:///etc" not in text
        assert "image not included" in text
    pdf = export(document, "pdf", audience, base_dir=folder)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "<script>alert('x')</script>" in text  # shown, as text
    assert "image not included: passwd" in text
    assert "/EmbeddedFiles" not in str(reader.trailer["/Root"].get("/Names", {}))
    uris = [
        str(annot.get_object().get("/A", {}).get("/URI", ""))
        for page in reader.pages
        for annot in page.get("/Annots") or []
    ]
    # Bare addresses in the text are links now; still only web and mail ones.
    assert all(uri.startswith(("http://", "https://", "mailto:")) for uri in uris if uri), uris
    assert CountingHandler.requests == []


def test_pdf_fetcher_serves_only_local_files(server: int, folder: Path) -> None:
    CountingHandler.requests.clear()
    fetcher = make_fetcher(AssetFolder(folder))
    refused = [
        f"http://127.0.0.1:{server}/x.png",
        f"https://127.0.0.1:{server}/x.png",
        "file:///etc/passwd",
        (folder / "escape.png").as_uri(),
        (folder / "fake.png").as_uri(),
        "ftp://127.0.0.1/x",
    ]
    for url in refused:
        with pytest.raises(BlockedURL):
            fetcher.fetch(url)
    assert fetcher.fetch((folder / "chart.png").as_uri()).read() == PNG
    assert fetcher.fetch("data:text/plain;base64,aGk=").read() == b"hi"
    assert CountingHandler.requests == []
