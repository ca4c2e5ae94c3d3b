"""Right-to-left letters run right to left, and every script gets its own language and type face.

The fixtures in tests/data/scripts/ are short letters written for these
tests: Arabic and Hebrew (with a Latin address and an error code inside),
Japanese (with a Korean sentence). The PDF is checked as a reader meets it:
its text in logical order (pdftotext), its page as pixels (pdftoppm), its fonts
(pdffonts) and its structure tags (pikepdf).
"""

from __future__ import annotations

import email
import email.policy
import io
import re
import subprocess
from pathlib import Path
from typing import Any

import pikepdf
import pytest
import tinyhtml5
from conftest import build_sample_document
from pdfua import check
from PIL import Image
from pypdf import PdfReader

import postmortem
from postmortem import Document, load
from postmortem.render import wording
from postmortem.render.scripts import resolve_auto_direction

SCRIPTS = Path(__file__).resolve().parent / "data" / "scripts"


def letter(name: str) -> Document:
    return load(SCRIPTS / f"{name}-letter.postmortem")


def html_tree(document: Document) -> Any:
    """The HTML export parsed as WeasyPrint parses it, `dir="auto"` resolved as a browser would."""
    html = postmortem.export(document, "html", "customer").decode("utf-8")
    root = tinyhtml5.parse(html, namespace_html_elements=False)
    resolve_auto_direction(root)
    return root


def text_of(element: Any) -> str:
    return "".join(element.itertext()).strip()


def body_paragraphs(root: Any) -> list[Any]:
    prose = next(el for el in root.iter("div") if el.get("class") == "prose")
    return [el for el in prose.iter() if el.tag in ("p", "li")]


@pytest.fixture(scope="module")
def arabic_pdf() -> bytes:
    return postmortem.export(letter("arabic"), "pdf", "customer")


@pytest.fixture(scope="module")
def hebrew_pdf() -> bytes:
    return postmortem.export(letter("hebrew"), "pdf", "customer")


@pytest.mark.parametrize("name", ["arabic", "hebrew"])
def test_a_right_to_left_letter_is_a_right_to_left_page(name: str) -> None:
    root = html_tree(letter(name))
    assert root.get("dir") == "rtl"
    paragraphs = body_paragraphs(root)
    assert len(paragraphs) >= 6
    assert {p.get("dir") for p in paragraphs} == {"rtl"}
    for css_class in ("reference", "greeting", "valediction"):
        element = next(el for el in root.iter() if el.get("class") == css_class)
        assert element.get("dir") == "rtl", css_class
    # The letterhead's addresses run left to right inside the mirrored page.
    contact = next(el for el in root.iter("div") if el.get("class") == "contact")
    assert [span.get("dir") for span in contact] == ["ltr", "ltr"]


def test_an_arabic_paragraph_in_an_english_letter_runs_right_to_left() -> None:
    document = build_sample_document()
    document.customer_letter.body = (
        "We are sorry.\n\nنعتذر عن انقطاع الخدمة. سنرسل لكم التفاصيل.\n\n"
        "- نسخة احتياطية كل يوم.\n- اختبار الاستعادة."
    )
    root = html_tree(document)
    assert root.get("dir") == "ltr"
    english, arabic, *items = body_paragraphs(root)
    assert (english.get("dir"), arabic.get("dir")) == ("ltr", "rtl")
    assert {item.get("dir") for item in items} == {"rtl"}
    # The list's markers and indent follow its items: the list itself is right to left.
    assert next(root.iter("ul")).get("dir") == "rtl"
    assert next(span for span in arabic.iter("span")).get("lang") == "ar"


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """The PDF's text in logical order, as poppler's pdftotext gives it, words single-spaced.

    pdftotext applies the Unicode bidirectional algorithm to each line and
    marks the runs it found with embedding controls, which are dropped
    here. (pypdf does not reorder: it leaves a Hebrew line's full stop and
    the numbers of an Arabic one where they stand on the page.)
    """
    source = tmp_path / "text.pdf"
    source.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", str(source), "-"], capture_output=True, text=True, check=True, timeout=60
    )
    return " ".join(re.sub("[\u202a-\u202e]", "", result.stdout).split())


