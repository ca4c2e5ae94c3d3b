"""Brand colour handling: contrast-safe variants of the organisation's colour.

The brand colour is validated by the model as #rrggbb; it is checked again
here because it ends up inside CSS, and a light brand colour (a pale yellow,
say) would fail WCAG AA as text, so text uses a darkened variant.
"""

from __future__ import annotations

import re

_HEX = re.compile(r"#[0-9a-f]{6}")
FALLBACK = "#1f4e79"
AA_TEXT = 4.5


def safe_colour(value: str) -> str:
    """`value` if it is exactly #rrggbb (any case), else the default brand colour."""
    value = value.lower()
    return value if _HEX.fullmatch(value) else FALLBACK


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(255.0, c))):02x}" for c in rgb)


def luminance(colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_variant(colour: str, background: str = "#ffffff", target: float = AA_TEXT) -> str:
    """The colour, darkened in small steps until it reads as text on `background`."""
    colour = safe_colour(colour)
    r, g, b = _rgb(colour)
    factor = 1.0
    candidate = colour
    while contrast(candidate, background) < target and factor > 0:
        factor -= 0.05
        candidate = _hex((r * factor, g * factor, b * factor))
    return candidate


def tint(colour: str, amount: float = 0.1) -> str:
    """`amount` of the colour over white: a background light enough for any text."""
    r, g, b = _rgb(safe_colour(colour))
    return _hex(tuple(255 - (255 - c) * amount for c in (r, g, b)))  # type: ignore[arg-type]


def brand_css(colour: str) -> str:
    """CSS custom properties for the brand colour and its derived shades."""
    brand = safe_colour(colour)
    ink = text_variant(brand, tint(brand, 0.12))
    return f":root {{ --brand: {brand}; --brand-ink: {ink}; --brand-tint: {tint(brand, 0.12)}; }}"
