"""Host-like names in text that customers read.

A name is host-like when it is a dotted name under a domain that is not
one of the organisation's public domains (its web site, its contact
address, the settings' `allowed_emails`) nor a well-known public service,
or a single name built like a machine's: a label with digits ("db01",
"web-3") or made of words machines are named with ("pg-replica",
"prod-eu", "cache-node"). File names ("settings.yaml"), version numbers
and product names with a dot ("Node.js") are not hosts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from postmortem.checks.textscan import Span
from postmortem.letterfields.syntax import mask_fields

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOTTED = re.compile(rf"(?<![\w@.-])(?:{_LABEL}\.)+[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9](?![\w-]|\.\w)")
_SINGLE = re.compile(
    r"(?<![\w@./:-])[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+(?![\w/:@-])|(?<![\w@./:-])[a-z]{2,}\d{2,}(?![\w/:@-])"
)

# Words machines, clusters and environments are named with.
HOST_WORDS = frozenset({
    "db", "database", "pg", "postgres", "psql", "mysql", "mariadb", "mongo", "mongodb", "redis", "memcached",
    "cache", "cluster", "prod", "production", "stg", "staging", "stage", "preprod", "uat", "qa", "dev",
    "node", "nodes", "replica", "primary", "secondary", "standby", "master", "slave", "shard", "worker",
    "host", "srv", "server", "vm", "k8s", "kube", "lb", "proxy", "gw", "gateway", "bastion", "jump",
    "kafka", "rabbit", "rabbitmq", "zk", "zookeeper", "etcd", "consul", "vault", "elastic", "es",
    "ingest", "queue", "mq", "batch", "cron", "api", "web", "app", "svc", "int", "internal", "corp", "lan",
    "eu", "us", "ap", "usw", "use", "euw", "az", "rack", "dc", "pod", "ec2", "rds", "s3",
})
# Hyphenated words that read as English, not as machine names.
_ENGLISH = frozenset({
    "read-replica", "read-replicas", "multi-node", "single-node", "non-prod", "non-production",
    "pre-production", "pre-prod", "on-call", "web-based", "web-app", "api-key", "cache-control",
    "follow-up", "sign-in", "log-in", "opt-in", "opt-out", "built-in", "add-on", "end-to-end",
    "real-time", "up-to-date", "server-side", "client-side", "e-mail", "two-factor", "third-party",
})
# Extensions of files and endings of product names: "config.yaml", "Node.js", "ASP.NET".
_NOT_TLDS = frozenset({
    "py", "sh", "md", "js", "ts", "json", "yaml", "yml", "toml", "txt", "csv", "log", "conf", "cfg", "ini",
    "pdf", "png", "jpg", "jpeg", "gif", "svg", "html", "htm", "xml", "sql", "zip", "gz", "tar", "tgz", "rs",
    "go", "rb", "java", "kt", "cs", "cpp", "h", "c", "exe", "dll", "so", "jar", "war", "net", "doc", "docx",
    "xls", "xlsx", "ppt", "pptx", "key", "pem", "crt", "lock", "bak", "tmp", "env", "service", "timer",
})
# Standards and formats written like machine names.
_TECHNICAL = re.compile(
    r"(?:utf|ucs|sha|iso|md|mp|x|arm|h|ipv|http|oauth|wpa|tls|ssl|covid|win|base|i|l|a|sev|p|iso-\d+)"
    r"-?\d+(?:-\d+)?"
    # public cloud regions, named on every provider's status page: us-east-1, eu-west-2
    r"|(?:us|eu|ap|sa|ca|me|af|il|mx)-(?:gov-)?(?:east|west|north|south|central|(?:north|south)(?:east|west))-\d"
)
_TLD_ONLY_IN_DOTTED = frozenset({"net"})  # "ASP.NET" is a product; "acme-infra.net" a host

# Public services a letter may name: clouds, mail, code hosting, status pages.
PUBLIC_DOMAINS = frozenset({
    "amazon.com", "aws.amazon.com", "amazonaws.com", "google.com", "gmail.com", "googlemail.com",
    "microsoft.com", "outlook.com", "hotmail.com", "live.com", "office.com", "azure.com", "apple.com",
    "icloud.com", "github.com", "gitlab.com", "bitbucket.org", "cloudflare.com", "cloudflarestatus.com",
    "fastly.com", "akamai.com", "stripe.com", "paypal.com", "slack.com", "zoom.us", "atlassian.com",
    "statuspage.io", "status.io", "yahoo.com", "proton.me", "protonmail.com", "salesforce.com",
    "okta.com", "auth0.com", "twilio.com", "sendgrid.com", "mailchimp.com", "shopify.com", "heroku.com",
    "digitalocean.com", "linode.com", "hetzner.com", "ovhcloud.com", "oracle.com", "ibm.com",
    "wikipedia.org", "example.com", "example.org", "example.net", "w3.org", "ietf.org", "iana.org",
    "linkedin.com", "x.com", "twitter.com", "facebook.com", "youtube.com", "mozilla.org", "python.org",
})


def domain_of(text: str) -> str:
    """'https://www.acme.com/x' -> 'acme.com'; 'help@acme.com' -> 'acme.com'."""
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text.strip().lower()).split("/", 1)[0].split("@")[-1]
    host = host.split(":", 1)[0]
    return host.removeprefix("www.")


def _under(name: str, domains: Iterable[str]) -> bool:
    return any(name == d or name.endswith("." + d) for d in domains if d)


def _machine_like(name: str) -> bool:
    lower = name.lower()
    if lower in _ENGLISH or _TECHNICAL.fullmatch(lower):
        return False
    parts = re.split(r"[-_.]", lower)
    if any(re.search(r"\d", p) and re.search(r"[a-z]", p) for p in parts):
        return True  # a label that mixes letters and digits: db01, web3
    if any(p.isdigit() for p in parts[1:]):
        return True  # web-3, node-07
    return sum(p in HOST_WORDS for p in parts) >= 1 and len(parts) >= 2


def host_names(text: str, own_domains: Iterable[str], *, skip: Iterable[Span] = ()) -> list[Span]:
    """Spans of host-like names that are neither the organisation's public domains nor public services."""
    # A letter field such as {{ recipient.name }} is dotted like a host name but is filled in later.
    text = mask_fields(text)
    own = {d.lower() for d in own_domains if d}
    skipped = list(skip)
    out: list[Span] = []
    for match in _DOTTED.finditer(text):
        name = match.group().lower().rstrip(".")
        labels = name.split(".")
        tld = labels[-1]
        if any(s <= match.start() < e for s, e in skipped):
            continue
        if tld in _NOT_TLDS and not (tld in _TLD_ONLY_IN_DOTTED and len(labels) > 1 and "-" in name):
            continue
        if not re.search(r"[a-z]", tld) or (all(label.isdigit() for label in labels[:-1]) and len(tld) < 2):
            continue
        if re.fullmatch(r"v?\d+(?:\.\d+)+[a-z]*", name) or re.fullmatch(r"[a-z]\.[a-z]", name):
            continue  # a version, or an abbreviation such as "e.g"
        if _under(name, own) or _under(name, PUBLIC_DOMAINS):
            continue
        out.append(match.span())
    taken = list(out)
    for match in _SINGLE.finditer(text):
        if any(s <= match.start() < e for s, e in [*skipped, *taken]):
            continue
        if _machine_like(match.group()):
            out.append(match.span())
    return sorted(out)
