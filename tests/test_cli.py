"""The `postmortem` command, run as a user runs it: a separate process, exit codes, stdout and stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from postmortem.fileformat import EXTENSION, load
from postmortem.model import SECTIONS
from postmortem.templates import TEMPLATES


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "postmortem", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", cwd=cwd, timeout=120, check=False,
    )


def assert_one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


# ---------------------------------------------------------------- new


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_new_creates_a_loadable_file_from_each_template(tmp_path: Path, template: str) -> None:
    path = tmp_path / f"{template}{EXTENSION}"
    result = run("new", path, "--template", template)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"created {path} from the {template} template\n"
    load(path)


def test_new_defaults_to_the_customer_outage_template(tmp_path: Path) -> None:
    path = tmp_path / "incident.postmortem"
    assert run("new", path).returncode == 0
    assert "{{ impact_window }}" in load(path).customer_letter.body


def test_new_refuses_to_overwrite(tmp_path: Path, example_copy: Path) -> None:
    before = example_copy.read_bytes()
    result = run("new", example_copy)
    line = assert_one_error_line(result)
    assert str(example_copy) in line
    assert "already exists" in line
    assert example_copy.read_bytes() == before


def test_new_refuses_other_extensions(tmp_path: Path) -> None:
    line = assert_one_error_line(run("new", tmp_path / "incident.yaml"))
    assert line.endswith("the file name must end in .postmortem")
    assert list(tmp_path.iterdir()) == []


def test_new_with_unknown_template(tmp_path: Path) -> None:
    line = assert_one_error_line(run("new", tmp_path / "a.postmortem", "--template", "fancy"))
    assert "invalid choice: 'fancy'" in line
    assert list(tmp_path.iterdir()) == []


def test_new_in_a_missing_folder(tmp_path: Path) -> None:
    line = assert_one_error_line(run("new", tmp_path / "no" / "a.postmortem"))
    assert "cannot save" in line


# ---------------------------------------------------------------- check


def test_check_example_exits_zero(example_path: Path) -> None:
    result = run("check", example_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not [line for line in result.stdout.splitlines() if line.startswith("error:")]
    assert result.stderr.startswith(f"{example_path}: ready to publish (")


def test_check_template_exits_one_listing_locations(tmp_path: Path) -> None:
    path = tmp_path / "incident.postmortem"
    run("new", path)
    result = run("check", path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert (
        "error: meta.title: still holds the template's prompt: "
        "Short title customers would recognise, e.g. Web site and support desk outage"
    ) in lines
    assert "error: impact.start: when customer impact began is missing" in lines
    for line in lines:
        severity, location, message = line.split(": ", 2)
        assert severity in ("error", "warning", "hint")
        assert location.split(".")[0].split("[")[0] in SECTIONS
        assert message
    assert result.stderr.startswith(f"{path}: not ready: ")


def test_check_json_lists_findings_as_objects(tmp_path: Path) -> None:
    path = tmp_path / "incident.postmortem"
    run("new", path)
    result = run("check", path, "--format", "json")
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    assert isinstance(findings, list)
    assert findings
    for finding in findings:
        assert set(finding) == {"severity", "location", "message", "suggestion", "rule", "span"}
        assert finding["severity"] in ("error", "warning", "hint")
    reference = load(path).customer_letter.reference  # the template's prompt, all of it
    assert {"severity": "error", "location": "customer_letter.reference",
            "message": finding_message(findings, "customer_letter.reference"),
            "suggestion": "Replace the text in [[double brackets]] with your own.",
            "rule": "prompt", "span": [0, len(reference)]} in findings


def finding_message(findings: list[dict[str, str]], location: str) -> str:
    return next(f["message"] for f in findings if f["location"] == location)


def test_check_json_of_example_is_an_empty_error_list(example_path: Path) -> None:
    result = run("check", example_path, "--format", "json", "--audience", "customer")
    assert result.returncode == 0
    assert [f for f in json.loads(result.stdout) if f["severity"] == "error"] == []


def test_check_audience_narrows_findings(tmp_path: Path) -> None:
    path = tmp_path / "review.postmortem"
    run("new", path, "--template", "internal-review")
    customer = json.loads(run("check", path, "--format", "json", "--audience", "customer").stdout)
    internal = json.loads(run("check", path, "--format", "json", "--audience", "internal").stdout)
    assert "customer_letter.body" in {f["location"] for f in customer}
    assert "customer_letter.body" not in {f["location"] for f in internal}
    assert "root_cause.internal_notes" in {f["location"] for f in internal}


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "No such file or directory"),
        (b"", "the file is empty"),
        (b"\xff\xfe garbage", "is not UTF-8 text"),
        (b"schema_version: 1\nmeta: !!python/object/apply:os.system ['echo hi']\n", "unsupported YAML tag"),
        (b"schema_version: 9\n", "newer Postmortem Studio"),
        (b"meta: [unclosed\n", "not a valid postmortem file"),
    ],
    ids=["missing", "empty", "binary", "python-tag", "newer", "broken-yaml"],
)
def test_check_unreadable_file_exits_two_with_one_line(
    tmp_path: Path, content: bytes | None, words: str
) -> None:
    path = tmp_path / "bad.postmortem"
    if content is not None:
        path.write_bytes(content)
    result = run("check", path, "--format", "json")
    line = assert_one_error_line(result)
    assert line.startswith(f"error: {path}")
    assert words in line
    assert result.stdout == ""
    if content is not None:
        assert path.read_bytes() == content


def test_check_a_folder(tmp_path: Path) -> None:
    line = assert_one_error_line(run("check", tmp_path))
    assert line == f"error: {tmp_path}: is a folder, not a postmortem file"


# ---------------------------------------------------------------- schema and templates


def test_schema_is_json_naming_every_section() -> None:
    result = run("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert list(schema["properties"]) == ["schema_version", *SECTIONS]
    assert "TimelineEvent" in schema["$defs"]


def test_templates_lists_every_template() -> None:
    result = run("templates")
    assert result.returncode == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == list(TEMPLATES)


def test_no_command_is_a_usage_error() -> None:
    line = assert_one_error_line(run())
    assert "COMMAND" in line


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("postmortem")
    result = subprocess.run([script, "templates"], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0
    assert "customer-outage" in result.stdout


# ---------------------------------------------------------------- export


@pytest.mark.parametrize(
    ("file_format", "magic"), [("md", b"# "), ("html", b"<!DOCTYPE html>"), ("pdf", b"%PDF-")]
)
def test_export_writes_next_to_the_document_by_default(
    example_copy: Path, file_format: str, magic: bytes
) -> None:
    result = run("export", example_copy.name, "--format", file_format, "--audience", "customer",
                 cwd=example_copy.parent)
    assert result.returncode == 0, result.stderr
    output = example_copy.parent / f"raid-outage-letter.{file_format}"
    assert result.stdout.startswith(f"wrote raid-outage-letter.{file_format} (")
    assert output.read_bytes().lstrip().startswith(magic)


def test_export_internal_to_a_chosen_file(example_copy: Path, tmp_path: Path) -> None:
    output = tmp_path / "report.html"
    result = run("export", example_copy, "--format", "html", "--audience", "internal", "-o", output)
    assert result.returncode == 0, result.stderr
    html = output.read_text(encoding="utf-8")
    assert "Legal reviewed the wording" in html  # internal notes belong in the internal report


def test_customer_export_leaves_internal_notes_out(example_copy: Path) -> None:
    result = run("export", example_copy, "--format", "md", "--audience", "customer")
    assert result.returncode == 0, result.stderr
    text = example_copy.with_name("raid-outage-letter.md").read_text(encoding="utf-8")
    assert "Legal reviewed the wording" not in text
    assert "web01.nwll.internal" not in text


@pytest.mark.parametrize("spelling", ["same", "dotted", "absolute"])
def test_export_refuses_to_overwrite_the_postmortem(example_copy: Path, spelling: str) -> None:
    before = example_copy.read_bytes()
    output = {
        "same": example_copy.name,
        "dotted": f"./{example_copy.name}",
        "absolute": str(example_copy),
    }[spelling]
    result = run("export", example_copy.name, "--format", "md", "--audience", "customer", "-o", output,
                 cwd=example_copy.parent)
    line = assert_one_error_line(result)
    assert "refusing to overwrite the postmortem itself" in line
    assert example_copy.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--format", "docx", "--audience", "customer"), "invalid choice: 'docx'"),
        (("--format", "pdf", "--audience", "board"), "invalid choice: 'board'"),
        (("--audience", "customer"), "the following arguments are required: --format"),
    ],
)
def test_export_bad_options_exit_two(example_copy: Path, args: tuple[str, ...], words: str) -> None:
    line = assert_one_error_line(run("export", example_copy, *args))
    assert words in line
    assert sorted(p.name for p in example_copy.parent.iterdir()) == ["logo.svg", "raid-outage.postmortem"]


def test_export_of_a_bad_file_exits_two(tmp_path: Path) -> None:
    path = tmp_path / "bad.postmortem"
    path.write_bytes(b"schema_version: 1\nmeta:\n  title: [\n")
    line = assert_one_error_line(run("export", path, "--format", "pdf", "--audience", "customer"))
    assert line.startswith(f"error: {path}:")
    assert list(tmp_path.iterdir()) == [path]


# ---------------------------------------------------------------- what a command loads


def test_check_help_names_the_settings_file_the_checks_read() -> None:
    from postmortem.checks.settings import SETTINGS_FILE

    result = run("check", "--help")
    assert result.returncode == 0
    assert SETTINGS_FILE in " ".join(result.stdout.split())


def test_export_loads_neither_the_importers_nor_the_mail_code(example_copy: Path) -> None:
    """A cold `postmortem export` is waited for: it must not import what other commands need."""
    script = (
        "import sys\n"
        "from postmortem.cli import main\n"
        f"code = main(['export', {str(example_copy)!r}, '--format', 'md', '--audience', 'customer',"
        f" '-o', {str(example_copy.with_suffix('.md'))!r}])\n"
        "unwanted = ('postmortem.importers', 'postmortem.mail.sending', 'postmortem.mail.merge',"
        " 'smtplib', 'weasyprint')\n"
        "print('LOADED:' + ','.join(m for m in unwanted if m in sys.modules), code)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            check=False)
    assert "LOADED: 0" in result.stdout, result.stdout + result.stderr


def test_a_pdf_letter_export_loads_no_lexicon_review_or_other_commands(example_copy: Path) -> None:
    """The cold letter a person waits for runs the checks that can refuse it (times, fields, the
    data-loss words), not the review's lexicons, and not what other commands need."""
    pdf = example_copy.with_suffix(".pdf")
    script = (
        "import sys\n"
        "from postmortem.cli import main\n"
        f"code = main(['export', {str(example_copy)!r}, '--format', 'pdf', '--audience', 'customer',"
        f" '-o', {str(pdf)!r}])\n"
        "unwanted = ('postmortem.importers', 'postmortem.mail.sending', 'postmortem.mail.merge', 'smtplib',"
        " 'postmortem.checks.phrases', 'postmortem.checks.letter', 'postmortem.checks.letter_voice',"
        " 'postmortem.checks.names', 'faker', 'postmortem.checks.readability', 'postmortem.checks.leaks',"
        " 'postmortem.checks.blameless', 'postmortem.checks.coverage', 'postmortem.checks.fonts',"
        " 'PySide6')\n"
        "print('LOADED:' + ','.join(m for m in unwanted if m in sys.modules), code)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=180,
                            check=False)
    assert "LOADED: 0" in result.stdout, result.stdout + result.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_the_command_line_loads_the_model_only_inside_a_command() -> None:
    """A PDF export starts its renderer before reading the file: whatever the package root loads,
    the command line's own modules load neither the model nor pydantic before a command runs."""
    script = (
        "import sys, types\n"
        "root = types.ModuleType('postmortem')\n"
        f"root.__path__ = [{str(Path(__file__).resolve().parent.parent / 'postmortem')!r}]\n"
        "sys.modules['postmortem'] = root  # the package without its __init__\n"
        "import postmortem.cli\n"
        "postmortem.cli._parser().parse_args(['export', 'x.postmortem', '--format', 'pdf',"
        " '--audience', 'customer'])\n"
        "print('LOADED:' + ','.join(m for m in ('postmortem.model', 'pydantic', 'yaml', 'weasyprint')"
        " if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.stdout.split() == ["LOADED:"], result.stdout + result.stderr


def test_the_command_lines_file_extension_and_templates_are_the_cores() -> None:
    from postmortem import cli, cli_import
    from postmortem.fileformat import EXTENSION

    assert cli_import.EXTENSION == cli.EXTENSION == EXTENSION
    assert tuple(sorted(TEMPLATES)) == cli.TEMPLATE_NAMES


def test_the_import_commands_formats_are_the_importers() -> None:
    from postmortem import cli_import
    from postmortem.importers.detect import FORMATS

    assert cli_import.FORMATS == FORMATS


def test_the_send_commands_keyring_service_is_the_senders() -> None:
    from postmortem import cli_mail
    from postmortem.mail.sending import KEYRING_SERVICE

    assert cli_mail.KEYRING_SERVICE == KEYRING_SERVICE
