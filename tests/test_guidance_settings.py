"""Organisation settings: the file, where it is found, and what it changes."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from postmortem.checks import Finding, Settings, SettingsError, check, find_settings, load_settings
from postmortem.checks.settings import SETTINGS_FILE, locate_settings
from postmortem.fileformat import load, save
from postmortem.model import Document

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_SETTINGS = REPO / "examples" / SETTINGS_FILE


def _rules(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.rule, f.location) for f in findings if f.rule != "reading-grade"]


def _write(folder: Path, text: str) -> Path:
    path = folder / SETTINGS_FILE
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path, example_path: Path) -> Path:
    """A git work tree, repo/, holding the example postmortem two folders down."""
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    folder = tmp_path / "repo" / "incidents" / "2026"
    folder.mkdir(parents=True)
    document = load(example_path)
    save(document, folder / "outage.postmortem")
    return folder / "outage.postmortem"


# ---------------------------------------------------------------- finding the file


def test_without_a_file_the_defaults_apply(project: Path) -> None:
    assert locate_settings(project) is None
    assert find_settings(project) == Settings()


def test_the_documents_own_folder_wins(project: Path) -> None:
    _write(project.parents[1], "readability_limit: 12\n")
    near = _write(project.parent, "readability_limit: 8\n")
    assert locate_settings(project) == near
    assert find_settings(project).readability_limit == 8


def test_a_parent_folder_up_to_the_git_root_is_used(project: Path) -> None:
    root = _write(project.parents[2], "readability_limit: 12\n")
    assert locate_settings(project) == root
    assert find_settings(project).readability_limit == 12


def test_nothing_above_the_git_root_is_used(project: Path) -> None:
    # The folder holding the repository belongs to someone else's project.
    _write(project.parents[3], "readability_limit: 3\n")
    assert locate_settings(project) is None


def test_the_example_settings_apply_to_the_example(example_path: Path) -> None:
    assert locate_settings(example_path) == EXAMPLE_SETTINGS
    settings = find_settings(example_path)
    assert "*.nwll.internal" in settings.internal_hosts
    assert settings.banned_phrases[0].phrase == "we take this very seriously"


def test_the_example_settings_file_documents_every_setting() -> None:
    text = EXAMPLE_SETTINGS.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert set(data) == set(Settings.model_fields)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Writing guidance and settings", 1)[1]
    for key in Settings.model_fields:
        assert f"`{key}`" in section, key


# ---------------------------------------------------------------- bad files


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("readability_limit: hard\n", "readability_limit", "valid number"),
        ("readability_limit: 40\n", "readability_limit", "less than or equal to 20"),
        ("jargon:\n  - RAID\n", "jargon", "valid dictionary"),
        ("jargon:\n  x: an x\n", "jargon.x", "too short"),
        ("internal_host: ['*.corp']\n", "internal_host", "unknown setting"),
        ("ticket_patterns: ['(']\n", "ticket_patterns[0]", "is not a regular expression"),
        ("banned_phrases:\n- phrase: rest assured\n  severity: fatal\n", "banned_phrases[0].severity",
         "'error'"),
        ("allowed_emails: [not-an-address]\n", "allowed_emails[0]", "is not an e-mail address"),
    ],
)
def test_a_bad_setting_names_the_file_and_the_setting(
    tmp_path: Path, text: str, where: str, words: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    message = str(caught.value)
    assert re.match(rf"{re.escape(str(path))}:\d+: {re.escape(where)}: ", message), message
    assert words in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("text", "words"),
    [("jargon: [unclosed\n", "not a valid settings file"), ("- a\n- b\n", "expected keys such as")],
)
def test_a_file_that_is_not_settings_is_refused_in_one_line(tmp_path: Path, text: str, words: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(SettingsError, match=words):
        load_settings(path)


def test_an_empty_file_means_the_defaults(tmp_path: Path) -> None:
    assert load_settings(_write(tmp_path, "# nothing to change yet\n")) == Settings()


# ---------------------------------------------------------------- what settings change


def _letter_saying(example_path: Path, narrative: str) -> Document:
    document = load(example_path)
    document.customer_letter.body = narrative
    return document


def test_jargon_from_settings_adds_to_the_built_in_list(example_path: Path, today: dt.date) -> None:
    document = _letter_saying(example_path, "Our edge nodes and our RAID array both failed.")
    default = check(document, today=today)
    assert [f.message for f in default if f.rule == "jargon"] == ["“RAID” is jargon customers may not know"]
    settings = Settings(jargon={"edge node": "one of our servers near you"})
    found = [f for f in check(document, today=today, settings=settings) if f.rule == "jargon"]
    assert [(f.message, f.suggestion, f.span) for f in found] == [
        ("“edge nodes” is jargon customers may not know", "Say “one of our servers near you” instead, "
         "or explain it in a few words.", (4, 14)),
        ("“RAID” is jargon customers may not know", "Say “the disks that keep copies of each other's data” "
         "instead, or explain it in a few words.", (23, 27)),
    ]


def test_allowed_jargon_removes_a_built_in_term(example_path: Path, today: dt.date) -> None:
    document = _letter_saying(example_path, "Our DNS records pointed at the wrong server.")
    assert ("jargon", "customer_letter.body") in _rules(check(document, today=today))
    allowed = Settings(allowed_jargon=["dns"])
    found = _rules(check(document, today=today, settings=allowed))
    assert ("jargon", "customer_letter.body") not in found


def test_internal_host_patterns_add_to_the_built_in_ones(example_path: Path, today: dt.date) -> None:
    # A machine named like a myth needs the organisation's list; cache.corp is host-like anyway.
    document = _letter_saying(example_path, "The server hermes and cache.corp both failed.")
    default = [f.message for f in check(document, today=today) if f.rule == "leak-host"]
    assert default == ["names the internal host cache.corp"]
    settings = Settings(internal_hosts=["hermes"])
    found = [f.message for f in check(document, today=today, settings=settings) if f.rule == "leak-host"]
    assert found == ["names the internal host hermes", "names the internal host cache.corp"]


def test_ticket_patterns_from_settings(example_path: Path, today: dt.date) -> None:
    document = _letter_saying(example_path, "See case CASE10442 for details.")
    assert not [f for f in check(document, today=today) if f.rule == "leak-ticket"]
    settings = Settings(ticket_patterns=[r"\bCASE\d{5}\b"])
    found = [f for f in check(document, today=today, settings=settings) if f.rule == "leak-ticket"]
    assert [(f.message, f.span) for f in found] == [("mentions the internal ticket CASE10442", (9, 18))]


def test_banned_phrases_at_the_chosen_severity(example_path: Path, today: dt.date) -> None:
    document = _letter_saying(example_path, "Rest assured: our world-class team is on it.")
    settings = Settings.model_validate({"banned_phrases": [
        {"phrase": "rest assured", "suggestion": "Say what you are doing."},
        {"phrase": "world class", "severity": "error"},
    ]})
    found = [f for f in check(document, today=today, settings=settings) if f.rule == "banned-phrase"]
    assert [(f.severity.value, f.message, f.suggestion, f.span) for f in found] == [
        ("error", "“world-class” is on your organisation's list of phrases to avoid",
         "Say it plainly, in your own words.", (18, 29)),
        ("warning", "“Rest assured” is on your organisation's list of phrases to avoid",
         "Say what you are doing.", (0, 12)),
    ]


def test_allowed_emails_may_appear_in_the_letter(example_path: Path, today: dt.date) -> None:
    document = _letter_saying(example_path, "For refunds, write to billing@northwind-loadlabs.example.")
    assert ("leak-email", "customer_letter.body") in _rules(check(document, today=today))
    settings = Settings(allowed_emails=["Billing@Northwind-LoadLabs.example"])
    assert ("leak-email", "customer_letter.body") not in _rules(
        check(document, today=today, settings=settings)
    )


def test_readability_limit_decides_the_warning(example_path: Path, today: dt.date) -> None:
    document = load(example_path)
    assert "readability" not in {f.rule for f in check(document, today=today)}
    strict = check(document, today=today, settings=Settings(readability_limit=6))
    warning = next(f for f in strict if f.rule == "readability")
    assert warning.message.startswith("the letter reads at grade 7.1, above your limit of 6;")


# ---------------------------------------------------------------- the command line


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "postmortem", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", cwd=cwd, timeout=120, check=False,
    )


def test_cli_uses_the_settings_found_next_to_the_document(project: Path) -> None:
    document = load(project)
    document.customer_letter.body = "Tracked as CASE10442."
    save(document, project)
    before = json.loads(run("check", project, "--format", "json").stdout)
    assert "leak-ticket" not in {f["rule"] for f in before}
    settings = _write(project.parent, "ticket_patterns: ['CASE\\d+']\n")
    result = run("check", project)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "error: customer_letter.body: mentions the internal ticket CASE10442" in lines
    assert result.stderr.rstrip().endswith(f"; settings from {settings})")


def test_cli_settings_option_overrides_the_lookup(project: Path, tmp_path: Path) -> None:
    _write(project.parent, "readability_limit: 2\n")
    chosen = tmp_path / "mine.yaml"
    chosen.write_text("readability_limit: 15\n", encoding="utf-8")
    default = json.loads(run("check", project, "--format", "json").stdout)
    assert "readability" in {f["rule"] for f in default}
    mine = json.loads(run("check", project, "--format", "json", "--settings", chosen).stdout)
    assert "readability" not in {f["rule"] for f in mine}


def test_cli_bad_settings_exit_two_with_one_line(project: Path) -> None:
    path = _write(project.parent, "readability_limit: [10]\n")
    result = run("check", project)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"error: {path}:1: readability_limit: input should be a valid number"
    ]


def test_cli_missing_settings_file_exits_two(project: Path, tmp_path: Path) -> None:
    result = run("check", project, "--settings", tmp_path / "none.yaml")
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {tmp_path / 'none.yaml'}: cannot read")
