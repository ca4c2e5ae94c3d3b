"""Text in every script prints as text, not as empty boxes.

A glyph that no available font has is dropped from the PDF's text layer,
so reading the text back is a faithful test that each script was drawn.
"""

from __future__ import annotations

import io

import pytest
from conftest import build_sample_document
from pypdf import PdfReader

import postmortem
from postmortem import Document

SAMPLES = {
    "accents": "Le serveur est tombé en panne à l’aube ; déjà réparé.",
    "cyrillic": "Сервер был недоступен",
    "greek": "Ο διακομιστής ήταν εκτός λειτουργίας",
    "chinese": "服务器故障已修复",
    "japanese": "サーバー障害が発生しました",
    "korean": "서버 장애가 복구되었습니다",
    # No lam-alef ligature: pypdf extracts it out of visual order.
    "arabic": "توقف الخادم عن العمل",
    "hebrew": "השרת לא היה זמין",
    "emoji": "🔥💾✅",
}


def _pdf_text(document: Document, audience: str) -> str:
    pdf = postmortem.export(document, "pdf", audience)
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture(scope="module")
def multilingual() -> Document:
    document = build_sample_document()
    text = "\n\n".join(SAMPLES.values())
    document.customer_letter.body = text
    document.summary.text = text
    return document


@pytest.mark.parametrize("audience", ["customer", "internal"])
def test_every_script_reaches_the_pdf_as_text(multilingual: Document, audience: str) -> None:
    text = _pdf_text(multilingual, audience)
    missing = {name: sample for name, sample in SAMPLES.items() if sample not in text}
    assert not missing


def test_a_character_no_font_has_is_really_detected() -> None:
    # A private-use character has no glyph anywhere: it must not survive, which
    # shows the test above would catch a script printed as boxes.
    document = build_sample_document()
    document.customer_letter.body = "Before \ue000 after"
    assert "\ue000" not in _pdf_text(document, "customer")
