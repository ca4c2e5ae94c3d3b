"""What the letter's translations cost: the letter in German against the original, side by side.

Measured in one process, warm (the first export of each kind is not timed):
- `in_language`: the document as it reads in German (a deep copy with the texts swapped in);
- the customer PDF in English and in German (`export(..., language="de")`);
- the translation checks (`translation_findings`, `translation_leaks`) and a whole `check`, against a
  whole `check` of the same document without its translation;
- a merge of 12 recipients (2 worker processes) all in English, against the same 12 with every
  other row in German (the workers keep a second warm view for German). Run once each.

Run: `.venv/bin/python benchmarks/translation_benchmark.py [--runs N]`. Medians of N runs.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from postmortem.checks import check
from postmortem.checks.settings import Settings
from postmortem.checks.translations import translation_findings, translation_leaks
from postmortem.export import export
from postmortem.fileformat import load
from postmortem.mail.merge import merge
from postmortem.mail.recipients import read_recipients
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


def merges() -> list[tuple[str, float]]:
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for name, other in (("merge 12, all en", "en"), ("merge 12, half de", "de")):
            table = Path(folder) / f"{other}.csv"
            rows = ["email,name,language"] + [
                f"r{n}@example.org,Reader {n},{other if n % 2 else 'en'}" for n in range(12)]
            table.write_text("\n".join(rows) + "\n", "utf-8")
            start = time.perf_counter()
            merge(EXAMPLE, read_recipients(table), Path(folder) / other, formats=("pdf", "eml"), jobs=2)
            results.append((name, 1000 * (time.perf_counter() - start)))
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    document = load(EXAMPLE)
    untranslated = document.model_copy(deep=True)
    untranslated.customer_letter.translations = {}
    rows = [
        ("in_language(de)", median_ms(lambda: in_language(document, "de"), runs)),
        ("customer PDF, en", median_ms(lambda: export(document, "pdf", "customer"), runs)),
        ("customer PDF, de", median_ms(lambda: export(document, "pdf", "customer", language="de"), runs)),
        ("translation checks", median_ms(lambda: translation_findings(document), runs)),
        ("translation leaks", median_ms(lambda: translation_leaks(document, Settings().compiled()), runs)),
        ("whole check", median_ms(lambda: check(document), runs)),
        ("whole check, no de", median_ms(lambda: check(untranslated), runs)),
        *merges(),
    ]
    for name, ms in rows:
        print(f"{name:20} {ms:8.1f} ms")


if __name__ == "__main__":
    main()
