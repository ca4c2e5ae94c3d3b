"""Organisation settings for the writing guidance: `postmortem-settings.yaml`.

One small YAML file, shared by the app and `postmortem check`, tunes the
checks to an organisation: the jargon its customers would not know, the
host-name patterns and ticket ids that are internal, phrases it never wants
in a letter, and the reading grade its letters should stay under. Every key
is optional; lists add to the built-in ones rather than replace them, so a
file that names one extra host pattern keeps every default.

`check()` receives a `Settings` object as an argument; only
`find_settings` (called by the CLI and the app) reads files.
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

import re2
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr, ValidationError

from postmortem import safeyaml
from postmortem.errors import DocumentError, format_location
from postmortem.limits import MAX_PATTERN_CHARS, MAX_SETTINGS_BYTES
from postmortem.safeio import read_regular
from postmortem.values import check_email

SETTINGS_FILE = "postmortem-settings.yaml"
MAX_BYTES = MAX_SETTINGS_BYTES

_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False  # a refused pattern is one line from us, not a log line on stderr
_RE2_OPTIONS.max_mem = 8 * 1024 * 1024

# Words that name our machinery rather than what customers experienced,
# with the plain wording to use instead. A capitalised term matches only
# that spelling (RAID, not "raid"); a lower-case one matches any case.
BUILTIN_JARGON: dict[str, str] = {
    "RAID": "the disks that keep copies of each other's data",
    "failover": "switching to a standby system",
    "fail over": "switch to a standby system",
    "replica": "copy of the data",
    "replication": "copying data between servers",
    "DNS": "the system that points our web address at our servers",
    "p99": "the slowest 1% of requests",
    "p95": "the slowest 5% of requests",
    "p50": "a typical request",
    "latency": "delay",
    "TTL": "how long a setting is remembered",
    "BGP": "internet routing",
    "CDN": "the network that delivers our pages",
    "cluster": "group of servers",
    "shard": "part of the database",
    "sharding": "splitting the database",
    "Kubernetes": "the system that runs our services",
    "k8s": "the system that runs our services",
    "rollback": "undoing the change",
    "hotfix": "quick fix",
    "runbook": "step-by-step instructions",
    "on-call": "the engineer on duty",
    "SRE": "reliability engineers",
    "SLO": "our reliability target",
    "MTTR": "time to repair",
    "RCA": "analysis",
    "quorum": "the agreement our servers need before accepting changes",
    "split-brain": "two systems both acting as the main one",
    "IOPS": "disk speed",
    "OOM": "ran out of memory",
    "5xx": "error pages",
    "config": "settings",
    "upstream": "a service we depend on",
    "downstream": "services that depend on it",
    "backend": "our servers",
    "back-end": "our servers",
    "postmortem": "our review of the incident",
    "root-caused": "found the cause",
}

# Host names that can only be internal, whatever the organisation.
BUILTIN_INTERNAL_HOSTS: tuple[str, ...] = ("*.internal", "*.corp", "*.local", "*.localdomain", "localhost")

# Ticket ids in the usual tracker forms: ABC-123 and #1234.
BUILTIN_TICKET_PATTERNS: tuple[str, ...] = (r"\b[A-Z][A-Z0-9]{1,9}-\d{2,}\b", r"(?<![\w&])#\d{3,}\b")


def linear_pattern(value: str) -> Any:
    """`value` compiled by RE2, whose matching time grows linearly with the text.

    Python's `re` backtracks: `(a+)+$` on forty letters takes longer than the
    universe is old, and a settings file arrives with a `git pull`. RE2 gives
    up the two features that need backtracking (back-references and
    look-around), so a pattern using them is refused rather than risked.
    """
    if len(value) > MAX_PATTERN_CHARS:
        raise ValueError(f"a pattern of {len(value):,} characters is over the limit of {MAX_PATTERN_CHARS}")
    try:
        return re2.compile(value, _RE2_OPTIONS)
    except re2.error as error:
        detail = error.args[0].decode("utf-8", "replace") if error.args and isinstance(
            error.args[0], bytes) else str(error)
        try:
            re.compile(value)
        except re.error:
            raise ValueError(f"{_quoted(value)} is not a regular expression: {detail}") from None
        raise ValueError(
            f"{_quoted(value)} cannot be matched in linear time ({detail}); back-references and "
            "look-around are not supported"
        ) from None


def _quoted(value: str) -> str:
    return repr(value if len(value) <= 60 else value[:59] + "…")


def _check_pattern(value: str) -> str:
    linear_pattern(value)
    return value


def _check_glob(value: str) -> str:
    if not value.strip():
        raise ValueError("a host pattern cannot be empty")
    return value.strip()


def _check_email(value: str) -> str:
    if not value:
        raise ValueError("an e-mail address cannot be empty")
    return check_email(value)


def _check_term(value: str) -> str:
    if len(value.strip()) < 2:
        raise ValueError(f"{value!r} is too short to look for")
    return value.strip()


Term = Annotated[str, AfterValidator(_check_term)]
Regex = Annotated[str, AfterValidator(_check_pattern)]
HostPattern = Annotated[str, AfterValidator(_check_glob)]
EmailAddress = Annotated[str, AfterValidator(_check_email)]


class BannedPhrase(BaseModel):
    """A phrase the organisation never wants customers to read."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    phrase: str = Field(min_length=2)
    suggestion: str = ""
    severity: Literal["error", "warning"] = "warning"


@dataclass(frozen=True)
class JargonTerm:
    term: str
    plain: str
    pattern: re.Pattern[str]
    # The term's first word in lower case: text without it cannot contain the term.
    first_word: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "first_word", re.split(r"[\s-]+", self.term.strip().lower(), maxsplit=1)[0])


