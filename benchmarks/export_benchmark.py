"""Export speed and memory, for the example and for a large generated postmortem.

Run from the repository root:

    python benchmarks/export_benchmark.py          # example and large document
    python benchmarks/export_benchmark.py --quick  # example only

Cold: a fresh `python -c` process imports the package, loads the file and
exports it, as `postmortem export` does; its wall-clock time is measured from
outside, its peak RSS from inside (resource.getrusage). Warm: in this
process, the document already loaded and one export already done, best of 3.
See benchmarks/README.md for the targets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from postmortem.export import export
from postmortem.fileformat import load, save
from postmortem.model import (
    ActionItem,
    ActionItems,
    ActionStatus,
    Category,
    CustomerLetter,
    DataLoss,
    Document,
    EventKind,
    Impact,
    Lessons,
    Meta,
    Organisation,
    Person,
    Priority,
    RootCause,
    Severity,
    Status,
    Summary,
    Timeline,
    TimelineEvent,
    Why,
)

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "raid-outage" / "raid-outage.postmortem"
FORMATS = ("md", "html", "pdf")
AUDIENCES = ("customer", "internal")
WARM_RUNS = 3

# (document, audience) -> (cold seconds, warm seconds, peak MB); None: no target.
TARGETS = {
    ("example", "customer"): (1.5, 0.5, None),
    ("large", "internal"): (6.0, None, 300.0),
}

# The child reports its peak RSS in kB. On Linux, getrusage's ru_maxrss
# carries over the parent's high-water mark through fork and exec, so it is
# read from /proc/self/status (VmHWM, the peak of this process image alone).
CHILD = """
import sys, time
started = time.perf_counter()
import resource
from postmortem.export import export
from postmortem.fileformat import load
data = export(load(sys.argv[1]), sys.argv[2], sys.argv[3])
elapsed = time.perf_counter() - started
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak = peak // 1024 if sys.platform == "darwin" else peak
print(elapsed, peak, len(data))
"""

VOCABULARY = (
    "the storage array controller replica database backup restore runbook on-call engineer paged "
    "latency error rate queue worker deploy rollback customer request timeout region failover cache "
    "certificate load balancer disk partition index migration alert threshold dashboard capacity "
    "we noticed that after before during because so while until when and then which"
)
WORDS = VOCABULARY.split()


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    if rng.random() < 0.3:
        i = rng.randrange(len(words))
        words[i] = rng.choice([f"**{words[i]}**", f"`{words[i]}`", f"*{words[i]}*"])
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng, 8, 22) for _ in range(sentences))


def _prose(rng: random.Random, paragraphs: int, sentences: int = 6) -> str:
    return "\n\n".join(_paragraph(rng, sentences) for _ in range(paragraphs))


def large_document(seed: int = 2026) -> Document:
    """1,000 timeline events, 300 action items and long prose, the same every time."""
    rng = random.Random(seed)
    zone = dt.timezone(dt.timedelta(hours=-5))
    start = dt.datetime(2026, 1, 12, 22, 0, tzinfo=zone)
    kinds = [EventKind.ACTION, EventKind.COMMUNICATION, EventKind.ESCALATION, EventKind.OTHER]
    events = [TimelineEvent(time=start, kind=EventKind.TRIGGER, customer_visible=True,
                            description=_paragraph(rng, 2))]
    for i in range(1, 1000):
        kind = {30: EventKind.DETECTION, 700: EventKind.MITIGATION, 999: EventKind.RESOLUTION}.get(
            i, rng.choice(kinds)
        )
        description = _paragraph(rng, rng.randint(1, 4))
        if rng.random() < 0.1:
            description += "\n\n" + "\n".join(f"- {_sentence(rng, 3, 8)}" for _ in range(3))
        events.append(TimelineEvent(time=start + dt.timedelta(minutes=3 * i), kind=kind,
                                    customer_visible=rng.random() < 0.05, description=description))
    owners = ["Priya Natarajan", "Lukas Brandt", "Chen Wei", "Amara Okoye", "Diego Alvarez"]
    items = [
        ActionItem(
            title=_sentence(rng, 4, 10).rstrip("."),
            description=_paragraph(rng, rng.randint(1, 3)),
            owner=rng.choice(owners),
            due=dt.date(2026, 2, 1) + dt.timedelta(days=rng.randint(0, 240)),
            priority=rng.choice(list(Priority)),
            category=rng.choice(list(Category)),
            status=rng.choice(list(ActionStatus)),
            tracker=f"https://tracker.example.com/REL-{1000 + i}",
            customer_promised=i % 25 == 0,
        )
        for i in range(300)
    ]
    authors = [Person(name=name, title="Engineer", email=f"{name.split()[0].lower()}@example.com",
                      bio=_paragraph(rng, 3)) for name in owners]
    return Document(
        meta=Meta(
            title="Multi-region database failover and a three-day partial outage",
            incident_id="INC-2026-101",
            severity=Severity.SEV1,
            status=Status.IN_REVIEW,
            date=dt.date(2026, 1, 30),
            time_zone="America/Chicago",
            organisation=Organisation(name="Example Systems", logo="logo.svg",
                                      contact_email="support@example.com", website="https://example.com"),
            authors=authors,
            reviewers=authors[:2],
            tags=["database", "failover", "replication"],
            internal_notes=_prose(rng, 3),
        ),
        summary=Summary(text=_prose(rng, 6), internal_notes=_prose(rng, 2)),
        timeline=Timeline(events=events, internal_notes=_prose(rng, 3)),
        impact=Impact(
            start=start, end=events[-1].time, services=[f"Service {n}" for n in range(12)],
            customers_affected="Most customers in North America", customers_affected_percent=64.0,
            description=_prose(rng, 5), data_loss=DataLoss.POSSIBLE, data_loss_details=_prose(rng, 2),
            data_loss_start=start, data_loss_end=events[700].time,
            customer_actions=_prose(rng, 1), sla_notes=_prose(rng, 2), internal_notes=_prose(rng, 2),
        ),
        root_cause=RootCause(
            trigger=_prose(rng, 2),
            root_causes=[_paragraph(rng, 3) for _ in range(10)],
            contributing_factors=[_paragraph(rng, 2) for _ in range(20)],
            five_whys=[Why(question=_sentence(rng, 6, 12), answer=_paragraph(rng, 2)) for _ in range(5)],
            detection_analysis=_prose(rng, 3),
            response_analysis=_prose(rng, 4),
            internal_notes=_prose(rng, 3),
        ),
        lessons=Lessons(
            went_well=[_paragraph(rng, 2) for _ in range(15)],
            went_wrong=[_paragraph(rng, 2) for _ in range(15)],
            got_lucky=[_paragraph(rng, 2) for _ in range(8)],
        ),
        action_items=ActionItems(items=items, internal_notes=_prose(rng, 2)),
        customer_letter=CustomerLetter(
            date=dt.date(2026, 1, 30), reference="Re: Service disruption of 12 to 15 January",
            body="\n\n".join((
                _prose(rng, 5), "{{ timeline }}", _paragraph(rng, 3), "{{ data_loss }}",
                "{{ customer_action }}", _paragraph(rng, 3), _prose(rng, 2), "{{ promises }}",
                _paragraph(rng, 2),
            )),
            signer=owners[0],
            include_bio=True,
        ),
    )


@dataclass
class Row:
    document: str
    audience: str
    file_format: str
    size: int
    cold: float
    cold_inside: float
    peak_mb: float
    warm: float

    def verdict(self) -> str:
        cold, warm, peak = TARGETS.get((self.document, self.audience), (None, None, None))
        over = [
            name
            for name, value, limit in (("cold", self.cold, cold), ("warm", self.warm, warm),
                                       ("memory", self.peak_mb, peak))
            if limit is not None and value > limit
        ]
        if (self.document, self.audience) not in TARGETS:
            return ""
        return "ok" if not over else "OVER: " + ", ".join(over)


def _peak_mb(raw: int) -> float:
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    return raw / (2**20 if sys.platform == "darwin" else 2**10)


def cold_run(path: Path, file_format: str, audience: str) -> tuple[float, float, float]:
    """(wall seconds seen from outside, seconds inside the process, peak RSS in MB)."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), file_format, audience],
        capture_output=True, text=True, check=True,
    )
    wall = time.perf_counter() - started
    inside, peak_kb, _size = result.stdout.split()
    return wall, float(inside), int(peak_kb) / 1024


