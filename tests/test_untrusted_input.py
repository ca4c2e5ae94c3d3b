"""Issue 11: no document, logo or settings file can hang the app, exhaust memory or overwrite.

Every hostile input is made by the test (see tests/hostile.py) and fed to
the real command in a child process limited to 500 MB of address space
and a timeout: a hang or a blow-up fails the test instead of the machine.
Each test asserts the exit code, the one-line message, and that the child
finished within its limits.
"""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

import postmortem
from postmortem import DocumentError
from postmortem.fileformat import save
from tests import hostile

MEMORY_MB = 500
TIMEOUT = 60.0


def run(args: list[str]) -> hostile.Outcome:
    outcome = hostile.run_bounded(args, memory_mb=MEMORY_MB, timeout=TIMEOUT)
    assert outcome.code is not None, f"still running after {TIMEOUT:.0f} s: {args}"
    assert "MemoryError" not in outcome.stderr and "Traceback" not in outcome.stderr, outcome.stderr[-2000:]
    return outcome


def one_error(outcome: hostile.Outcome, *words: str) -> str:
    assert outcome.code == 2, outcome.stderr[-2000:]
    assert len(outcome.error_lines) == 1, outcome.stderr[-2000:]
    line = outcome.error_lines[0]
    assert line.startswith("error: ")
    assert len(line) < 600
    for word in words:
        assert word in line, line
    return line


# ---------------------------------------------------------------- 1. devices and FIFOs


def test_a_document_linked_to_dev_zero_is_refused_in_one_line(tmp_path: Path) -> None:
    one_error(run(hostile.make_devzero(tmp_path)), "zero.postmortem: is a device, not a regular file")


def test_a_document_that_is_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    one_error(run(hostile.make_fifo(tmp_path)), "pipe.postmortem: is a pipe (FIFO), not a regular file")


def test_a_settings_file_that_is_a_fifo_is_refused(tmp_path: Path) -> None:
    path = hostile.write_doc(tmp_path, hostile.EXAMPLE_TEXT)
    fifo = tmp_path / "settings.yaml"
    os.mkfifo(fifo)
    one_error(run(["check", str(path), "--settings", str(fifo)]), "settings.yaml: is a pipe (FIFO)")


def test_the_byte_limit_is_counted_while_reading(tmp_path: Path) -> None:
    # /proc files are regular files whose size says 0: only counting catches them.
    from postmortem.safeio import read_regular

    link = tmp_path / "maps.postmortem"
    link.symlink_to("/proc/self/maps")
    assert link.stat().st_size == 0
    with pytest.raises(DocumentError) as caught:
        read_regular(link, 64)
    assert str(caught.value) == f"{link}: file is larger than 64 bytes, the limit"


# ---------------------------------------------------------------- 2. YAML aliases


def test_aliases_on_plain_strings_are_refused_at_once(tmp_path: Path) -> None:
    one_error(run(hostile.make_scalar_aliases(tmp_path)), "doc.postmortem:", "anchors and aliases (*big)")


def test_aliases_in_a_settings_file_are_refused_at_once(tmp_path: Path) -> None:
    line = one_error(run(hostile.make_settings_aliases(tmp_path)), "postmortem-settings.yaml:3:")
    assert "anchors and aliases (*p)" in line


def test_yaml_nested_a_hundred_deep_is_refused(tmp_path: Path) -> None:
    path = hostile.write_doc(tmp_path, hostile.EXAMPLE_TEXT.replace(
        "  tags:\n", "  tags: " + "[" * 100 + "]" * 100 + "\n  old_tags:\n", 1))
    one_error(run(["check", str(path)]), "nested more than 32 levels deep")


# ---------------------------------------------------------------- 3 and 6. logos


@pytest.mark.parametrize("make", [hostile.make_svg_use_bomb, hostile.make_svg_mutual, hostile.make_png_bomb,
                                  hostile.make_gif_bomb], ids=["svg-use", "svg-mutual", "png", "gif"])