@pytest.mark.parametrize(
    ("name", "sentences"),
    [
        (
            "arabic",
            [
                "لأكثر من يومين ونصف في نهاية أكتوبر، لم تتمكنوا من استخدام موقعنا أو تنزيل برامجنا أو"
                " الوصول إلى مكتب الدعم. نحن نعتذر إليكم عن ذلك.",
                "إذا راسلتم الدعم بين 27 و30 أكتوبر، فيرجى إعادة إرسال رسالتكم.",
                "نسخة احتياطية يومية، واختبار الاستعادة كل شهر.",
                "مع خالص اعتذارنا،",
            ],
        ),
        (
            "hebrew",
            [
                "במשך יותר מיומיים וחצי בסוף אוקטובר לא יכולתם להשתמש באתר שלנו או לפנות לתמיכה."
                " אנו מתנצלים על כך.",
                "אם כתבתם לתמיכה בין 27 ל־30 באוקטובר, אנא שלחו את ההודעה שוב.",
                "גיבוי יומי ובדיקת שחזור בכל חודש.",
                "בהתנצלות כנה,",
            ],
        ),
    ],
)
def test_the_pdf_text_reads_in_logical_order(
    name: str, sentences: list[str], request: Any, tmp_path: Path
) -> None:
    # Whole paragraphs over several lines, numbers inside, the full stop
    # last. Extraction places spaces by where glyphs stand, and puts some
    # beside the wrong side of a comma in right-to-left lines, so the
    # characters are compared with spaces left out: their order is the test.
    text = "".join(pdf_text(request.getfixturevalue(f"{name}_pdf"), tmp_path).split())
    for sentence in sentences:
        assert "".join(sentence.split()) in text


def _ink(pdf: bytes, tmp_path: Path) -> tuple[dict[int, tuple[int, int]], int]:
    """Page 1 at 70 dpi: each inked row's leftmost and rightmost dark column; the letterhead rule's row."""
    source = tmp_path / "page.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-gray", "-r", "70", "-f", "1", "-l", "1", str(source), str(tmp_path / "page")],
        check=True, timeout=60,
    )  # fmt: skip
    image = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    width, height = image.size
    pixels = image.load()
    ink: dict[int, tuple[int, int]] = {}
    rule = -1
    for y in range(height):
        dark = [x for x in range(width) if pixels[x, y] < 128]
        if dark:
            ink[y] = (min(dark), max(dark))
        if rule < 0 and len(dark) > 300:  # the brand-colour rule: one row of ink across the text block
            rule = y
    return ink, rule


@pytest.mark.parametrize("name", ["arabic", "hebrew"])
def test_the_page_is_set_flush_right(name: str, request: Any, tmp_path: Path) -> None:
    pdf = request.getfixturevalue(f"{name}_pdf")
    ink, rule = _ink(pdf, tmp_path)
    margin_left, margin_right = ink[rule]
    rows = [y for y in ink if y > rule + 2]

    def line_around(y: int) -> tuple[int, int]:
        # A line of text is some 14 rows of ink; a letter's shape decides
        # each row's ends, the line's widest rows its edges.
        near = [ink[z] for z in range(y - 6, y + 7) if z in ink and z > rule + 2]
        return min(left for left, _ in near), max(right for _, right in near)

    edges = [line_around(y) for y in rows]
    flush_right = sum(abs(right - margin_right) <= 2 for _, right in edges) / len(edges)
    flush_left = sum(abs(left - margin_left) <= 2 for left, _ in edges) / len(edges)
    # Left to right (before) the shares were about 0.0 right and 0.87 left.
    assert flush_right > 0.6
    assert flush_left < 0.3


@pytest.mark.parametrize("name", ["arabic", "hebrew"])
def test_the_letterhead_is_mirrored(name: str, request: Any) -> None:
    page = PdfReader(io.BytesIO(request.getfixturevalue(f"{name}_pdf"))).pages[0]
    starts: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if "Northwind Load Labs" in text:
            starts.append(cm[4] + tm[4] * cm[0])

    page.extract_text(visitor_text=visit)
    # The organisation's name, first on the page, starts in the right half: the letterhead's start.
    assert starts[0] > float(page.mediabox.width) / 2


