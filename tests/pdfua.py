"""Structural PDF/UA-1 checks with pikepdf, for the tests.

veraPDF, the reference validator, is a Java program that neither PyPI nor
Debian offers here, so the tests check what it would check about the
structure of our files (ISO 14289-1 clauses in brackets):

- the catalog: marked, a document language, the title shown in the
  window (7.1), PDF/UA identification in the XMP metadata (5);
- the structure tree: standard roles only, each element's /P pointing at
  its parent, tables made of rows made of cells, lists of items with label
  and body, one H1 and no skipped heading level (7.4), `Scope` on every
  header cell (7.5), alt text on every figure (7.3), links that hold their
  annotation (7.18.5);
- the content: every piece of text on every page is either marked content
  that a structure element owns (through the parent tree) or an artifact
  (7.1); page headers and footers are pagination artifacts;
- annotations: each is in the structure, carries a description, and its
  page says to tab in structure order (7.18).

It does not check fonts (the export tests do), colour contrast, or
reading order against the visual order.
"""

from __future__ import annotations

import io
import itertools
from collections import Counter
from dataclasses import dataclass, field

import pikepdf

STANDARD_ROLES = frozenset(
    [
        "Document",
        "Part",
        "Art",
        "Sect",
        "Div",
        "BlockQuote",
        "Caption",
        "TOC",
        "TOCI",
        "Index",
        "NonStruct",
        "Private",
        "P",
        "H",
        "H1",
        "H2",
        "H3",
        "H4",
        "H5",
        "H6",
        "L",
        "LI",
        "Lbl",
        "LBody",
        "Table",
        "TR",
        "TH",
        "TD",
        "THead",
        "TBody",
        "TFoot",
        "Span",
        "Quote",
        "Note",
        "Reference",
        "BibEntry",
        "Code",
        "Link",
        "Annot",
        "Ruby",
        "RB",
        "RT",
        "RP",
        "Warichu",
        "WT",
        "WP",
        "Figure",
        "Formula",
        "Form",
    ]
)
_CHILDREN = {
    "Table": {"THead", "TBody", "TFoot", "TR", "Caption"},
    "THead": {"TR"},
    "TBody": {"TR"},
    "TFoot": {"TR"},
    "TR": {"TH", "TD"},
    "L": {"LI", "L", "Caption"},
    "LI": {"Lbl", "LBody"},
}
_TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}


@dataclass
class Element:
    role: str
    lang: str
    alt: str
    scope: str
    children: list[Element] = field(default_factory=list)

    def walk(self) -> list[Element]:
        found = [self]
        for child in self.children:
            found += child.walk()
        return found

    def text_roles(self) -> list[str]:
        return [element.role for element in self.walk()]


@dataclass
class Report:
    problems: list[str]
    root: Element
    pagination_artifacts: Counter[str]
    pages: int

    def roles(self) -> Counter[str]:
        return Counter(element.role for element in self.root.walk())


def _name(value: object) -> str:
    return str(value)[1:] if isinstance(value, pikepdf.Name) else str(value or "")