def test_a_hostile_logo_is_left_out_of_the_pdf_quietly(tmp_path: Path, make: object) -> None:
    args = make(tmp_path)  # type: ignore[operator]
    outcome = run(args)
    assert outcome.code == 0, outcome.stderr
    assert outcome.stderr == ""  # no Pillow warning, no WeasyPrint log line
    pdf = (tmp_path / "out.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert b"/Subtype /Image" not in pdf and b"/Subtype /Form" not in pdf  # the logo is not drawn


@pytest.mark.parametrize(("make", "words"), [
    (hostile.make_svg_use_bomb, "references copy more than 20,000 elements"),
    (hostile.make_svg_mutual, "the SVG refers to another file"),
    (hostile.make_png_bomb, "13,000 x 13,000 pixels, more than the 40 megapixels"),
], ids=["svg-use", "svg-mutual", "png"])
def test_a_refused_logo_is_a_check_finding(tmp_path: Path, make: object, words: str) -> None:
    args = make(tmp_path)  # type: ignore[operator]
    outcome = run(["check", args[1]])
    assert outcome.code in (0, 1)
    findings = outcome.stdout.decode().splitlines()
    logo = [f for f in findings if f.startswith("warning: meta.organisation.logo: ")]
    assert len(logo) == 1 and words in logo[0], findings


# ---------------------------------------------------------------- 4. settings patterns


def test_a_catastrophic_pattern_from_a_folder_above_finishes(tmp_path: Path) -> None:
    outcome = run(hostile.make_regex_settings(tmp_path))
    assert outcome.code in (0, 1), outcome.stderr
    assert "settings from" in outcome.stderr


def test_a_pattern_that_needs_backtracking_is_refused_naming_the_setting(tmp_path: Path) -> None:
    path = hostile.write_doc(tmp_path, hostile.EXAMPLE_TEXT)
    (tmp_path / "postmortem-settings.yaml").write_text("ticket_patterns: ['OPS-1', '(a)\\1+']\n")
    one_error(run(["check", str(path)]), "postmortem-settings.yaml:1: ticket_patterns[1]:",
              "cannot be matched in linear time")


# ---------------------------------------------------------------- 5. outputs


@pytest.mark.parametrize("kind", ["device", "fifo", "socket"])
def test_export_refuses_to_replace_a_device_fifo_or_socket(tmp_path: Path, kind: str) -> None:
    args = hostile.make_output_special(tmp_path, kind)
    target = Path(args[-1])
    before = target.lstat()
    one_error(run(args), "not a regular file, so it was not replaced; use -o - to write to standard output")
    after = target.lstat()
    assert stat.S_IFMT(after.st_mode) == stat.S_IFMT(before.st_mode) and after.st_ino == before.st_ino


def test_dash_writes_the_export_to_standard_output(tmp_path: Path) -> None:
    path = hostile.write_doc(tmp_path, hostile.EXAMPLE_TEXT)
    outcome = run(["export", str(path), "--format", "md", "--audience", "customer", "-o", "-"])
    assert outcome.code == 0 and outcome.stderr == ""
    assert outcome.stdout.startswith(b"# Re: Our web site")
    assert not (tmp_path / "-").exists()


def test_export_refuses_a_read_only_file_and_leaves_it(tmp_path: Path) -> None:
    path = hostile.write_doc(tmp_path, hostile.EXAMPLE_TEXT)
    target = tmp_path / "letter.md"
    target.write_text("kept\n")
    target.chmod(0o444)
    one_error(run(["export", str(path), "--format", "md", "--audience", "customer", "-o", str(target)]),
              "letter.md: the file is read-only, so it was not replaced")
    assert target.read_text() == "kept\n"


# ---------------------------------------------------------------- 7 and 8. Markdown


@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_emphasis_nested_500_deep_exports(tmp_path: Path, fmt: str) -> None:
    outcome = run(hostile.make_deep_emphasis(tmp_path, fmt))
    assert outcome.code == 0, outcome.stderr[-2000:]
    assert (tmp_path / f"out.{fmt}").stat().st_size > 1000


def test_a_long_run_of_brackets_is_checked_in_linear_time(tmp_path: Path) -> None:
    outcome = run(hostile.make_brackets(tmp_path, 217))
    assert outcome.code in (0, 1), outcome.stderr


# ---------------------------------------------------------------- 9. saving


def test_saving_over_a_read_only_file_is_refused_and_leaves_it(tmp_path: Path) -> None:
    document = postmortem.load(hostile.EXAMPLE)
    path = tmp_path / "incident.postmortem"
    path.write_text("old\n")
    path.chmod(0o444)
    with pytest.raises(DocumentError) as caught:
        save(document, path)
    assert str(caught.value) == f"{path}: cannot save: the file is read-only; nothing was changed"
    assert path.read_text() == "old\n"


def test_saving_through_a_symlink_updates_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    document = postmortem.load(hostile.EXAMPLE)
    real = tmp_path / "store" / "incident.postmortem"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "incident.postmortem"
    link.symlink_to(real)
    save(document, link)
    assert link.is_symlink() and link.readlink() == real
    assert postmortem.load(real) == document
    assert sorted(p.name for p in real.parent.iterdir()) == ["incident.postmortem"]  # no temp file left


@pytest.mark.parametrize("kind", ["fifo", "socket"])
def test_saving_onto_a_fifo_or_socket_is_refused(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "incident.postmortem"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(str(path))
    with pytest.raises(DocumentError, match="not a regular file; nothing was changed"):
        save(postmortem.load(hostile.EXAMPLE), path)


# ---------------------------------------------------------------- 10. messages


def test_many_invalid_events_report_the_first_and_a_count(tmp_path: Path) -> None:
    one_error(run(hostile.make_invalid_events(tmp_path, 60_000)),
              "doc.postmortem:54: timeline.events[0].time:", "(and over 1,000 more problems)")


def test_a_100000_digit_number_is_not_repeated(tmp_path: Path) -> None:
    line = one_error(run(hostile.make_long_number(tmp_path)), "doc.postmortem:4: schema_version:")
    assert "9" * 61 not in line and len(line) < 300


@pytest.mark.parametrize(("char", "name"), [("\x85", "NEXT LINE character (U+0085)"),
                                            ("\u2028", "LINE SEPARATOR character (U+2028)"),
                                            ("\u2029", "PARAGRAPH SEPARATOR character (U+2029)")])
def test_a_raw_line_separator_is_named_with_its_line(tmp_path: Path, char: str, name: str) -> None:
    hostile.make_line_separator(tmp_path, char)
    with pytest.raises(DocumentError) as caught:
        postmortem.load(tmp_path / "doc.postmortem")
    assert str(caught.value).startswith(f"{tmp_path / 'doc.postmortem'}:7: holds a raw {name}")


# ---------------------------------------------------------------- the corpus

CORPUS = Path(__file__).parent / "data" / "corpus"


@pytest.mark.parametrize("name", sorted(p.name for p in (CORPUS / "images").iterdir()))
def test_each_hostile_image_in_the_corpus_is_refused_with_a_reason(name: str) -> None:
    from postmortem.assets import AssetFolder

    asset, problem = AssetFolder(CORPUS / "images").vetted(name)
    assert asset is None
    assert problem and "\n" not in problem and len(problem) < 120


@pytest.mark.parametrize("name", ["deep-emphasis", "bracket-run"])
def test_hostile_markdown_in_the_corpus_checks_and_exports(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.postmortem"
    path.write_bytes((CORPUS / f"{name}.postmortem").read_bytes())
    hostile.copy_logo(tmp_path)
    assert run(["check", str(path)]).code in (0, 1)
    outcome = run(["export", str(path), "--format", "pdf", "--audience", "internal", "-o", "-"])
    assert outcome.code == 0 and outcome.stdout.startswith(b"%PDF"), outcome.stderr[-2000:]
