"""Markdown to HTML that is safe to print, share and open in a browser.

A postmortem's text may have been pasted from chat logs, tickets and error
messages, so the HTML it becomes must never carry what it did not mean to:
- raw HTML is shown as text (markdown-it's `html` option off);
- links keep only http, https and mailto addresses; any other link shows
  its label as plain text; bare http(s) addresses in the text become links;
- images are embedded only from the document's own folder, as `data:`
  URIs, after checking they are images; anything else (web addresses,
  absolute paths, `..`) becomes a visible note with the alt text and is
  never fetched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import OptionsDict
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from postmortem.assets import AssetFolder
from postmortem.i18n import Translator, translator
from postmortem.limits import MAX_MARKDOWN_NESTING
from postmortem.markdown_scripts import scripts_plugin

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_NO_ASSETS = AssetFolder(None)
# markdown-it stops parsing blocks (and drops their text) this deep; `parse` falls back before that.
_PARSE_NESTING = MAX_MARKDOWN_NESTING + 8
_ESCAPABLE = re.compile(r"[!-/:-@\[-`{-~]")  # ASCII punctuation: CommonMark lets a backslash escape each
_CHECKBOX = re.compile(r'<input class="task-list-item-checkbox"( checked="checked")?[^<>]*>')

Env = dict[str, Any]


def link_allowed(href: str) -> bool:
    """True for http(s) addresses with a host, and mailto: addresses."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in LINK_SCHEMES:
        return False
    return bool(parts.netloc) if scheme != "mailto" else bool(parts.path)


def _accept_all(url: str) -> bool:
    # Every destination parses, so the render rules below see each link
    # and image and decide; markdown-it's own check would print a refused
    # image as raw `![..](..)` source instead of its alt text.
    return True


def _matching_close(tokens: Sequence[Token], idx: int) -> int:
    depth = 0
    for i in range(idx, len(tokens)):
        if tokens[i].type == "link_open":
            depth += 1
        elif tokens[i].type == "link_close":
            depth -= 1
            if depth == 0:
                return i
    return len(tokens) - 1


def _inside_raw_html(tokens: Sequence[Token], idx: int) -> bool:
    """True for a bare address that is an attribute of HTML typed into the text.

    Raw HTML is shown as text; `<a href="http://...">` must not become a
    working link just because its address is bare text now.
    """
    if tokens[idx].markup != "linkify" or idx == 0:
        return False
    before = tokens[idx - 1].content.rstrip()
    return before.endswith(("=\"", "='", "="))


def _link_open(self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Env) -> str:
    token = tokens[idx]
    if link_allowed(str(token.attrGet("href") or "")) and not _inside_raw_html(tokens, idx):
        return self.renderToken(tokens, idx, options, env)
    # Keep the label as text; the refused address is dropped with its tag.
    tokens[_matching_close(tokens, idx)].meta["refused"] = True
    return ""


def _link_close(self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Env) -> str:
    if tokens[idx].meta.get("refused"):
        return ""
    return self.renderToken(tokens, idx, options, env)


def _image(self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Env) -> str:
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env)
    assets: AssetFolder = env.get("assets") or _NO_ASSETS
    asset = assets.image_from_url(str(token.attrGet("src") or ""))
    tr = translator(str(env.get("language") or "en"))
    if asset is None:
        return missing_image(alt, tr)
    if not alt.strip():
        # A figure without alt text fails PDF/UA; the file's name is a better
        # description than nothing.
        src = str(token.attrGet("src") or "")
        name = src.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("-", " ").replace("_", " ")
        alt = tr.gettext("Image: {name}").format(name=name)
    return f'<img src="{asset.data_uri()}" alt="{escapeHtml(alt)}">'


def missing_image_note(alt: str, tr: Translator) -> str:
    """'[image not included: alt]', in the document's language."""
    if alt.strip():
        return tr.gettext("[image not included: {alt}]").format(alt=alt)
    return tr.gettext("[image not included]")


def missing_image(alt: str, tr: Translator | None = None) -> str:
    label = missing_image_note(alt, tr or translator("en"))
    return f'<span class="image-missing">{escapeHtml(label)}</span>'


def _heading(self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Env) -> str:
    # A writer's `# Heading` sits inside a section of the letter or report,
    # so it is shifted below that section's own heading level.
    token = tokens[idx]
    level = min(int(token.tag[1]) + int(env.get("heading_shift", 0)), 6)
    return f"<h{level}{self.renderAttrs(token)}>" if token.nesting == 1 else f"</h{level}>\n"


