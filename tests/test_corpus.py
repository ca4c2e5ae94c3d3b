"""The corpus of broken and hostile files in tests/data/corpus.

Every file either opens or fails with one line naming the file and a line
or field; none is ever modified; hostile text that opens is neutralised in
every export.
"""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import postmortem
from postmortem import DocumentError

CORPUS = Path(__file__).parent / "data" / "corpus"
FILES = sorted(CORPUS.glob("*.postmortem"))

# Files a writer can open (their damage is cosmetic or handled by normalising).
OPENS = {
    "bom", "crlf", "control-characters", "hostile-markdown", "impossible-order",
    "deep-emphasis", "bracket-run",
}


def test_corpus_is_present() -> None:
    assert len(FILES) >= 25


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_each_file_opens_or_fails_in_one_line_without_change(path: Path) -> None:
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    if path.stem in OPENS:
        document = postmortem.load(path)
        assert document.meta.title
    else:
        with pytest.raises(DocumentError) as caught:
            postmortem.load(path)
        message = str(caught.value)
        assert "\n" not in message
        assert message.startswith(str(path))
        # names a line ("file:12:") or a field ("file: meta.title:")
        assert re.match(re.escape(str(path)) + r":(\d+:|\s[a-z_]+[.\[])", message), message
        assert "Traceback" not in message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_control_characters_are_dropped_and_the_words_kept() -> None:
    document = postmortem.load(CORPUS / "control-characters.postmortem")
    greeting = document.customer_letter.greeting
    assert greeting.startswith("Dear Northwind customers,")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", greeting)


class _Tags(HTMLParser):
    """Collects every real tag and attribute, so escaped text does not count."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize("audience", ["customer", "internal"])
def test_hostile_markdown_is_shown_as_text_in_html(audience: str) -> None:
    document = postmortem.load(CORPUS / "hostile-markdown.postmortem")
    html = postmortem.export(document, "html", audience).decode("utf-8")
    parser = _Tags()
    parser.feed(html)
    names = [tag for tag, _ in parser.tags]
    assert "script" not in names
    assert names.count("style") == 1  # only the export's own stylesheet
    for tag, attrs in parser.tags:
        assert not any(name.startswith("on") for name in attrs), tag
        for name in ("href", "src"):
            value = (attrs.get(name) or "").lower()
            assert not value.startswith(("javascript:", "file:", "http://127.")), (tag, value)
            if tag == "img":
                assert value.startswith("data:"), value
    # The reader still sees what was typed, as text.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "[image not included: secret]" in html


def test_hostile_markdown_stays_inert_in_markdown_export() -> None:
    document = postmortem.load(CORPUS / "hostile-markdown.postmortem")
    text = postmortem.export(document, "md", "customer").decode("utf-8")
    assert "<script>" not in text
    assert "](javascript:" not in text
    assert "](file:" not in text
