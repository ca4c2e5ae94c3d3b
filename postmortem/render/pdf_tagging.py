"""PDF/UA structure tags that WeasyPrint leaves out or gets wrong.

WeasyPrint tags a page's content, but:
- it marks the text of page-margin boxes (running headers, "Page 2 of 7")
  as content and hangs its structure elements nowhere, so a screen reader
  meets "Page 2 of 7" in the middle of a sentence; PDF/UA wants them as
  pagination artifacts, outside the structure tree;
- table header cells get no `Scope`, so a reader cannot tell a column
  header from a row header;
- an inline SVG's alt text is its <title> alone, not its <desc>;
- a figure made of HTML (`<div role="img" aria-label>`: the timeline chart
  whose words WeasyPrint sets in HTML, `render/chart_html.py`) is a plain
  `Div`, and the SVG inside it a `Figure` without alt text;
- an element's own `lang` (a generated English label in a document written
  in another language) never becomes a `Lang` on its structure element.

`install()` wraps three WeasyPrint functions once per process. The wrappers
only act on tagged exports (a stream without tags is left as it was), and
should a WeasyPrint release rename what they wrap, `install()` leaves it
alone and exports keep WeasyPrint's own tagging.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from functools import cache
from typing import Any

_SUBTYPES = {"top": "/Header", "bottom": "/Footer"}
_LIST_ITEM_PARTS = {"/Lbl", "/LBody", "/L"}


def _in_list_body(pdf: Any, item: Any, struct: Any) -> Any:
    """`struct` moved into a new LBody under the list item `item`."""
    import pydyf

    body = pydyf.Dictionary(
        {"Type": "/StructElem", "S": "/LBody", "K": pydyf.Array([struct.reference]), "P": item.reference}
    )
    if "Pg" in struct:
        body["Pg"] = struct["Pg"]
    pdf.add_object(body)
    struct["P"] = body.reference
    return body


def _pagination(stream: Any, box: Any) -> Any:
    """A context in which `stream` draws the margin box `box` as one artifact."""
    import pydyf

    if getattr(stream, "_tags", None) is None or getattr(stream, "_in_pagination", False):
        return nullcontext()

    @contextmanager
    def artifact() -> Iterator[None]:
        side = str(getattr(box, "at_keyword", "")).lstrip("@").split("-")[0]
        properties = pydyf.Dictionary({"Type": "/Pagination"})
        if side in _SUBTYPES:
            properties["Subtype"] = _SUBTYPES[side]
        stream.begin_marked_content("Artifact", properties)
        stream._in_pagination = True
        try:
            yield
        finally:
            stream._in_pagination = False
            stream.end_marked_content()

    return artifact()


def _wrap_stream(stream_class: type[Any]) -> None:
    marked, artifact = stream_class.marked, stream_class.artifact

    def quiet_inside_pagination(method: Callable[..., Any]) -> Callable[..., Any]:
        # Inside a pagination artifact nothing else may be marked: no MCID
        # (it would need a structure element) and no nested artifact.
        def wrapper(self: Any, *args: Any) -> Any:
            if getattr(self, "_in_pagination", False):
                return nullcontext()
            return method(self, *args)

        wrapper.__wrapped__ = method  # type: ignore[attr-defined]
        return wrapper

    stream_class.marked = quiet_inside_pagination(marked)
    stream_class.artifact = quiet_inside_pagination(artifact)


def _wrap_draw(draw_module: Any, margin_box: type[Any]) -> None:
    draw_stacking_context = draw_module.draw_stacking_context

    def draw_with_artifacts(stream: Any, stacking_context: Any) -> Any:
        if isinstance(stacking_context.box, margin_box):
            with _pagination(stream, stacking_context.box):
                return draw_stacking_context(stream, stacking_context)
        return draw_stacking_context(stream, stacking_context)

    draw_module.draw_stacking_context = draw_with_artifacts


def _svg_alt(svg: Any) -> str:
    """An inline SVG's alt text: its <title>, then its <desc> (WeasyPrint reads the title only)."""
    texts = []
    for name in ("title", "desc"):
        found = svg.find(f"{{http://www.w3.org/2000/svg}}{name}")
        if found is not None and (found.text or "").strip():
            texts.append(" ".join(found.text.split()))
    return ". ".join(texts) or "Chart"


