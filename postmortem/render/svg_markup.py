"""Writing SVG elements as text: escaping, attribute quoting and number formatting."""

from __future__ import annotations

from html import escape as _escape


# xml.sax.saxutils would do, but it imports urllib.request and http.client (50 ms at the
# app's start-up, where the Overview step draws the timeline chart).
def escape(text: str) -> str:
    """Text content: &, < and > as entities."""
    return _escape(text, quote=False)


def quoteattr(value: str) -> str:
    """An attribute value in double quotes, with its quotes and line breaks as character references."""
    value = _escape(value, quote=True)
    for plain, entity in (("\n", "&#10;"), ("\r", "&#13;"), ("\t", "&#9;")):
        value = value.replace(plain, entity)
    return f'"{value}"'


def num(value: float) -> str:
    """A coordinate to one decimal, without trailing zeros: 12.0 -> '12', 3.25 -> '3.2'."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def element(tag: str, text: str | None = None, /, **attrs: object) -> str:
    """`<tag a="1"/>` or `<tag a="1">text</tag>`; `font_size` is written `font-size`, `class_` `class`,
    None leaves an attribute out."""
    parts = [tag]
    for name, value in attrs.items():
        if value is None:
            continue
        shown = num(value) if isinstance(value, float) else str(value)
        parts.append(f"{name.rstrip('_').replace('_', '-')}={quoteattr(shown)}")
    opening = "<" + " ".join(parts)
    return f"{opening}/>" if text is None else f"{opening}>{escape(text)}</{tag}>"
