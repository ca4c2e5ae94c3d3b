"""`postmortem merge -`: the app hands the document it shows to the merge in memory, so no copy
of it (internal notes and all) is ever written to disk; and a merge killed outright leaves no
rendering worker behind holding the document."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from mail_helpers import EXAMPLE, REPO, SECRETS, pdf_text, secret_document

from postmortem.fileformat import dumps

pytestmark = pytest.mark.timeout(300)


def merge(*args: str, stdin: bytes = b"",
          wait: bool = True) -> subprocess.CompletedProcess[bytes] | subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "postmortem", "merge", *args]
    if not wait:
        process = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        assert process.stdin is not None
        process.stdin.write(stdin)
        process.stdin.close()
        return process
    return subprocess.run(command, check=False, env=env, input=stdin, capture_output=True, timeout=240)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The example's folder (its logo), the document with internal marker words, two recipients."""
    for source in EXAMPLE.parent.iterdir():
        shutil.copy(source, tmp_path / source.name)
    (tmp_path / EXAMPLE.name).write_text(dumps(secret_document()), encoding="utf-8")
    (tmp_path / "customers.csv").write_text("email,name\nana@example.org,Ana Lima\nbo@example.org,Bo Chen\n",
                                            encoding="utf-8")
    return tmp_path


def holding_secrets(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and any(s.encode() in p.read_bytes() for s in SECRETS))


def test_the_document_read_from_standard_input_makes_the_same_letters(folder: Path) -> None:
    document = folder / EXAMPLE.name
    text = document.read_bytes()
    by_file = merge(str(document), "--recipients", str(folder / "customers.csv"), "--out",
                    str(folder / "by-file"), "--jobs", "1", "--format", "pdf")
    assert by_file.returncode == 0, by_file.stderr
    given = merge("-", "--folder", str(folder), "--recipients", str(folder / "customers.csv"), "--out",
                  str(folder / "given"), "--jobs", "1", "--format", "pdf", stdin=text)
    assert given.returncode == 0, given.stderr
    assert b"2 written" in given.stdout
    # The logo came from the named folder: the letters are the same, byte for byte.
    for letter in ("0002-ana-lima.pdf", "0003-bo-chen.pdf"):
        assert (folder / "given" / letter).read_bytes() == (folder / "by-file" / letter).read_bytes()
    # Without a folder no file at all is read for the letter: it has no logo, and still its words.
    bare = merge("-", "--recipients", str(folder / "customers.csv"), "--out", str(folder / "bare"),
                 "--jobs", "1", "--format", "pdf", stdin=text)
    assert bare.returncode == 0, bare.stderr
    alone = (folder / "bare" / "0002-ana-lima.pdf").read_bytes()
    with_logo = (folder / "given" / "0002-ana-lima.pdf").read_bytes()
    assert alone != with_logo and pdf_text(alone) == pdf_text(with_logo)
    assert holding_secrets(folder) == [EXAMPLE.name]


def test_bad_input_on_standard_input_is_one_line_naming_it(folder: Path) -> None:
    broken = merge("-", "--recipients", str(folder / "customers.csv"), "--out", str(folder / "out"),
                   stdin=b"schema: 3\ntitle: [unclosed\n")
    assert broken.returncode == 2
    assert broken.stderr.decode().startswith("error: standard input") and broken.stderr.count(b"\n") == 1
    nowhere = merge("-", "--folder", str(folder / "nowhere"), "--recipients", str(folder / "customers.csv"),
                    "--out", str(folder / "out"), stdin=(folder / EXAMPLE.name).read_bytes())
    assert nowhere.returncode == 2
    assert nowhere.stderr.decode() == f"error: --folder {folder / 'nowhere'}: not a folder\n"
    assert not (folder / "out").exists()


def test_a_merge_killed_outright_leaves_no_worker_behind(folder: Path) -> None:
    many = folder / "many.csv"
    many.write_text("email,name\n" + "".join(f"c{n:02}@example.org,Customer {n}\n" for n in range(60)),
                    encoding="utf-8")
    process = merge("-", "--folder", str(folder), "--recipients", str(many), "--out", str(folder / "out"),
                    "--jobs", "2", "--progress-lines", stdin=(folder / EXAMPLE.name).read_bytes(), wait=False)
    assert isinstance(process, subprocess.Popen) and process.stderr is not None
    while b"progress 1 " not in process.stderr.readline():
        assert process.poll() is None, "the merge ended before writing its first letter"
    workers = psutil.Process(process.pid).children(recursive=True)
    assert len(workers) == 2
    process.kill()
    process.wait()
    def running() -> list[int]:
        return [w.pid for w in workers if w.is_running() and w.status() != psutil.STATUS_ZOMBIE]

    deadline = time.monotonic() + 30
    while running() and time.monotonic() < deadline:
        time.sleep(0.2)
    left = running()
    for pid in left:  # so that a failure leaves nothing behind either
        psutil.Process(pid).kill()
    assert left == []
    assert holding_secrets(folder) == [EXAMPLE.name]