def _wrap_tags(tags_module: Any, margin_box: type[Any]) -> None:
    import pydyf

    build_box_tree = tags_module._build_box_tree

    def build_with_scope_and_lang(box: Any, parent: Any, *args: Any) -> Iterator[Any]:
        if isinstance(box, margin_box):
            # Drawn as an artifact above: no marked content, no element.
            return
        element = getattr(box, "element", None)
        pdf = args[0] if args else None
        for built in build_box_tree(box, parent, *args):
            struct = built
            if element is not None and struct.get("S") == "/TH" and getattr(box, "element_tag", "") == "th":
                struct["A"]["Scope"] = "/Row" if element.get("scope") == "row" else "/Column"
            if element is not None and struct.get("S") != "/NonStruct":
                lang = element.get("lang")
                if lang and "Lang" not in struct:
                    struct["Lang"] = pydyf.String(lang)
            if element is not None and struct.get("S") == "/Figure" and str(element.tag).endswith("}svg"):
                if "chart-shapes" in element.get("class", "").split():
                    # Part of the figure around it, which says what it shows.
                    struct["S"] = "/NonStruct"
                    del struct["A"]
                else:
                    struct["Alt"] = pydyf.String(_svg_alt(element))
            elif element is not None and element.get("role") == "img" and element.get("aria-label"):
                struct["S"] = "/Figure"
                struct["Alt"] = pydyf.String(" ".join(element.get("aria-label").split()))
                x, y = box.content_box_x(), box.content_box_y()
                struct["A"] = pydyf.Dictionary(
                    {"O": "/Layout", "BBox": pydyf.Array((x, y, x + box.width, y + box.height))}
                )
            if parent.get("S") == "/LI" and struct.get("S") not in _LIST_ITEM_PARTS and pdf is not None:
                # A list item's own block (the question of a "why", a second
                # paragraph) would sit in the LI beside its label; PDF/UA
                # wants it inside a body.
                struct = _in_list_body(pdf, parent, struct)
            yield struct

    tags_module._build_box_tree = build_with_scope_and_lang


@cache
def _frozen_class() -> type[Any]:
    import pydyf

    class FrozenDictionary(pydyf.Dictionary):  # type: ignore[misc]  # pydyf has no type hints
        """A finished dictionary whose bytes are worked out once.

        pydyf serialises every object twice (once to write it, once for the
        file identifier's hash); a long report has one structure element
        per line of text, and doing that work once saves a tenth of its time.
        """

        @property
        def data(self) -> bytes:
            cached: bytes | None = self.__dict__.get("_frozen_data")
            if cached is None:
                entries = (b"/" + key.encode() + b" " + _value(value) for key, value in self.items())
                cached = b"<<" + b"".join(entries) + b">>"
                self._frozen_data = cached
            return cached

    array, to_bytes = pydyf.Array, pydyf._to_bytes

    def _value(value: Any) -> bytes:
        # pydyf's own conversion, with the types a structure element holds
        # (names, references, MCID arrays) tried first.
        kind = type(value)
        if kind is bytes:
            return value  # type: ignore[no-any-return]
        if kind is str or kind is int:
            return str(value).encode("ascii")
        if kind is array:
            return b"[" + b" ".join(_value(item) for item in value) + b"]"
        return to_bytes(value)  # type: ignore[no-any-return]

    return FrozenDictionary


