"""Letter fields: `{{ name }}` prints a fact exactly where the writer put it, in the document's zone."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from postmortem.checks import check
from postmortem.export import export
from postmortem.fileformat import load
from postmortem.letterfields import (
    VOCABULARY,
    FieldContext,
    LetterFacts,
    LetterField,
    Vocabulary,
    expand,
    find_fields,
)
from postmortem.model import Document

WINDOW = "from Wednesday 28 October 2026, 02:10 to Friday 30 October 2026, 16:20 New York time (EDT, UTC−4)"


@pytest.fixture
def document(example_path: Path) -> Document:
    return load(example_path)


def _printed(document: Document) -> str:
    """The customer PDF's text, as one line."""
    pdf = export(document, "pdf", "customer")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    return text.replace("\u2013", "\u2212")  # the text layer gives the minus sign as a dash


def test_fields_render_exactly_where_they_stand_between_paragraphs_and_inside_a_sentence(
    document: Document,
) -> None:
    document.customer_letter.body = (
        "First paragraph of my own.\n\n"
        "{{ timeline }}\n\n"
        "We were down {{ impact_window }}, and I am sorry.\n\n"
        "Last paragraph of my own, with {{ timeline }} inside it.\n\n"
        "{{ impact_window }}"
    )
    text = _printed(document)
    first, last = text.index("First paragraph of my own."), text.index("Last paragraph of my own, with")
    # The block between two paragraphs: its zone line, then each customer-visible event with its time.
    block = text.index("All times below are New York time (EDT, UTC−4).")
    event = text.index("Wed 28 Oct, 02:10: A second disk fails while the data is being copied.")
    phrase = text.index(f"We were down {WINDOW}, and I am sorry.")
    assert first < block < event < phrase < last
    # Inside a sentence: the events as one run of words, the zone named once, at the end.
    inline = text[last:]
    assert inline.startswith("Last paragraph of my own, with Tue 27 Oct, 23:30: Planned maintenance begins")
    assert "all times New York time (EDT, UTC−4) inside it." in inline
    # On its own line at the end: the window as a sentence, with the services, in sentence case.
    sentence = f"{WINDOW[0].upper()}{WINDOW[1:]}, our web site (northwind-loadlabs.example),"
    assert sentence in inline
    assert "{{" not in text


def test_a_zone_across_a_clock_change_is_named_where_it_changes(document: Document) -> None:
    document.timeline.events[-1].customer_visible = True  # 6 November, after the clocks went back
    document.customer_letter.body = "{{ timeline }}"
    text = _printed(document)
    assert "Fri 6 Nov, 10:00 EST:" in text  # the letter's own date, after the clocks went back


def test_an_unknown_field_is_an_error_naming_it_and_printed_as_written(document: Document) -> None:
    document.customer_letter.body = "I am sorry.\n\nWe were down {{ impact_windw }}."
    findings = [f for f in check(document, "customer") if f.rule == "unknown-field"]
    assert [(f.severity.value, f.location, f.message) for f in findings] == [
        ("error", "customer_letter.body", "unknown field {{ impact_windw }} at line 3, column 14")
    ]
    assert findings[0].suggestion.startswith("Did you mean {{ impact_window }}?")
    start, end = findings[0].span or (0, 0)
    assert document.customer_letter.body[start:end] == "{{ impact_windw }}"
    assert "We were down {{ impact_windw }}." in _printed(document)


def test_a_field_with_nothing_to_print_is_an_error_and_printed_as_written(document: Document) -> None:
    for event in document.timeline.events:
        event.customer_visible = False
    document.customer_letter.body = "I am sorry.\n\n{{ timeline }}"
    findings = [f for f in check(document, "customer") if f.rule == "empty-field"]
    assert [f.message for f in findings] == [
        "{{ timeline }} at line 3, column 1 has nothing to print: "
        "no timeline event is marked customer-visible"
    ]
    assert "{{ timeline }}" in export(document, "md", "customer").decode()


def test_a_recipient_field_outside_a_merge_says_what_fills_it(document: Document) -> None:
    document.customer_letter.body = "Dear {{ recipient.name }},\n\nI am sorry."
    findings = [f for f in check(document, "customer") if f.rule == "empty-field"]
    assert [f.message for f in findings] == [
        "{{ recipient.name }} at line 1, column 6 has nothing to print: only a merge fills it, from each "
        "recipient's row (postmortem merge, the Recipients step)"]