@dataclass(frozen=True)
class Compiled:
    jargon: tuple[JargonTerm, ...]
    internal_hosts: re.Pattern[str]
    tickets: tuple[Any, ...]  # re.Pattern for the built-in ones, RE2 patterns for the settings' own
    banned: tuple[tuple[BannedPhrase, re.Pattern[str]], ...]
    allowed_emails: frozenset[str]


class Settings(BaseModel):
    """The organisation's tuning of the checks; every field has a default."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    readability_limit: float = Field(
        10.0, ge=1, le=20, description="Warn when the letter reads above this Flesch-Kincaid grade"
    )
    sentence_limit: int = Field(40, ge=10, le=200, description="Warn about sentences longer than this")
    jargon: dict[Term, str] = Field(
        default_factory=dict, description="More jargon, each with the plain words to use instead"
    )
    allowed_jargon: list[Term] = Field(
        default_factory=list, description="Built-in jargon your customers do know (e.g. DNS)"
    )
    internal_hosts: list[HostPattern] = Field(
        default_factory=list, description="Host-name patterns (*.example-corp.net) that are internal"
    )
    ticket_patterns: list[Regex] = Field(
        default_factory=list, description="Regular expressions for your ticket ids (e.g. OPS-\\d+)"
    )
    banned_phrases: list[BannedPhrase] = Field(default_factory=list)
    allowed_emails: list[EmailAddress] = Field(
        default_factory=list,
        description="Published addresses besides the organisation's contact address",
    )

    _compiled: Compiled | None = PrivateAttr(default=None)

    def compiled(self) -> Compiled:
        """The regular expressions the checks run, built once per Settings object."""
        if self._compiled is None:
            self._compiled = _compile(self)
        return self._compiled


def phrase_pattern(phrase: str, *, plurals: bool = False) -> re.Pattern[str]:
    """A phrase as a whole-word pattern: any run of spaces or a hyphen may join its words.

    A phrase with a capital letter matches only as written ("RAID");
    an all-lower-case one matches in any capitalisation.
    """
    words = [re.escape(w) for w in re.split(r"[\s-]+", phrase.strip()) if w]
    body = r"(?:\s+|-)".join(words)
    if plurals:
        body += "(?:e?s)?"
    flags = 0 if phrase != phrase.lower() else re.IGNORECASE
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", flags)


def _compile(settings: Settings) -> Compiled:
    allowed = {term.lower() for term in settings.allowed_jargon}
    terms = {k: v for k, v in BUILTIN_JARGON.items() if k.lower() not in allowed}
    terms.update(settings.jargon)
    # Longer terms first, so that "fail over" is reported rather than a shorter term inside it.
    jargon = tuple(
        JargonTerm(term, plain, phrase_pattern(term, plurals=True))
        for term, plain in sorted(terms.items(), key=lambda kv: -len(kv[0]))
    )
    globs = [*BUILTIN_INTERNAL_HOSTS, *settings.internal_hosts]
    hosts = re.compile("|".join(f"(?:{fnmatch.translate(g.lower())})" for g in globs), re.IGNORECASE)
    # The built-in patterns are ours and linear; the organisation's go to RE2.
    tickets = (*(re.compile(p) for p in BUILTIN_TICKET_PATTERNS),
               *(linear_pattern(p) for p in settings.ticket_patterns))
    banned = tuple((b, phrase_pattern(b.phrase)) for b in settings.banned_phrases)
    return Compiled(jargon, hosts, tickets, banned, frozenset(e.lower() for e in settings.allowed_emails))


# ---------------------------------------------------------------- files


class SettingsError(DocumentError):
    """A settings file that cannot be used; one line naming the file and the field."""


def load_settings(path: str | os.PathLike[str]) -> Settings:
    """Read and validate one settings file."""
    source = Path(path)
    raw = read_regular(source, MAX_BYTES, error=SettingsError, kind="settings file")
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise SettingsError(source, "is not UTF-8 text") from None
    data, lines = safeyaml.parse(text, source, kind="settings file", error=SettingsError)
    if data is None:
        return Settings()
    if not isinstance(data, dict):
        raise SettingsError(source, "not a settings file: expected keys such as readability_limit:")
    try:
        return Settings.model_validate(data)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        loc = tuple(p for p in first["loc"] if isinstance(p, int) or "[" not in str(p))
        message = str(first["msg"]).removeprefix("Value error, ")
        message = message[:1].lower() + message[1:]
        if first["type"] == "extra_forbidden":
            message = "unknown setting"
        more = error.error_count() - 1
        if more:
            message += f" (and {more} more problem{'s' * (more > 1)})"
        line = next((lines[loc[:end]] for end in range(len(loc), 0, -1) if loc[:end] in lines), None)
        raise SettingsError(source, message, line=line, field=format_location(loc) or None) from None


def locate_settings(document_path: str | os.PathLike[str]) -> Path | None:
    """The settings file that applies to a document, or None.

    Looks in the document's folder, then each parent, stopping after the
    root of a git work tree (a folder holding `.git`) or the filesystem root:
    settings belong to the project, never to whoever owns a folder above it.
    """
    folder = Path(document_path).resolve().parent
    for candidate in (folder, *folder.parents):
        path = candidate / SETTINGS_FILE
        if path.is_file():
            return path
        if (candidate / ".git").exists():
            return None
    return None


def find_settings(document_path: str | os.PathLike[str]) -> Settings:
    """The settings for a document: its nearest settings file, else the built-in defaults."""
    path = locate_settings(document_path)
    return load_settings(path) if path else Settings()