def warm_run(document: Document, file_format: str, audience: str) -> tuple[float, int]:
    """(best of WARM_RUNS seconds, output size), after one untimed export."""
    size = len(export(document, file_format, audience))
    best = float("inf")
    for _ in range(WARM_RUNS):
        started = time.perf_counter()
        export(document, file_format, audience)
        best = min(best, time.perf_counter() - started)
    return best, size


def measure(name: str, path: Path) -> list[Row]:
    document = load(path)
    rows = []
    for audience in AUDIENCES:
        for file_format in FORMATS:
            cold, inside, peak = cold_run(path, file_format, audience)
            warm, size = warm_run(document, file_format, audience)
            rows.append(Row(name, audience, file_format, size, cold, inside, peak, warm))
            print(f"  measured {name} {audience} {file_format}", file=sys.stderr)
    return rows


def table(rows: list[Row]) -> str:
    head = ("document", "audience", "format", "output", "cold s", "(inside)", "peak MB", "warm s", "target")
    lines = [
        (r.document, r.audience, r.file_format, f"{r.size / 1024:,.0f} KB", f"{r.cold:.2f}",
         f"{r.cold_inside:.2f}", f"{r.peak_mb:.0f}", f"{r.warm:.3f}", r.verdict())
        for r in rows
    ]
    widths = [max(len(str(cell)) for cell in column) for column in zip(head, *lines, strict=True)]
    out = []
    for cells in (head, *lines):
        out.append("  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the example only")
    args = parser.parse_args()

    print(f"Python {sys.version.split()[0]} on {sys.platform}; warm = best of {WARM_RUNS}", file=sys.stderr)
    rows = measure("example", EXAMPLE)
    if not args.quick:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "large.postmortem"
            shutil.copy(EXAMPLE.with_name("logo.svg"), Path(folder) / "logo.svg")
            started = time.perf_counter()
            save(large_document(), path)
            elapsed = time.perf_counter() - started
            print(f"  generated {path.stat().st_size / 2**20:.1f} MB in {elapsed:.1f} s", file=sys.stderr)
            rows += measure("large", path)
    print(table(rows))
    peak_here = _peak_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    print(f"\npeak RSS of this (warm) process: {peak_here:.0f} MB")
    print("targets: letter (example, customer) cold < 1.5 s, warm < 0.5 s; "
          "large internal report cold < 6 s, peak < 300 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
