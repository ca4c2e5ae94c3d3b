"""Saving is atomic: a failed or killed save leaves the old file or the new one, never a mix."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import random
from pathlib import Path
from typing import Any

import pytest

from postmortem.atomic import atomic_write
from postmortem.errors import DocumentError
from postmortem.fileformat import dumps, loads, save
from postmortem.model import Document, EventKind, Summary, Timeline, TimelineEvent

# ---------------------------------------------------------------- atomic save


def _failing(*_args: object, **_kwargs: object) -> None:
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize(
    ("target", "name"),
    [(os, "replace"), (Path, "replace"), (os, "fsync")],
    ids=["os.replace", "Path.replace", "os.fsync"],
)
def test_failed_save_leaves_the_old_file_and_no_temp_files(
    example_copy: Path, sample_document: Document, monkeypatch: pytest.MonkeyPatch, target: object, name: str
) -> None:
    before = example_copy.read_bytes()
    listing = sorted(example_copy.parent.iterdir())
    monkeypatch.setattr(target, name, _failing)

    with pytest.raises(DocumentError) as caught:
        save(sample_document, example_copy)

    monkeypatch.undo()
    assert example_copy.read_bytes() == before
    assert sorted(example_copy.parent.iterdir()) == listing
    assert str(example_copy) in str(caught.value)
    assert "No space left on device" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_save_keeps_the_file_permissions(example_copy: Path, sample_document: Document) -> None:
    example_copy.chmod(0o600)
    save(sample_document, example_copy)
    assert example_copy.stat().st_mode & 0o777 == 0o600


def test_save_into_a_missing_folder_is_a_document_error(tmp_path: Path, sample_document: Document) -> None:
    target = tmp_path / "missing" / "incident.postmortem"
    with pytest.raises(DocumentError, match="cannot save"):
        save(sample_document, target)
    assert not target.parent.exists()


def _keep_writing(path: str, versions: tuple[bytes, bytes], ready: Any) -> None:
    # The YAML text is rendered once, outside the loop: rendering is pure
    # computation, and the kill should land while the file is being replaced.
    atomic_write(path, versions[0])
    ready.send(True)
    while True:
        for data in versions:
            atomic_write(path, data)


def _large_document(seed: int) -> Document:
    rng = random.Random(seed)
    words = ["disk", "array", "restore", "backup", "runbook", "customer", "support", "outage", "é", "日本"]
    prose = "\n\n".join(" ".join(rng.choices(words, k=120)) for _ in range(60))
    start = dt.datetime(2026, 10, 28, 2, 10, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    return Document(
        summary=Summary(text=prose),
        timeline=Timeline(
            events=[
                TimelineEvent(time=start + dt.timedelta(minutes=i), kind=rng.choice(list(EventKind)),
                              description=" ".join(rng.choices(words, k=150)))
                for i in range(800)
            ]
        ),
    )


def test_killed_save_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    documents = (_large_document(1), _large_document(2))
    versions = (dumps(documents[0]).encode(), dumps(documents[1]).encode())
    assert versions[0] != versions[1]
    assert min(len(v) for v in versions) > 500_000  # big enough that a write takes a while
    path = tmp_path / "incident.postmortem"
    rng = random.Random(20261028)
    # Fork from a single-threaded server, not from pytest (whose timeout thread
    # makes a plain fork unsafe); the server imports the writer once.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([_keep_writing.__module__])
    seen = set()
    for _trial in range(40):
        receiver, sender = context.Pipe(duplex=False)
        writer = context.Process(target=_keep_writing, args=(str(path), versions, sender), daemon=True)
        writer.start()
        try:
            assert receiver.poll(30), "the writer process did not start"
            receiver.recv()
            receiver.poll(rng.uniform(0, 0.08))  # a random moment in the writing loop
        finally:
            writer.kill()  # SIGKILL: no cleanup, no finally blocks in the writer
            writer.join()
        content = path.read_bytes()
        assert content in versions  # whole, never a mix or a prefix
        seen.add(content)
    # Each whole version loads back as the document it was written from.
    for content in seen:
        loaded = loads(content)
        assert loaded.model_dump() == documents[versions.index(content)].model_dump()