def _fonts(pdf: bytes, tmp_path: Path) -> set[str]:
    source = tmp_path / "fonts.pdf"
    source.write_bytes(pdf)
    listing = subprocess.run(
        ["pdffonts", str(source)], capture_output=True, text=True, check=True, timeout=60
    )
    names = [line.split()[0] for line in listing.stdout.splitlines()[2:]]
    # "ABCDEF+Noto-Serif-CJK-JP-Bold" -> "Noto Serif CJK JP": the family, whatever the weight.
    return {
        re.sub(r"-(Bold|Italic|BoldItalic|Regular)$", "", name.split("+", 1)[-1]).replace("-", " ")
        for name in names
    }


def _cjk(families: set[str]) -> set[str]:
    return {family for family in families if "CJK" in family}


def test_a_japanese_paragraph_is_set_in_one_cjk_family(tmp_path: Path) -> None:
    # Kana and kanji in one line: kana used to come from the serif, kanji from the sans.
    document = build_sample_document()
    document.customer_letter.body = (
        "We are sorry.\n\nサービスの停止により、ご迷惑をおかけしました。心よりお詫び申し上げます。"
    )
    pdf = postmortem.export(document, "pdf", "customer")
    assert _cjk(_fonts(pdf, tmp_path)) == {"Noto Serif CJK JP"}
    # A screen reader switches to Japanese for it: the span says so in the structure tree.
    assert ("/Span", "ja") in _struct_langs(pdf)


def test_a_chinese_paragraph_is_set_in_the_chinese_face(tmp_path: Path) -> None:
    document = build_sample_document()
    document.customer_letter.body = "We are sorry.\n\n我们的网站和支持服务已经恢复正常。"
    families = _fonts(postmortem.export(document, "pdf", "customer"), tmp_path)
    assert _cjk(families) == {"Noto Serif CJK SC"}


def test_arabic_and_hebrew_get_their_own_faces_in_both_roles(
    arabic_pdf: bytes, hebrew_pdf: bytes, tmp_path: Path
) -> None:
    arabic = _fonts(arabic_pdf, tmp_path)
    assert "DejaVu Sans" not in arabic
    assert "Noto Naskh Arabic" in arabic  # the letter's text face
    hebrew = _fonts(hebrew_pdf, tmp_path)
    assert "Noto Serif Hebrew" in hebrew
    assert not any(family.startswith("DejaVu") for family in hebrew)


def test_code_is_set_in_the_bundled_monospace(arabic_pdf: bytes, tmp_path: Path) -> None:
    assert "Noto Sans Mono Postmortem" in _fonts(arabic_pdf, tmp_path)


def _struct_langs(pdf: bytes) -> list[tuple[str, str]]:
    """(structure type, Lang) of every structure element that carries a language of its own."""
    found = []
    with pikepdf.open(io.BytesIO(pdf)) as document:
        stack = [document.Root.StructTreeRoot]
        seen = set()
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Array):
                stack.extend(node)
                continue
            if not isinstance(node, pikepdf.Dictionary) or node.objgen in seen:
                continue
            if node.objgen != (0, 0):
                seen.add(node.objgen)
            if "/Lang" in node and "/S" in node:
                found.append((str(node.S), str(node.Lang)))
            if "/K" in node:
                stack.append(node.K)
    return found


def test_a_span_in_another_language_is_tagged_with_it(tmp_path: Path) -> None:
    document = letter("japanese")
    pdf = postmortem.export(document, "pdf", "customer")
    assert ("/Span", "ko") in _struct_langs(pdf)
    assert _cjk(_fonts(pdf, tmp_path)) == {"Noto Serif CJK JP", "Noto Serif CJK KR"}
    html = postmortem.export(document, "html", "customer").decode("utf-8")
    assert '<span lang="ko">웹사이트와 지원 서비스가 정상으로 복구되었습니다.</span>' in html


