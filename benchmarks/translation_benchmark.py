"""What the letter's translations cost: the letter in German against the original, side by side.

Measured in one process, warm (the first export of each kind is not timed):
- `in_language`: the document as it reads in German (a deep copy with the texts swapped in);
- the customer PDF in English and in German (`export(..., language="de")`);
- the translation checks (`translation_findings`) and a whole `check`.

Run: `.venv/bin/python benchmarks/translation_benchmark.py [--runs N]`. Medians of N runs.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from postmortem.checks import check
from postmortem.checks.translations import translation_findings
from postmortem.export import export
from postmortem.fileformat import load
from postmortem.translations.reading import in_language

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "raid-outage" / "raid-outage.postmortem"


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    document = load(EXAMPLE)
    rows = [
        ("in_language(de)", median_ms(lambda: in_language(document, "de"), runs)),
        ("customer PDF, en", median_ms(lambda: export(document, "pdf", "customer"), runs)),
        ("customer PDF, de", median_ms(lambda: export(document, "pdf", "customer", language="de"), runs)),
        ("translation checks", median_ms(lambda: translation_findings(document), runs)),
        ("whole check", median_ms(lambda: check(document), runs)),
    ]
    for name, ms in rows:
        print(f"{name:20} {ms:8.1f} ms")


if __name__ == "__main__":
    main()
