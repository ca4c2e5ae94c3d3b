"""Whether an image beside a document is cheap enough to embed, judged before decoding.

Image files compress well when they are hostile: 300 KB of WebP can
announce 13,000 x 13,000 pixels (2.5 GB once decoded), and 2 KB of SVG can
nest `<use>` references ten levels deep (a billion rectangles). So:
- a raster image's size is read from its header with Pillow, which does not
  decode the pixels, and refused above `MAX_IMAGE_PIXELS`;
- an SVG is parsed (no DOCTYPE, so no entities) and its elements counted,
  each reference (`href="#id"`, `url(#id)`) counting as the elements it
  copies; more than `MAX_SVG_ELEMENTS`, a reference loop, or a reference
  to any other file (`href="other.svg"`, `file:`, `http:`) is refused.

`image_problem` says why in a few words, for a check finding; None means
the image may be embedded.
"""

from __future__ import annotations

import base64
import io
import re
import warnings
from typing import TYPE_CHECKING

from postmortem.limits import MAX_IMAGE_PIXELS, MAX_SVG_ELEMENTS

if TYPE_CHECKING:
    from xml.etree import ElementTree

_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_URL = re.compile(r"url\(\s*['\"]?([^'\")]*)", re.IGNORECASE)
_IMPORT = re.compile(r"@import", re.IGNORECASE)
_DATA_IMAGE = re.compile(r"data:image/(?:png|jpeg|gif|webp);base64,", re.IGNORECASE)
_HREFS = ("href", "{http://www.w3.org/1999/xlink}href")


def image_problem(data: bytes, mime: str) -> str | None:
    """Why this image must not be embedded, or None."""
    if mime == "image/svg+xml":
        return _svg_problem(data)
    return _raster_problem(data)


def _raster_problem(data: bytes) -> str | None:
    from PIL import Image

    try:
        # Opening reads the header only; Pillow's own bomb warning is ours to give.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
    except Image.DecompressionBombError:
        return f"it is larger than {MAX_IMAGE_PIXELS // 1_000_000} megapixels"
    except Exception:  # Pillow raises many kinds for damaged files
        return "it is damaged or not an image"
    if width * height > MAX_IMAGE_PIXELS:
        return (
            f"it is {width:,} x {height:,} pixels, more than the {MAX_IMAGE_PIXELS // 1_000_000} "
            "megapixels an image may have"
        )
    return None


class _Refused(Exception):
    pass


def _svg_problem(data: bytes) -> str | None:
    from xml.etree import ElementTree  # with the first SVG: the app's window imports this module

    if _DECLARATION.search(data):
        return "the SVG declares a DOCTYPE or entities"
    try:
        root = ElementTree.fromstring(data)
    except (ElementTree.ParseError, ValueError):
        return "the SVG is not well-formed XML"
    elements = list(root.iter())
    if len(elements) > MAX_SVG_ELEMENTS:
        return f"the SVG has more than {MAX_SVG_ELEMENTS:,} elements"
    ids = {element.get("id"): element for element in elements if element.get("id")}
    try:
        references = {id(element): _references(element) for element in elements}
        _count(root, ids, references)
    except _Refused as refused:
        return str(refused)
    except RecursionError:
        return "the SVG is nested too deeply"
    return None


def _references(element: ElementTree.Element) -> list[str]:
    """The ids this element copies or paints with; other targets are refused."""
    targets = [element.get(name) or "" for name in _HREFS if element.get(name)]
    texts = [value for value in element.attrib.values() if "url(" in value.lower()]
    if element.tag.rsplit("}", 1)[-1] == "style" and element.text:
        if _IMPORT.search(element.text):
            raise _Refused("the SVG imports a style sheet")
        texts.append(element.text)
    targets += [match.group(1) for text in texts for match in _URL.finditer(text)]
    local = []
    for target in (t.strip() for t in targets):
        if target.startswith("#"):
            local.append(target[1:])
        elif _DATA_IMAGE.match(target):
            _embedded_problem(target)
        else:
            shown = target if len(target) <= 40 else target[:39] + "…"
            raise _Refused(f"the SVG refers to another file ({shown})")
    return local


def _embedded_problem(url: str) -> None:
    try:
        payload = base64.b64decode(url.split(",", 1)[1], validate=False)
    except ValueError:
        raise _Refused("the SVG embeds a damaged image") from None
    problem = _raster_problem(payload)
    if problem:
        raise _Refused(f"an image inside the SVG is refused: {problem}")


def _count(root: ElementTree.Element, ids: dict[str | None, ElementTree.Element],
           references: dict[int, list[str]]) -> int:
    """Elements drawn, each reference counting the elements it copies; refuses past the limit."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(element: ElementTree.Element) -> int:
        key = id(element)
        if key in sizes:
            return sizes[key]
        if key in active:
            raise _Refused("the SVG refers to itself in a loop")
        active.add(key)
        total = 1 + sum(size(child) for child in element)
        for target in references[key]:
            if target in ids:
                total += size(ids[target])
            if total > MAX_SVG_ELEMENTS:
                raise _Refused(
                    f"the SVG's references copy more than {MAX_SVG_ELEMENTS:,} elements"
                )
        active.discard(key)
        sizes[key] = total
        return total

    return size(root)
