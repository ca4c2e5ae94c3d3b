"""`postmortem export --format pdf` renders in a child forked at its start: the same PDF, and
nothing left behind when the export is refused or the child dies.

Each test runs the command (or a small script) in a fresh process: a pytest process may run
threads, and `PdfChild` does not fork a process that has any.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from postmortem.export import export
from postmortem.fileformat import load, save
from postmortem.model import DataLoss

REPO = Path(__file__).resolve().parent.parent


def _run(*args: object, tmp: Path) -> subprocess.CompletedProcess[str]:
    # WeasyPrint copies the fonts into a folder under TMPDIR; a folder of the test's own shows what is left.
    env = {**os.environ, "TMPDIR": str(tmp), "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, *map(str, args)], capture_output=True, text=True, timeout=180,
                          check=False, env=env, cwd=REPO)


def test_the_command_writes_the_pdf_export_makes_and_leaves_no_fonts_behind(
    example_copy: Path, tmp_path: Path
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    out = tmp_path / "letter.pdf"
    script = (
        "import sys\n"
        "from postmortem.cli import main\n"
        "from postmortem.render.pdf_child import worth_forking\n"
        "forks = worth_forking()\n"
        "code = main(sys.argv[1:])\n"
        "print('rendered here:', 'weasyprint' in sys.modules, 'forks:', forks, 'exit:', code)\n"
    )
    result = _run("-c", script, "export", example_copy, "--format", "pdf", "--audience", "customer",
                  "-o", out, tmp=scratch)
    assert result.returncode == 0, result.stderr
    # Where a child can be forked, WeasyPrint never loads in the command's own process.
    forks = "forks: True" in result.stdout
    assert f"rendered here: {not forks} " in result.stdout, result.stdout
    assert out.read_bytes() == export(load(example_copy), "pdf", "customer")
    assert list(scratch.iterdir()) == []


def test_a_refused_letter_ends_the_child_and_leaves_nothing(example_copy: Path, tmp_path: Path) -> None:
    document = load(example_copy)
    document.impact.data_loss = DataLoss.POSSIBLE
    document.customer_letter.body += "\n\nNo data was lost."
    save(document, example_copy)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    result = _run("-m", "postmortem", "export", example_copy, "--format", "pdf", "--audience", "customer",
                  tmp=scratch)
    assert result.returncode == 1
    assert "not exported: the letter would say something false" in result.stderr
    assert "Traceback" not in result.stderr
    assert not list(example_copy.parent.glob("*.pdf"))
    assert list(scratch.iterdir()) == []


def test_a_child_that_dies_before_the_page_arrives_costs_nothing_but_time(
    example_copy: Path, tmp_path: Path
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    script = (
        "import os, signal, sys\n"
        "from postmortem.assets import AssetFolder\n"
        "from postmortem.fileformat import load\n"
        "from postmortem.render.html import letter_html\n"
        "from postmortem.render.pdf_child import PdfChild\n"
        "from postmortem.views import customer_view\n"
        "document = load(sys.argv[1])\n"
        "assets = AssetFolder(document.folder)\n"
        "page = letter_html(customer_view(document), assets)\n"
        "with PdfChild.start() as child:\n"
        "    if child._pid:\n"
        "        os.kill(child._pid, signal.SIGKILL)\n"
        "    data = child.render(page, assets, identifier=b'0' * 32)\n"
        "from postmortem.render.pdf import html_to_pdf\n"
        "print('same' if data == html_to_pdf(page, assets, identifier=b'0' * 32) else 'differs')\n"
    )
    result = _run("-c", script, example_copy, tmp=scratch)
    assert result.stdout.split() == ["same"], result.stderr


def test_a_reply_cut_short_is_rendered_again_not_taken_for_the_pdf(example_copy: Path) -> None:
    """A child killed while it writes the PDF leaves part of it in the pipe: the command must not
    write that part out as the letter. A thread plays the child here; nothing is forked."""
    import threading

    from postmortem.assets import AssetFolder
    from postmortem.render.html import letter_html
    from postmortem.render.pdf import html_to_pdf
    from postmortem.render.pdf_child import PdfChild
    from postmortem.views import customer_view

    document = load(example_copy)
    assets = AssetFolder(document.folder)
    page = letter_html(customer_view(document), assets)
    whole = html_to_pdf(page, assets, identifier=b"0" * 32)
    job_read, job_write = os.pipe()
    pdf_read, pdf_write = os.pipe()

    def cut_short() -> None:
        while os.read(job_read, 65536):
            pass
        os.write(pdf_write, b"P" + len(whole).to_bytes(8, "big") + whole[: len(whole) // 2])
        os.close(pdf_write)
        os.close(job_read)

    child = PdfChild()
    child._to_child = os.fdopen(job_write, "wb")
    child._from_child = os.fdopen(pdf_read, "rb")
    playing = threading.Thread(target=cut_short)
    playing.start()
    data = child.render(page, assets, identifier=b"0" * 32)
    playing.join()
    assert data == whole