def check(data: bytes) -> Report:
    """Every structural PDF/UA problem found in `data`, with the tree it found."""
    pdf = pikepdf.open(io.BytesIO(data))
    problems: list[str] = []
    catalog = pdf.Root
    if not bool(catalog.get("/MarkInfo", {}).get("/Marked", False)):
        problems.append("catalog: not marked as tagged")
    if not str(catalog.get("/Lang", "")).strip():
        problems.append("catalog: no document language")
    if not bool(catalog.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
        problems.append("catalog: the viewer shows the file name, not the title")
    with pdf.open_metadata() as meta:
        if not str(meta.get("dc:title", "")).strip():
            problems.append("metadata: no dc:title")
        if str(meta.get("pdfuaid:part", "")) != "1":
            problems.append("metadata: no PDF/UA-1 identification")

    tree_root = catalog.get("/StructTreeRoot")
    if tree_root is None:
        return Report(
            [*problems, "no structure tree"], Element("none", "", "", ""), Counter(), len(pdf.pages)
        )
    owned: dict[tuple[int, int], set[int]] = {}  # page objgen -> MCIDs owned by elements
    root = _walk(tree_root.K[0], tree_root, None, problems, owned)
    _check_headings(root, problems)

    parent_tree = _parent_tree(tree_root)
    pagination: Counter[str] = Counter()
    for number, page in enumerate(pdf.pages, 1):
        _check_page(
            number, page=page, parent_tree=parent_tree, owned=owned, pagination=pagination, problems=problems
        )
    return Report(problems, root, pagination, len(pdf.pages))


def _walk(
    obj: pikepdf.Dictionary,
    parent: pikepdf.Object,
    page: pikepdf.Object | None,
    problems: list[str],
    owned: dict[tuple[int, int], set[int]],
) -> Element:
    role = _name(obj.get("/S"))
    attributes = obj.get("/A", {})
    if isinstance(attributes, pikepdf.Array):
        attributes = attributes[0] if len(attributes) else {}
    element = Element(
        role=role,
        lang=str(obj.get("/Lang", "")),
        alt=str(obj.get("/Alt", "")),
        scope=_name(attributes.get("/Scope")) if "/Scope" in attributes else "",
    )
    if role not in STANDARD_ROLES:
        problems.append(f"{role}: not a standard structure type and not role-mapped")
    if obj.get("/P") is not None and obj.get("/P").objgen != parent.objgen:
        problems.append(f"{role}: /P does not point at its parent")
    page = obj.get("/Pg", page)
    kids = obj.get("/K")
    kids = kids if isinstance(kids, pikepdf.Array) else ([] if kids is None else [kids])
    has_annotation = False
    for kid in kids:
        if isinstance(kid, int):
            if page is None:
                problems.append(f"{role}: marked content with no page")
                continue
            owned.setdefault(page.objgen, set()).add(int(kid))
        elif _name(kid.get("/Type")) == "MCR":
            owned.setdefault(kid.get("/Pg", page).objgen, set()).add(int(kid.MCID))
        elif _name(kid.get("/Type")) == "OBJR":
            has_annotation = True
        else:
            child = _walk(kid, obj, page, problems, owned)
            allowed = _CHILDREN.get(role)
            if allowed is not None and child.role not in allowed:
                problems.append(f"{role} holds {child.role}")
            element.children.append(child)
    if role == "TH" and element.scope not in ("Row", "Column", "Both"):
        problems.append("TH without Scope")
    if role == "Figure" and not element.alt.strip():
        problems.append("Figure without alt text")
    if role == "Link" and not has_annotation:
        problems.append("Link without its annotation")
    return element


def _check_headings(root: Element, problems: list[str]) -> None:
    levels = [
        int(e.role[1]) for e in root.walk() if len(e.role) == 2 and e.role[0] == "H" and e.role[1].isdigit()
    ]
    if levels.count(1) != 1:
        problems.append(f"{levels.count(1)} H1 headings, not one")
    if levels and levels[0] != 1:
        problems.append(f"the first heading is H{levels[0]}, not H1")
    for before, after in itertools.pairwise(levels):
        if after > before + 1:
            problems.append(f"heading level skips from H{before} to H{after}")


def _parent_tree(tree_root: pikepdf.Dictionary) -> dict[int, object]:
    entries: dict[int, object] = {}
    stack = [tree_root.ParentTree]
    while stack:
        node = stack.pop()
        nums = node.get("/Nums", [])
        for i in range(0, len(nums), 2):
            entries[int(nums[i])] = nums[i + 1]
        stack += list(node.get("/Kids", []))
    return entries


def _check_page(
    number: int,
    *,
    page: pikepdf.Page,
    parent_tree: dict[int, object],
    owned: dict[tuple[int, int], set[int]],
    pagination: Counter[str],
    problems: list[str],
) -> None:
    stack: list[tuple[str, int | None]] = []
    used: set[int] = set()
    loose_text = 0
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op == "BMC":
            stack.append((_name(operands[0]), None))
        elif op == "BDC":
            tag, properties = _name(operands[0]), operands[1]
            mcid = (
                int(properties["/MCID"])
                if isinstance(properties, pikepdf.Dictionary) and "/MCID" in properties
                else None
            )
            is_dict = isinstance(properties, pikepdf.Dictionary)
            if tag == "Artifact" and is_dict and _name(properties.get("/Type")) == "Pagination":
                pagination[_name(properties.get("/Subtype")) or "Pagination"] += 1
            stack.append((tag, mcid))
            if mcid is not None:
                used.add(mcid)
        elif op == "EMC":
            if stack:
                stack.pop()
        elif op in _TEXT_OPERATORS:
            inside_artifact = any(tag == "Artifact" for tag, _ in stack)
            inside_content = any(mcid is not None for _, mcid in stack)
            if not (inside_artifact or inside_content):
                loose_text += 1
    if loose_text:
        problems.append(f"page {number}: {loose_text} pieces of text neither tagged nor artifacts")
    mine = owned.get(page.obj.objgen, set())
    if used - mine:
        problems.append(f"page {number}: marked content {sorted(used - mine)[:5]} owned by no element")
    key = page.obj.get("/StructParents")
    if used and (key is None or int(key) not in parent_tree):
        problems.append(f"page {number}: not in the parent tree")
    annotations = page.obj.get("/Annots", [])
    if annotations and _name(page.obj.get("/Tabs")) != "S":
        problems.append(f"page {number}: annotations but no structure tab order")
    for annotation in annotations:
        if "/StructParent" not in annotation:
            problems.append(f"page {number}: an annotation outside the structure")
        if not str(annotation.get("/Contents", "")).strip():
            problems.append(
                f"page {number}: a {_name(annotation.get('/Subtype'))} annotation without a description"
            )