def test_the_letter_chart_carries_the_language_of_its_labels() -> None:
    document = load(
        Path(__file__).resolve().parent.parent / "examples" / "raid-outage" / "raid-outage.postmortem"
    )
    document.meta.language = "de"
    document.customer_letter.body += "\n\n{{ chart }}"
    html = postmortem.export(document, "html", "customer").decode("utf-8")
    svg = re.search(r"<svg [^>]*>", html)
    assert svg is not None
    # English labels today; once translated, the document's language.
    assert f'lang="{wording.language_of_labels("de")}"' in svg.group(0)


def test_the_arabic_letters_email_runs_right_to_left() -> None:
    document = letter("arabic")
    document.customer_letter.email_note = (
        "مرفق خطابنا عن هذا الانقطاع. Reply to this e-mail with any question."
    )
    message = email.message_from_bytes(
        postmortem.export(document, "eml", "customer"), policy=email.policy.default
    )
    rich = next(part for part in message.walk() if part.get_content_type() == "text/html").get_content()
    root = tinyhtml5.parse(rich, namespace_html_elements=False)
    resolve_auto_direction(root)
    assert root.get("dir") == "rtl"
    assert next(root.iter("body")).get("dir") == "rtl"
    paragraphs = list(root.iter("p"))
    assert [p.get("dir") for p in paragraphs] == ["rtl", "rtl", "rtl"]
    assert text_of(paragraphs[0]) == "عملاءنا الأعزاء،"


def test_japanese_lines_never_start_with_a_small_kana_or_closing_mark(tmp_path: Path) -> None:
    # CJK line breaking (kinsoku): Pango applies it to the PDF; the HTML asks browsers for it.
    document = build_sample_document()
    sentence = "サーバーのディスクが故障し、ウェブサイトとサポート窓口がご利用いただけませんでした。"
    document.customer_letter.body = "\n\n".join(
        [sentence * 3, "ッ".join([sentence] * 3), "「停止」と「復旧」。" * 12]
    )
    lines = pdf_text(postmortem.export(document, "pdf", "customer"), tmp_path).split(" ")
    starts = [line[0] for line in lines if line]
    assert not set(starts) & set("、。」）ッャュョーぁぃぅぇぉっゃゅょ")
    html = postmortem.export(document, "html", "customer").decode("utf-8")
    assert re.search(r":lang\(ja\)[^{]*\{ line-break: strict; \}", html)


def test_an_arabic_report_mirrors_its_running_header_and_footer() -> None:
    page = PdfReader(io.BytesIO(postmortem.export(letter("arabic"), "pdf", "internal"))).pages[0]
    width = float(page.mediabox.width)
    footer: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        y = cm[5] + tm[5] * cm[3]
        if text.strip() and y < 70:  # the footer's line
            footer.append((cm[4] + tm[4] * cm[0], text))

    page.extract_text(visitor_text=visit)
    incident = [x for x, text in footer if "INC" in text]
    page_number = [x for x, text in footer if "1" in text and "INC" not in text and "2026" not in text]
    assert incident and min(incident) > width / 2  # the incident at the page's start: the right
    assert page_number and max(page_number) < width / 2


def test_an_arabic_item_in_an_english_list_keeps_its_marker_inside_the_text(tmp_path: Path) -> None:
    document = build_sample_document()
    document.customer_letter.body = (
        "What changes:\n\n- Daily backups.\n- نسخة احتياطية كل يوم.\n- Monthly restore drills."
    )
    ink, rule = _ink(postmortem.export(document, "pdf", "customer"), tmp_path)
    _, margin_right = ink[rule]
    # The Arabic item's bullet used to hang in the right margin, outside the text block.
    assert max(right for y, (_, right) in ink.items() if y > rule) <= margin_right + 1


@pytest.mark.parametrize("name", ["arabic", "hebrew", "japanese"])
def test_letters_in_other_scripts_pass_the_structural_pdf_ua_checks(name: str) -> None:
    report = check(postmortem.export(letter(name), "pdf", "customer"))
    assert report.problems == []
    assert report.roles()["H1"] == 1
