"""What a translation of the customer letter holds in the file.

Every translated text carries `made_from`, a short digest of the original
text it translates. When the original changes, its digest no longer
matches and the translation is stale, per paragraph of the body and per
text elsewhere; nothing else has to remember when what was edited.
"""

# No `from __future__ import annotations`, as in `postmortem.model`: pydantic would
# compile and evaluate every annotation from its text while the app starts.
import re
from typing import Final

from pydantic import BaseModel, ConfigDict, Field, field_validator

from postmortem.defaults import no_entries, no_items
from postmortem.limits import MAX_LETTER_PARAGRAPHS
from postmortem.text import Markdown

DIGEST_CHARS: Final = 12
LANGUAGE_PATTERN: Final = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"

# The document texts a translation may give in its own words: the
# customer-visible texts the letter's fields print, the signer's title
# and biography, and the document's title, which a letter without a
# reference line prints as its heading and its e-mail's subject. Anything
# else (notes, owners, the analysis) cannot be named here, so a translation
# cannot bring it into a letter.
TRANSLATABLE: Final = re.compile(
    r"impact\.(?:services\[\d{1,5}\]|data_loss_details|customer_actions)"
    r"|timeline\.events\[\d{1,6}\]\.description"
    r"|action_items\.items\[\d{1,6}\]\.(?:title|description)"
    r"|meta\.authors\[\d{1,4}\]\.(?:title|bio)"
    r"|meta\.title"
)


# The file keeps texts in the order the letter's sources appear in the document, whatever
# order a hand edit left them in: equal translations are equal files.
_PLACE_ORDER = ("meta.title", "impact.services", "impact.data_loss_details", "impact.customer_actions",
                "timeline.events", "action_items.items", "meta.authors")


def _place_key(place: str) -> tuple[int, list[int], bool, str]:
    head = re.sub(r"\[\d+\].*", "", place)
    group = _PLACE_ORDER.index(head) if head in _PLACE_ORDER else len(_PLACE_ORDER)
    numbers = [int(n) for n in re.findall(r"\[(\d+)\]", place)]
    return group, numbers, not place.endswith(".title"), place


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, validate_default=True)


class TranslatedText(_Model):
    """One text in another language, and the digest of the original it translates."""

    made_from: str = Field(
        "",
        pattern=rf"^([0-9a-f]{{{DIGEST_CHARS}}})?$",
        description="Digest of the original text this translates; a changed original no longer "
        "matches it, which makes the translation stale",
    )
    text: Markdown = ""


class LetterTranslation(_Model):
    """The customer letter in one other language."""

    reference: TranslatedText = Field(default_factory=TranslatedText)
    greeting: TranslatedText = Field(default_factory=TranslatedText)
    body: list[TranslatedText] = Field(
        default_factory=no_items,
        max_length=MAX_LETTER_PARAGRAPHS,
        description="The body paragraph by paragraph, each beside the original paragraph it translates",
    )
    closing: TranslatedText = Field(default_factory=TranslatedText)
    email_note: TranslatedText = Field(default_factory=TranslatedText)
    texts: dict[str, TranslatedText] = Field(
        default_factory=no_entries,
        description="The document's customer-visible texts the letter prints, by their place, "
        "e.g. impact.customer_actions, action_items.items[0].title, or meta.title when the letter "
        "has no reference line",
    )

    @field_validator("texts")
    @classmethod
    def _translatable(cls, texts: dict[str, TranslatedText]) -> dict[str, TranslatedText]:
        for place in texts:
            if not TRANSLATABLE.fullmatch(place):
                raise ValueError(
                    f"{place[:60]!r} is not a customer-visible text the letter prints; a translation "
                    "may give impact.services[N], impact.data_loss_details, impact.customer_actions, "
                    "timeline.events[N].description, action_items.items[N].title or .description, "
                    "meta.authors[N].title or .bio, meta.title"
                )
        return dict(sorted(texts.items(), key=lambda item: _place_key(item[0])))