def _html_inline(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Env
) -> str:
    # With `html` off the only inline HTML tokens come from the task-list
    # plugin; draw its checkbox with CSS and escape anything else.
    content = tokens[idx].content
    match = _CHECKBOX.fullmatch(content)
    if match:
        state = "done" if match.group(1) else "open"
        return f'<span class="task-box {state}"></span>'
    return escapeHtml(content)


def _html_block(self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Env) -> str:
    return f"<p>{escapeHtml(tokens[idx].content)}</p>\n"


def _no_backref(self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Env) -> str:
    # The back-reference arrow is absent from the bundled fonts and means
    # nothing on paper.
    return ""


@cache
def parser() -> MarkdownIt:
    """The one configured MarkdownIt instance (building it costs more than most renders)."""
    md = (
        MarkdownIt("commonmark", {"html": False, "linkify": True, "typographer": False})
        .enable(["table", "strikethrough", "linkify"])
        .use(tasklists_plugin)
        .use(footnote_plugin)
        .use(scripts_plugin)
    )
    # Bare addresses pasted from chat and tickets become links, so a screen
    # reader and a PDF viewer treat them as links. Only addresses with a
    # scheme: a host name mentioned in passing ("db01.example") stays text.
    if md.linkify is not None:
        md.linkify.set({"fuzzy_link": False, "fuzzy_email": False, "fuzzy_ip": False})
    md.options["maxNesting"] = _PARSE_NESTING
    md.validateLink = _accept_all  # type: ignore[method-assign]
    rules = {
        "link_open": _link_open,
        "link_close": _link_close,
        "image": _image,
        "heading_open": _heading,
        "heading_close": _heading,
        "html_inline": _html_inline,
        "html_block": _html_block,
        "footnote_anchor": _no_backref,
    }
    for name, rule in rules.items():
        md.add_render_rule(name, rule)
    return md


def parse(text: str, env: Env) -> list[Token]:
    """markdown-it's tokens for `text`, nested at most `MAX_MARKDOWN_NESTING` deep.

    Every renderer and check parses through here. Five hundred `*` around a
    word nest 250 `<strong>` elements, which overflow the Python stack of
    whatever walks them (our Markdown writer, WeasyPrint's styles). Inline
    markup deeper than the limit is kept as the characters the writer typed.
    Blocks (quotes, lists) deeper than markdown-it's own `maxNesting` would
    lose their text, so such a text is printed as plain text instead.
    """
    tokens = parser().parse(text, env)
    if max((token.level for token in tokens), default=0) >= _PARSE_NESTING - 1:
        return parser().parse(_ESCAPABLE.sub(r"\\\g<0>", text), env)
    blocks = 0
    for token in tokens:
        blocks += token.nesting
        if token.children:
            _flatten_inline(token.children, MAX_MARKDOWN_NESTING - min(blocks, MAX_MARKDOWN_NESTING // 2))
    return tokens


def _flatten_inline(children: list[Token], room: int) -> None:
    """Opening and closing tokens nested deeper than `room` become their markup, as text."""
    flattened: list[bool] = []
    for token in children:
        if token.nesting == 1:
            deep = len(flattened) >= room
            flattened.append(deep)
        elif token.nesting == -1:
            deep = flattened.pop() if flattened else False
        else:
            continue
        if deep:
            token.type, token.tag, token.nesting, token.content = "text", "", 0, token.markup
            token.attrs = {}


def to_html(
    text: str,
    *,
    assets: AssetFolder | None = None,
    doc_id: str = "",
    heading_shift: int = 2,
    inline: bool = False,
    language: str = "",
) -> str:
    """Markdown source as safe HTML.

    `doc_id` keeps footnote anchors of several texts on one page apart.
    With `inline`, a text that is a single paragraph comes back without
    its `<p>`: table cells and list items stay one simple box.
    With `language` (the document's), blocks carry `dir="auto"` and runs in
    another script their own `lang` (see `postmortem.markdown_scripts`).
    """
    if not text:
        return ""
    md = parser()
    env: Env = {"assets": assets or _NO_ASSETS, "heading_shift": heading_shift, "language": language}
    if doc_id:
        env["docId"] = doc_id
    tokens = parse(text, env)
    renderer = md.renderer
    assert isinstance(renderer, RendererHTML)
    if inline and len(tokens) == 3 and tokens[0].type == "paragraph_open":
        return renderer.renderInline(tokens[1].children or [], md.options, env)
    return renderer.render(tokens, md.options, env)