@cache
def _pages_cached_class(pdf_class: type[Any]) -> type[Any]:
    class PagesCached(pdf_class):  # type: ignore[misc]
        @property
        def page_references(self) -> tuple[bytes, ...]:
            return self._page_references  # type: ignore[no-any-return]

        def add_object(self, object_: Any) -> None:
            # WeasyPrint wraps every run of text in a Span element of its
            # own: half of a long report's objects. Such a Span is kept out
            # of the file under a placeholder number, and `_fold_text_spans`
            # puts its marked content straight into its parent.
            kids = object_.get("K") if isinstance(object_, dict) else None
            if (
                object_.get("S") == "/Span"
                and isinstance(kids, list)
                and len(kids) == 1
                and type(kids[0]) is int
                and len(object_) == 5
            ):
                object_.number = f"span{len(self._text_spans)}"
                self._text_spans[object_.reference] = object_
                return
            super().add_object(object_)

    return PagesCached


def _fold_text_spans(pdf: Any, spans: dict[bytes, Any]) -> None:
    """Each placeholder Span becomes its marked content inside its parent element."""
    import pydyf

    if not spans:
        return
    for obj in pdf.objects:
        kids = obj.get("K") if type(obj) is pydyf.Dictionary and obj.get("Type") == "/StructElem" else None
        if not kids:
            continue
        for i, kid in enumerate(kids):
            span = spans.get(kid) if type(kid) is bytes else None
            if span is None:
                continue
            mcid = span["K"][0]
            if span["Pg"] == obj.get("Pg"):
                kids[i] = mcid
            else:
                # Text on another page than the element's first: a marked-content reference.
                kids[i] = pydyf.Dictionary({"Type": "/MCR", "Pg": span["Pg"], "MCID": mcid})
    parent_tree = pdf.catalog["StructTreeRoot"]
    root = next(o for o in pdf.objects if getattr(o, "reference", None) == parent_tree)
    mapping = next(o for o in pdf.objects if getattr(o, "reference", None) == root["ParentTree"])
    for entry in mapping["Nums"]:
        if isinstance(entry, list):
            entry[:] = [spans[ref]["P"] if type(ref) is bytes and ref in spans else ref for ref in entry]


def _wrap_add_tags(pdf_module: Any) -> None:
    import pydyf

    add_tags = pdf_module.add_tags

    def add_tags_then_freeze(pdf: Any, *args: Any, **kwargs: Any) -> Any:
        # WeasyPrint asks for the list of page references once per structure
        # element, and pydyf builds that list afresh each time: for a
        # 176-page report, forty thousand lists of 176. The pages are all
        # there by now, so the list is built once.
        original_class = pdf.__class__
        pdf._page_references = tuple(original_class.page_references.fget(pdf))
        pdf.__class__ = _pages_cached_class(original_class)
        spans: dict[bytes, Any] = {}
        pdf._text_spans = spans
        try:
            result = add_tags(pdf, *args, **kwargs)
        finally:
            pdf.__class__ = original_class
        _fold_text_spans(pdf, spans)
        frozen = _frozen_class()
        for obj in pdf.objects:
            # Structure elements are complete once the tree is built.
            if type(obj) is pydyf.Dictionary and obj.get("Type") == "/StructElem":
                obj.__class__ = frozen
        return result

    pdf_module.add_tags = add_tags_then_freeze


@cache
def install() -> bool:
    """Wrap WeasyPrint's drawing and tagging once; False if this WeasyPrint differs from ours."""
    try:
        from weasyprint import draw as draw_module
        from weasyprint import pdf as pdf_module
        from weasyprint.formatting_structure.boxes import MarginBox
        from weasyprint.pdf import tags as tags_module
        from weasyprint.pdf.stream import Stream
    except ImportError:
        return False
    needed = (
        callable(getattr(draw_module, "draw_stacking_context", None)),
        callable(getattr(tags_module, "_build_box_tree", None)),
        callable(getattr(Stream, "marked", None)),
        callable(getattr(Stream, "artifact", None)),
        callable(getattr(pdf_module, "add_tags", None)),
    )
    if not all(needed):
        return False
    _wrap_stream(Stream)
    _wrap_draw(draw_module, MarginBox)
    _wrap_tags(tags_module, MarginBox)
    _wrap_add_tags(pdf_module)
    return True
