"""What reading the product's catalogs costs: the .po parsed and compiled by Babel at first use
(what postmortem.i18n does) against the obvious alternative, a .mo compiled at build time and
opened with the standard library's gettext.

Each figure is a fresh process (imports warm in the OS cache), timing only the load of one
catalog, median of --runs. Not a test: figures depend on the machine.

    .venv/bin/python benchmarks/catalog_benchmark.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FROM_PO = """
import time
from postmortem.i18n import catalogs
import babel.messages.pofile, babel.messages.mofile
start = time.perf_counter()
tr = catalogs.translator({language!r})
assert tr.gettext("Page {{page}} of {{pages}}") != "Page {{page}} of {{pages}}" or {language!r} == "en"
print(time.perf_counter() - start)
"""

FROM_MO = """
import time, gettext
start = time.perf_counter()
with open({path!r}, "rb") as handle:
    tr = gettext.GNUTranslations(handle)
assert tr.gettext("Page {{page}} of {{pages}}")
print(time.perf_counter() - start)
"""

FIRST_EXPORT = """
import time
from postmortem import fileformat
from postmortem.export import export
from postmortem.assets import example_path
doc = fileformat.load(example_path())
export(doc, "html", "internal")  # warm: templates, views, Babel's own data for English
doc.meta.language = {language!r}
start = time.perf_counter()
export(doc, "html", "internal")
print(time.perf_counter() - start)
"""


def median_ms(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                             check=True)
        times.append(float(out.stdout.strip()) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    print("| language | .po via Babel at first use | prebuilt .mo via gettext | report HTML in it, "
          "after a warm English one |")
    print("| --- | --- | --- | --- |")
    english = median_ms(FIRST_EXPORT.format(language="en"), max(3, args.runs // 2))
    print(f"| en | | | {english:.0f} ms |", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        for language in ("de", "ja", "ar"):
            po = ROOT / "postmortem" / "locale" / language / "LC_MESSAGES" / "postmortem.po"
            mo = Path(folder) / f"{language}.mo"
            with po.open("rb") as source, mo.open("wb") as target:
                write_mo(target, read_po(source))
            from_po = median_ms(FROM_PO.format(language=language), args.runs)
            from_mo = median_ms(FROM_MO.format(path=str(mo)), args.runs)
            first = median_ms(FIRST_EXPORT.format(language=language), max(3, args.runs // 2))
            print(f"| {language} | {from_po:.1f} ms | {from_mo:.2f} ms | {first:.0f} ms |", flush=True)


if __name__ == "__main__":
    main()
