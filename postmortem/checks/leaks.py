"""Internal details in anything customers see.

"Anything customers see" is `fields.customer_fields`: exactly what the
customer view copies. Leaks are errors, except two that are guesses and
are warnings: a public IP address (it may be published on purpose) and a
long random-looking string (a key in an unknown format, or just an id).

The published contact details (the organisation's e-mail address, web
site and phone, plus `allowed_emails` from the settings) and the signer's
own name are what a letter is meant to show, and pass.

Secrets are looked for in internal text too (as warnings): a token pasted
into the internal report is still a leaked token.

People's names are the names the document holds (authors, reviewers,
owners) in every language; names guessed from capitalised words are looked
for in English only. German capitalises every noun and the polite "Sie",
and a Spanish or French sentence start is no more a name than an English
one, but the name lexicon's everyday words that tell them apart are English.
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections import Counter
from collections.abc import Iterator

from postmortem import timefmt
from postmortem.checks import hostnames, names
from postmortem.checks.blameless import COMMON_WORDS, people
from postmortem.checks.fields import TextField, all_fields
from postmortem.checks.findings import E, Finding, Level, W
from postmortem.checks.settings import Compiled
from postmortem.checks.textscan import EMAIL, URL, Span, excerpt, overlaps
from postmortem.i18n.locales import is_english
from postmortem.model import Document

_CUSTOMER_KINDS = ("line", "prose", "bio")

_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
_IPV6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_HOSTLIKE = re.compile(rf"(?<![\w@.-]){_LABEL}(?:\.{_LABEL})*(?![\w-])")

# Prefixes that look like ticket keys but are standards and encodings.
_NOT_TICKETS = frozenset({
    "UTC", "GMT", "UTF", "SHA", "ISO", "AES", "RSA", "RFC", "CVE", "COVID", "IPV", "TLS", "SSL", "HTTP",
    "HTTPS", "MP", "PCI", "SOC", "SEV", "WCAG", "PDF", "ECMA", "IEEE", "ANSI", "NIST", "FIPS", "EN",
    "DIN", "ASCII", "UCS", "X",
})

_SECRETS = (
    ("an AWS access key", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("a GitHub token", re.compile(r"\bgh[pousr]_[A-Za-z0-9]{30,}\b|\bgithub_pat_[A-Za-z0-9_]{30,}")),
    ("a Slack token", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}")),
    ("a Stripe key", re.compile(r"\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}")),
    ("a Google API key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}")),
    ("an API secret key", re.compile(r"\bsk-[A-Za-z0-9_-]{20,}")),
    ("a private key", re.compile(r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----")),
    ("a signed token (JWT)", re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")),
    # A scheme is short; an unbounded one rescanned "a.a.a.…" from every letter (quadratic).
    ("a password in a link", re.compile(r"\b[a-z][a-z0-9+.-]{0,31}://[^\s:/@]+:[^\s/@]+@")),
    ("a password or key", re.compile(
        r"\b(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?key|auth[_-]?token|token)\s*[:=]\s*[^\s,;]{6,}",
        re.IGNORECASE)),
)
# Each known secret format starts with or contains one of these; one pass rules most texts out.
_SECRET_HINT = re.compile(
    r"AKIA|ASIA|gh[pousr]_|github_pat_|xox[abposr]-|[sr]k_(?:live|test)|AIza|sk-|PRIVATE KEY|eyJ|://"
    r"|password|passwd|pwd|secret|api[_-]?key|access[_-]?key|token",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"(?<![\w+/=-])[A-Za-z0-9+/_=-]{24,}(?![\w+/=-])")
_ENTROPY_BITS = 3.5
_SHINGLE = 8  # words in a row shared with internal notes that count as copied


def leaks(
    doc: Document,
    fields: list[TextField],
    notes: list[TextField],
    compiled: Compiled,
    *,
    internal: bool = True,
) -> list[Finding]:
    """Leaks in `fields` (what customers see); with `internal`, also secrets in the internal text.

    A translation's check passes only the translation's own texts and no `internal`: the
    rest of its letter is the original's, checked once with the original.
    """
    visible = [f for f in fields if f.kind in _CUSTOMER_KINDS]
    english = is_english(doc.meta.language)
    names = _name_pattern(doc, english)
    tickets = _ticket_patterns(doc, compiled)
    shingles = _note_shingles(notes)
    org = doc.meta.organisation
    allowed_emails = {org.contact_email.lower(), *compiled.allowed_emails} - {""}
    emails_of = {p.email.lower(): p.name for p in (*doc.meta.authors, *doc.meta.reviewers) if p.email}
    own_domains = [hostnames.domain_of(a) for a in (org.website, *allowed_emails)]
    allowed = [doc.customer_letter.signer, org.name, *doc.impact.services,
               timefmt.place_name(doc.meta.time_zone)]
    out: list[Finding] = []
    for field in visible:
        found: list[Finding] = []
        text = field.text
        urls = [m.span() for m in URL.finditer(text)]
        # user:password@host inside a link is a secret, not an address
        emails = [m for m in EMAIL.finditer(text) if not overlaps(m.span(), urls)]
        email_spans = [m.span() for m in emails]
        for match in emails:
            address = match.group().lower()
            if address in allowed_emails:
                continue
            whose = emails_of.get(address)
            message = (f"gives {whose}'s own e-mail address" if whose
                       else f"gives the e-mail address {match.group()}, which is not your published contact")
            found.append(_leak(E, field, match.span(), message,
                               f"Point customers to {org.contact_email or 'your published support address'}.",
                               rule="leak-email"))
        found += _addresses(field)
        found += _hosts(field, compiled, own_domains, email_spans)
        found += _people(field, names, allowed, email_spans, guess=english)
        for span, ticket in _tickets(text, tickets):
            found.append(_leak(E, field, span, f"mentions the internal ticket {ticket}",
                               "Leave tracker ids out; describe the change itself.", rule="leak-ticket"))
        found += [_leak(level, field, span, message, suggestion, rule="leak-secret")
                  for level, span, message, suggestion in secrets(text)]
        for span, source in _copied(text, shingles):
            found.append(_leak(E, field, span,
                               f"repeats the internal notes of {source}: “{excerpt(text, span)}”",
                               "Write for customers in your own words; internal notes stay internal.",
                               rule="leak-notes"))
        out += sorted(found, key=lambda f: f.span or (0, 0))
    customer_locations = {f.location for f in fields}
    internal_text = [*notes, *(f for f in _internal_text(doc) if f.location not in customer_locations)]
    for field in internal_text if internal else ():
        # Only known key formats here: internal text is full of request and trace
        # ids that look random and are harmless.
        for _, span, message, suggestion in secrets(field.text, random_looking=False):
            out.append(Finding(W, field.location, message, suggestion, "secret", "internal", span))
    return out


def _leak(level: Level, field: TextField, span: Span, message: str, suggestion: str, *, rule: str) -> Finding:
    return Finding(level, field.location, message, suggestion, rule, "customer", span)


def _hosts(field: TextField, compiled: Compiled, own_domains: list[str], emails: list[Span]) -> list[Finding]:
    """The settings' `internal_hosts`, then anything built like a machine's name."""
    out: list[Finding] = []
    taken: list[Span] = [*emails, *names.handles(field.text)]
    for match in _HOSTLIKE.finditer(field.text):
        if compiled.internal_hosts.fullmatch(match.group()) and not overlaps(match.span(), taken):
            taken.append(match.span())
            out.append(_host(field, match.span()))
    for span in hostnames.host_names(field.text, own_domains, skip=taken):
        out.append(_host(field, span))
    return out


def _host(field: TextField, span: Span) -> Finding:
    return _leak(E, field, span, f"names the internal host {field.text[span[0]:span[1]]}",
                 "Say what the machine does (“our main database server”) instead.", rule="leak-host")


def _people(
    field: TextField,
    known: re.Pattern[str] | None,
    allowed: list[str],
    emails: list[Span],
    *,
    guess: bool = True,
) -> list[Finding]:
    """Names of people other than the signer, and the handles chat tools give them; with
    `guess` (English), also capitalised words the name lexicon takes for names."""
    out: list[Finding] = []
    taken: list[Span] = list(emails)
    spans = [m.span() for m in known.finditer(field.text)] if known else []
    if guess and field.view_name != "greeting":  # "Dear Ms Okafor," names the reader, not a colleague
        spans += names.person_names(field.text, allowed=allowed, common=COMMON_WORDS)
    for span in sorted(spans):
        if not overlaps(span, taken):
            taken.append(span)
            who = field.text[span[0]:span[1]]
            out.append(_leak(E, field, span, f"names {who}, who does not sign the letter",
                             "Speak for the company (“we”, “our team”); only the signer is named.",
                             rule="leak-name"))
    for span in names.handles(field.text):
        if not overlaps(span, taken):
            out.append(_leak(E, field, span, f"gives the internal handle {field.text[span[0]:span[1]]}",
                             "Speak for the company (“we”, “our team”); customers do not know "
                             "your chat or ticket names.", rule="leak-handle"))
    return out


def _addresses(field: TextField) -> list[Finding]:
    out = []
    for pattern in (_IPV4, _IPV6):
        for match in pattern.finditer(field.text):
            candidate = match.group()
            if pattern is _IPV6 and "::" not in candidate and candidate.count(":") < 7:
                continue  # "12:30:00" is a time, not an address
            try:
                address = ipaddress.ip_address(candidate)
            except ValueError:
                continue
            if address.is_global:
                out.append(_leak(W, field, match.span(), f"gives the IP address {candidate}",
                                 "If customers need it (to allow it through a firewall), keep it; "
                                 "otherwise leave it out.", rule="leak-ip"))
            else:
                out.append(_leak(E, field, match.span(), f"gives the internal IP address {candidate}",
                                 "Say what the machine does instead.", rule="leak-ip"))
    return out


def _name_pattern(doc: Document, english: bool = True) -> re.Pattern[str] | None:
    """People named in the document, other than the signer, as they might appear in a letter."""
    signer = doc.customer_letter.signer.strip()
    keep = set(signer.split()) | set(doc.meta.organisation.name.split())
    others = [name for name in people(doc) if name != signer]
    variants: list[str] = []
    for name in others:
        variants.append(name)
        # A name in Chinese characters or kana has parts of two characters (田中).
        variants += [part for part in name.split()
                     if len(part) >= (3 if english or not _CJK.search(part) else 2)
                     and part not in COMMON_WORDS and part not in keep]
    variants = sorted(set(variants), key=len, reverse=True)
    if not variants:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, v.split())) for v in variants)
    # Case-sensitive on purpose: "Reed" is a name, "reed" is not; "Don't" is not "Don".
    if english:
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?!['’]t\b)(?![\w-])")
    return re.compile("|".join(_bounded(v) for v in variants))


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_LATIN = r"A-Za-z\u00c0-\u024f0-9_"


def _bounded(name: str) -> str:
    """One name as a pattern that finds it in text of any script.

    Japanese runs words together ("Maren Holtは"), so a name in Latin letters
    is bounded by other Latin letters only, and one in kana or Chinese
    characters not at all. Arabic joins و, ف, ب and ل to the next word
    ("وأحمد"), so a name in another script may follow one of them.
    """
    body = r"\s+".join(map(re.escape, name.split()))
    if _CJK.search(name):
        return f"(?:{body})"
    if re.fullmatch(rf"[{_LATIN}\s'’.-]+", name):
        return rf"(?<![{_LATIN}-])(?:{body})(?!['’]t\b)(?![{_LATIN}-])"
    return rf"(?:(?<![\w-])|(?<=(?<!\w)[وفبل]))(?:{body})(?![\w-])"


Tickets = tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...]]


def _ticket_patterns(doc: Document, compiled: Compiled) -> Tickets:
    """The document's own ids (its incident id, its trackers' keys) and the general patterns."""
    exact = [doc.meta.incident_id.strip()] if doc.meta.incident_id.strip() else []
    for item in doc.action_items.items:
        last = item.tracker.rstrip("/").rsplit("/", 1)[-1] if item.tracker else ""
        if re.fullmatch(r"[A-Za-z][A-Za-z0-9]*-\d+", last):
            exact.append(last)
    ids = sorted(set(exact), key=len, reverse=True)
    own = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, ids))})(?![\w-])") if ids else None
    return own, compiled.tickets


def _tickets(text: str, patterns: Tickets) -> Iterator[tuple[Span, str]]:
    own, regexes = patterns
    seen: list[Span] = []
    if own:
        for match in own.finditer(text):
            seen.append(match.span())
            yield match.span(), match.group()
    for regex in regexes:
        for match in regex.finditer(text):
            prefix = match.group().split("-", 1)[0].upper()
            if prefix in _NOT_TICKETS or overlaps(match.span(), seen):
                continue
            if match.group().startswith("#") and _in_url(text, match.span()):
                continue  # a page anchor; a key like OPS-12 inside a link is still a ticket
            seen.append(match.span())
            yield match.span(), match.group()


def _in_url(text: str, span: Span) -> bool:
    return any(m.start() <= span[0] and span[1] <= m.end() for m in URL.finditer(text))


def secrets(text: str, *, random_looking: bool = True) -> list[tuple[Level, Span, str, str]]:
    """(severity, span, message, suggestion) for each key, token or password in `text`.

    Known formats are errors; with `random_looking`, long strings of high
    entropy (a key in a format we do not know) are warnings.
    """
    out: list[tuple[Level, Span, str, str]] = []
    spans: list[Span] = []
    rotate = "Remove it and rotate the secret: assume it has been copied."
    known = _SECRET_HINT.search(text) is not None
    for label, pattern in _SECRETS if known else ():
        for match in pattern.finditer(text):
            if not overlaps(match.span(), spans):
                spans.append(match.span())
                out.append((E, match.span(), f"contains what looks like {label}", rotate))
    for match in _TOKEN.finditer(text) if random_looking else ():
        token = match.group()
        if overlaps(match.span(), spans) or not _random_looking(token):
            continue
        spans.append(match.span())
        message = f"contains a random-looking string ({token[:8]}…), perhaps a key or token"
        out.append((W, match.span(), message,
                    "If it is a key or token, remove it and rotate it."))
    return out


def _random_looking(token: str) -> bool:
    if not (re.search(r"\d", token) and re.search(r"[A-Za-z]", token)):
        return False
    counts = Counter(token)
    entropy = -sum(n / len(token) * math.log2(n / len(token)) for n in counts.values())
    return entropy >= _ENTROPY_BITS


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in re.finditer(r"\w+", text)]


def _note_shingles(notes: list[TextField]) -> dict[tuple[str, ...], str]:
    shingles: dict[tuple[str, ...], str] = {}
    for note in notes:
        words = [w for w, _, _ in _words(note.text)]
        for i in range(len(words) - _SHINGLE + 1):
            shingles.setdefault(tuple(words[i:i + _SHINGLE]), note.location)
    return shingles


def _copied(text: str, shingles: dict[tuple[str, ...], str]) -> Iterator[tuple[Span, str]]:
    """Runs of at least `_SHINGLE` words that also stand, in that order, in some internal notes."""
    if not shingles:
        return
    words = _words(text)
    run: tuple[int, int, str] | None = None
    for i in range(len(words) - _SHINGLE + 1):
        source = shingles.get(tuple(w for w, _, _ in words[i:i + _SHINGLE]))
        if source is None:
            continue
        start, end = words[i][1], words[i + _SHINGLE - 1][2]
        if run and start <= run[1]:
            run = (run[0], end, run[2])
        else:
            if run:
                yield (run[0], run[1]), run[2]
            run = (start, end, source)
    if run:
        yield (run[0], run[1]), run[2]


def _internal_text(doc: Document) -> list[TextField]:
    return [f for f in all_fields(doc) if not f.location.endswith("internal_notes")]
