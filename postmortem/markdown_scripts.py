"""Direction and language marks on the HTML of the writer's Markdown.

A markdown-it core rule, active only when the renderer is told the
document's language (`env["language"]`; the Markdown writer and the checks
parse without it and see the plain tokens):
- every paragraph, heading, list item and table cell that has a strong
  character gets `dir="auto"`, so it runs the way its own text runs (an
  Arabic paragraph in an English letter, an English one in an Arabic
  letter); a block of digits and punctuation keeps its parent's way; a
  list, quote or table whose first letter runs against the page gets that
  direction written out (`dir="rtl"`), so its markers and columns follow;
- a run of text in another script than the document's becomes a
  `<span lang="...">` of its own (see `render.scripts.run_language`).

The spans are ordinary open/close tokens around text tokens, so the
renderer escapes their text as it escapes any other.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from postmortem.render.scripts import language_direction, language_spans, strong_direction

_BLOCKS = frozenset({"paragraph_open", "heading_open", "list_item_open", "th_open", "td_open"})
# Containers hold blocks with a `dir` of their own, which HTML's "auto"
# skips: it would find no letter and say "ltr". They get their direction
# written out instead, where it is not the page's.
_CONTAINERS = frozenset({"bullet_list_open", "ordered_list_open", "blockquote_open", "table_open"})
_CONTAINER_CLOSES = frozenset(name.replace("_open", "_close") for name in _CONTAINERS)


def _text_of(tokens: list[Token], start: int) -> str:
    """The inline text of the block opened at `start`, as far as its first strong letter."""
    depth = 0
    parts = []
    for token in tokens[start:]:
        depth += token.nesting
        if token.type == "inline":
            parts.append(token.content)
            if strong_direction(token.content) is not None:
                break
        if depth <= 0:
            break
    return "".join(parts)


def _mark_spans(children: list[Token], language: str) -> list[Token]:
    marked: list[Token] = []
    for token in children:
        if token.type != "text" or not token.content:
            marked.append(token)
            continue
        pieces = language_spans(token.content, language)
        if all(lang is None for lang, _ in pieces):
            marked.append(token)
            continue
        for lang, piece in pieces:
            text = Token("text", "", 0, content=piece, level=token.level)
            if lang is None:
                marked.append(text)
                continue
            marked.append(Token("span_open", "span", 1, attrs={"lang": lang}, level=token.level))
            marked.append(text)
            marked.append(Token("span_close", "span", -1, level=token.level))
    return marked


def direction_and_language(state: StateCore) -> None:
    language = state.env.get("language")
    if not language:
        return
    tokens = state.tokens
    page = language_direction(str(language))
    # The direction each open container runs in, innermost last.
    around = [page]
    for i, token in enumerate(tokens):
        if token.type in _BLOCKS:
            direction = strong_direction(_text_of(tokens, i))
            if direction is not None:
                token.attrSet("dir", "auto")
            if token.type == "list_item_open" and direction not in (None, around[-1]):
                # Its marker would hang outside the list, in the margin on the
                # item's side: inside the item's first line instead.
                token.attrJoin("class", "against-list")
        elif token.type in _CONTAINERS:
            direction = strong_direction(_text_of(tokens, i))
            if direction is not None and direction != around[-1]:
                token.attrSet("dir", direction)
            around.append(direction or around[-1])
        elif token.type in _CONTAINER_CLOSES:
            around.pop()
        elif token.type == "inline" and token.children:
            token.children = _mark_spans(token.children, str(language))


def scripts_plugin(md: MarkdownIt) -> None:
    """Adds the rule; it runs last, after links and the other core rules made their tokens."""
    md.core.ruler.push("direction_and_language", direction_and_language)
