"""One type family per script, in a serif and a sans role, chosen by language.

The bundled Noto Serif and Noto Sans set Latin, Greek and Cyrillic; the
other scripts come from Debian's Noto packages (fonts-noto-core,
fonts-noto-cjk, fonts-noto-color-emoji), named here so that fontconfig
never guesses: left to itself it set Arabic in DejaVu Sans, kana in one
family and kanji in another, and Chinese in the Japanese font. The serif
role pairs Noto Naskh Arabic, Noto Serif Hebrew and Noto Serif CJK with
the bundled serif; the sans role their sans. Each stack names one family
per script, so a line never mixes serif and sans within a script. Emoji
come from Noto Color Emoji, through fontconfig (see `EMOJI`).

The document's language orders its stack: an Arabic or Hebrew letter takes
its digits and punctuation from its own script's face; a CJK document
takes its Han characters from the regional variant (JP, SC, TC, KR). A
span of another CJK language (`lang` set by `postmortem.markdown_scripts`)
gets its own variant, in the role of the text around it.
"""

from __future__ import annotations

from postmortem.render.scripts import primary

SERIF, SANS, MONO = "serif", "sans", "mono"
BUNDLED = {SERIF: "Noto Serif Postmortem", SANS: "Noto Sans Postmortem", MONO: "Noto Sans Mono Postmortem"}
# The same faces under their installed names, for the HTML export opened in a browser.
_SYSTEM = {SERIF: "Noto Serif", SANS: "Noto Sans", MONO: "Noto Sans Mono"}
_ARABIC = {SERIF: "Noto Naskh Arabic", SANS: "Noto Sans Arabic", MONO: "Noto Sans Arabic"}
_HEBREW = {SERIF: "Noto Serif Hebrew", SANS: "Noto Sans Hebrew", MONO: "Noto Sans Hebrew"}
_CJK = {SERIF: "Noto Serif CJK", SANS: "Noto Sans CJK", MONO: "Noto Sans Mono CJK"}
# Emoji are left to fontconfig, whose Debian configuration picks Noto Color
# Emoji for them: named in a stack, it also lends Pango its digits (digits
# are emoji characters, for keycaps), set wide apart like emoji.
EMOJI = "Noto Color Emoji"
_GENERIC = {SERIF: "serif", SANS: "sans-serif", MONO: "monospace"}

# Region variants of Noto CJK by language tag, most specific first.
_CJK_VARIANTS = (
    ("zh-hant", "TC"),
    ("zh-tw", "TC"),
    ("zh-hk", "TC"),
    ("zh-mo", "TC"),
    ("zh", "SC"),
    ("ja", "JP"),
    ("ko", "KR"),
)
# The CJK languages a span may carry, each with its own rules below.
SPAN_LANGUAGES = ("ja", "zh", "ko")
# Where the sans role is in force; everywhere else in the letter the text is serif.
_SANS_CONTEXTS = ".report, .letterhead, .bio, table, h2, h3, h4, h5, h6, .sans"


def cjk_variant(language: str) -> str:
    tag = language.lower()
    for prefix, variant in _CJK_VARIANTS:
        if tag == prefix or tag.startswith(prefix + "-"):
            return variant
    # No CJK language to go by: Han in a Latin document with no span
    # language (a name in a table) is likelier Chinese than Japanese.
    return "SC"


def families(role: str, language: str) -> list[str]:
    """The font families for `role` in a text in `language`, one per script."""
    cjk = f"{_CJK[role]} {cjk_variant(language)}"
    latin = [BUNDLED[role], _SYSTEM[role]]
    scripts = [_ARABIC[role], _HEBREW[role], cjk]
    own = {"ar": _ARABIC[role], "fa": _ARABIC[role], "ur": _ARABIC[role], "he": _HEBREW[role]}.get(
        primary(language)
    )
    if own is not None and role != MONO:
        # Arabic and Hebrew faces carry no Latin letters, so Latin words
        # still come from the bundled face; digits and punctuation from the
        # letter's own. Code keeps its monospaced digits.
        scripts.remove(own)
        return [own, *latin, *scripts, _GENERIC[role]]
    return [*latin, *scripts, _GENERIC[role]]


def font_stack(role: str, language: str) -> str:
    """`families` as a CSS font-family value."""
    return ", ".join(name if name in _GENERIC.values() else f'"{name}"' for name in families(role, language))


def typeface_css(language: str) -> str:
    """The stacks for a document in `language` as CSS variables, and CJK spans' own variants."""
    rules = [
        ":root { "
        + " ".join(f"--{role}: {font_stack(role, language)};" for role in (SERIF, SANS, MONO))
        + " }"
    ]
    own = primary(language)
    for span in SPAN_LANGUAGES:
        if span == own:
            continue
        selector = f'span[lang|="{span}"]'
        rules.append(f"{selector} {{ font-family: {font_stack(SERIF, span)}; }}")
        rules.append(f":is({_SANS_CONTEXTS}) {selector} {{ font-family: {font_stack(SANS, span)}; }}")
    return "\n".join(rules)


def script_faces(script: str, language: str) -> tuple[str, ...]:
    """The families setting `script` (ISO 15924) in a text in `language`, serif and sans; () if bundled."""
    if script == "Arab":
        return (_ARABIC[SERIF], _ARABIC[SANS])
    if script == "Hebr":
        return (_HEBREW[SERIF], _HEBREW[SANS])
    if script in ("Hani", "Hira", "Kana", "Bopo", "Hang"):
        variant = cjk_variant(language)
        return (f"{_CJK[SERIF]} {variant}", f"{_CJK[SANS]} {variant}")
    return ()