def test_document_text_is_never_evaluated_as_a_template(document: Document) -> None:
    # A fact that looks like a field, or like template code, is printed as text, never expanded again.
    document.impact.customer_actions = "Write {{ signer }} and {% if x %}{{ 7*7 }}{% endif %}."
    document.customer_letter.body = "{{ customer_action }}\n\n{{ 7*7 }} {{ __class__ }}"
    markdown = export(document, "md", "customer").decode()
    assert "Write {{ signer }} and {% if x %}{{ 7\\*7 }}{% endif %}." in markdown
    assert "{{ 7\\*7 }} {{ \\_\\_class\\_\\_ }}" in markdown
    assert "49" not in markdown
    unknown = {f.message.split(" at ")[0] for f in check(document, "customer") if f.rule == "unknown-field"}
    assert unknown == {"unknown field {{ 7*7 }}", "unknown field {{ __class__ }}"}


def test_the_data_loss_block_states_its_window_once(document: Document) -> None:
    document.customer_letter.body = "{{ data_loss }}"
    text = _printed(document)
    assert text.count("from Tuesday 27 October 2026, 22:45 to Friday 30 October 2026, 16:20") == 1
    assert "Period concerned" not in text
    # Details that give their own times get no second window.
    document.impact.data_loss_details = "Messages sent between 22:45 and 16:20 New York time may be lost."
    assert "This concerns" not in _printed(document)


def test_a_block_is_only_a_field_alone_on_its_line() -> None:
    uses = find_fields("Text {{ a }} here.\n  {{ b }}  \n{{c}}")
    assert [(u.name, u.block, u.line, u.column) for u in uses] == [
        ("a", False, 1, 6), ("b", True, 2, 3), ("c", True, 3, 1)
    ]


def test_registering_a_field_over_a_context_is_one_call() -> None:
    vocabulary = Vocabulary()
    vocabulary.register(LetterField(
        "recipient.name", "The recipient's name",
        phrase=lambda context: str(context.extra["recipient"]),
        block=lambda context: f"**{context.extra['recipient']}**",
    ))
    context = FieldContext(LetterFacts(), {"recipient": "Ada Lovelace"})
    body = "Dear {{ recipient.name }},\n{{ recipient.name }}\n{{ impact_window }}"
    result = expand(body, context, vocabulary)
    assert result.text == "Dear Ada Lovelace,\n\n**Ada Lovelace**\n\n{{ impact_window }}"
    assert [p.use.name for p in result.problems] == ["impact_window"]
    with pytest.raises(ValueError, match="already registered"):
        vocabulary.register(LetterField("recipient.name", "again", str, str))


def test_postmortem_fields_lists_the_vocabulary_with_one_line_each() -> None:
    result = subprocess.run([sys.executable, "-m", "postmortem", "fields"], capture_output=True, text=True,
                            encoding="utf-8", check=False, timeout=60)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(VOCABULARY.names())
    required = ("impact_window", "services", "data_loss", "customer_action", "timeline", "promises", "signer")
    for name in required:
        assert any(line.startswith("{{ " + name + " }}") and len(line.split()) > 4 for line in lines), name


@pytest.mark.parametrize("size", ["Letter", "A4"])
def test_an_800_word_letter_with_a_bio_fits_on_two_pages(document: Document, size: str) -> None:
    paragraph = (
        "We moved our order system to new machines that morning without first trying it with a full day "
        "of orders, and when the rush came it slowed until it stopped, which left you waiting for hours. "
    )
    document.customer_letter.body = "\n\n".join([paragraph * 2] * 11)  # 11 paragraphs, 814 words
    assert 780 <= len(document.customer_letter.body.split()) <= 840
    document.meta.page_size = size  # type: ignore[assignment]
    assert document.customer_letter.include_bio and document.signer and document.signer.bio
    pages = PdfReader(io.BytesIO(export(document, "pdf", "customer"))).pages
    assert len(pages) == 2
    # Closing, signature and bio stay together on the last page.
    last = pages[-1].extract_text()
    assert "With my sincere apologies," in last and "Maren Holt has led engineering" in last


def test_service_names_keep_proper_names_and_lower_only_title_cased_common_nouns() -> None:
    """Mid-sentence, 'Web site' reads 'web site' but 'Slack', 'GitHub' and 'API gateway' stay as written."""
    facts = LetterFacts(
        services=["Web site", "E-mail", "Support system", "Slack", "Zendesk", "GitHub", "API gateway",
                  "Wi-Fi"],
    )
    text = expand("Affected: {{ services }}.", FieldContext(facts), VOCABULARY).text
    assert text == (
        "Affected: web site, e-mail, support system, Slack, Zendesk, GitHub, API gateway and Wi-Fi."
    )
    slack = LetterFacts(window="02:10 to 04:00 UTC", services=["Slack"])
    block = expand("{{ impact_window }}", FieldContext(slack), VOCABULARY).text
    assert block.strip() == "From 02:10 to 04:00 UTC, our Slack was affected."
