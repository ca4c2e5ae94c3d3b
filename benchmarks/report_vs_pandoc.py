"""The 1,000-event internal report as a PDF: ours (tagged) against pandoc + WeasyPrint, in one run.

Run from the repository root (pandoc from Debian: `apt-get install pandoc`):

    python benchmarks/report_vs_pandoc.py            # 3 rounds
    python benchmarks/report_vs_pandoc.py --rounds 1
    python benchmarks/report_vs_pandoc.py --before DIR  # also time an older checkout in DIR

Every figure is the wall-clock time of fresh processes, as a person running
the command waits for it, interleaved round by round so that the load of
a shared machine falls on all of them alike; the table gives each one's
median. The contenders, all on the same content (the large document of
`export_benchmark.py`):

- **ours, tagged**: `postmortem export --format pdf --audience internal`
  (PDF/UA-1 structure tags, the timeline chart);
- **ours, untagged**: the same HTML written without tags, for the cost of tagging;
- **before**: the same command in an older checkout (`--before`), if given;
- **pandoc + WeasyPrint**: our internal Markdown export (without its data
  section) through `pandoc -f gfm -t html5 -s`, then the `weasyprint`
  command, untagged (and with `--pdf-variant pdf/ua-1` given `--with-ua`).

The ratio is ours divided by pandoc + WeasyPrint: below 1, ours is faster.
CPU seconds (user + system of the child processes) are given too: on a
shared machine they move far less with the load than wall-clock time.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from export_benchmark import EXAMPLE, large_document

from postmortem.export import export
from postmortem.fileformat import load, save

REPO = Path(__file__).resolve().parent.parent

UNTAGGED = """
import sys
from postmortem.fileformat import load
from postmortem.export import _identifier
from postmortem.assets import AssetFolder
from postmortem.render.html import report_html
from postmortem.render.pdf import html_to_pdf
from postmortem.views import internal_view
document = load(sys.argv[1])
assets = AssetFolder(document.folder)
html = report_html(internal_view(document), assets)
data = html_to_pdf(html, assets, identifier=_identifier(document, "internal", None), tagged=False)
open(sys.argv[2], "wb").write(data)
"""


CPU: dict[str, list[float]] = {}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], cwd: Path | None = None) -> float:
    """Wall-clock seconds of `command`; its CPU seconds are added to `timed.cpu`."""
    started, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(command, check=True, capture_output=True, cwd=cwd)
    timed.cpu += _children_cpu() - cpu  # type: ignore[attr-defined]
    return time.perf_counter() - started


timed.cpu = 0.0  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before", type=Path, help="an older checkout to time the same export in")
    parser.add_argument("--with-ua", action="store_true", help="also pandoc + WeasyPrint with pdf/ua-1")
    args = parser.parse_args()
    if not shutil.which("pandoc"):
        print("error: pandoc is not installed (apt-get install pandoc)", file=sys.stderr)
        return 2
    weasyprint = str(Path(sys.executable).with_name("weasyprint"))
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        source = folder / "large.postmortem"
        shutil.copy(EXAMPLE.with_name("logo.svg"), folder / "logo.svg")
        save(large_document(), source)
        markdown = export(load(source), "md", "internal").decode()
        # pandoc gets the readable report alone, without the front matter for `postmortem import`.
        markdown = markdown.split("\n---\n\n", 1)[1]
        (folder / "large.md").write_text(markdown, encoding="utf-8")
        html = folder / "pandoc.html"

        def pandoc_weasy(*extra: str) -> float:
            title = "--metadata=title:Multi-region database failover"
            spent = timed(
                ["pandoc", "-f", "gfm", "-t", "html5", "-s", title, str(folder / "large.md"), "-o", str(html)]
            )
            return spent + timed([weasyprint, *extra, str(html), str(folder / "pandoc.pdf")])

        runs: dict[str, list[float]] = {}
        contenders = {
            "ours, tagged": lambda: timed(
                [
                    python,
                    "-m",
                    "postmortem",
                    "export",
                    str(source),
                    "--format",
                    "pdf",
                    "--audience",
                    "internal",
                    "-o",
                    str(folder / "ours.pdf"),
                ],
                cwd=REPO,
            ),
            "ours, untagged": lambda: timed(
                [python, "-c", UNTAGGED, str(source), str(folder / "plain.pdf")], cwd=REPO
            ),
            "pandoc + WeasyPrint": pandoc_weasy,
        }
        if args.with_ua:
            contenders["pandoc + WeasyPrint, pdf/ua-1"] = lambda: pandoc_weasy("--pdf-variant", "pdf/ua-1")
        if args.before:
            # An older checkout may not read files the current one writes:
            # it saves the same document in its own format.
            old_source = folder / "before" / "large.postmortem"
            old_source.parent.mkdir()
            shutil.copy(EXAMPLE.with_name("logo.svg"), old_source.parent / "logo.svg")
            maker = (
                "import sys; from export_benchmark import large_document; "
                "from postmortem.fileformat import save; save(large_document(), sys.argv[1])"
            )
            env = {**os.environ, "PYTHONPATH": f"{args.before}/benchmarks:{args.before}"}
            subprocess.run([python, "-c", maker, str(old_source)], check=True, cwd=args.before, env=env)
            contenders["before (untagged)"] = lambda: timed(
                [
                    python,
                    "-m",
                    "postmortem",
                    "export",
                    str(old_source),
                    "--format",
                    "pdf",
                    "--audience",
                    "internal",
                    "-o",
                    str(folder / "before.pdf"),
                ],
                cwd=args.before,
            )
        for round_number in range(args.rounds):
            for name, run in contenders.items():
                timed.cpu = 0.0  # type: ignore[attr-defined]
                runs.setdefault(name, []).append(run())
                CPU.setdefault(name, []).append(timed.cpu)  # type: ignore[attr-defined]
                print(
                    f"  round {round_number + 1}: {name} {runs[name][-1]:.2f} s wall, "
                    f"{CPU[name][-1]:.2f} s CPU",
                    file=sys.stderr,
                )
        pandoc = statistics.median(runs["pandoc + WeasyPrint"])
        pandoc_cpu = statistics.median(CPU["pandoc + WeasyPrint"])
        print("| contender | median wall s | runs | × pandoc + WeasyPrint | median CPU s | × (CPU) |")
        print("| --- | --- | --- | --- | --- | --- |")
        for name, times in runs.items():
            median, cpu = statistics.median(times), statistics.median(CPU[name])
            shown = ", ".join(f"{t:.1f}" for t in times)
            ratios = f"{median / pandoc:.2f} | {cpu:.2f} | {cpu / pandoc_cpu:.2f}"
            print(f"| {name} | {median:.2f} | {shown} | {ratios} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
