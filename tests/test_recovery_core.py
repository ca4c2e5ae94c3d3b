"""The Qt-free pieces that keep work safe: snapshots, versions, locks, stamps, atomic saves."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from postmortem import fileformat
from postmortem.atomic import atomic_write
from postmortem.editing import replace_content
from postmortem.errors import DocumentError
from postmortem.model import Document
from postmortem.workspace.locking import DocumentLock, DocumentLocked, FileStamp, LockOwner, lock_path
from postmortem.workspace.processes import process_alive, process_token
from postmortem.workspace.recovery import (
    RecoveryStore,
    changed_fields,
    changed_sections,
    snapshot_key,
    spare_key,
)
from postmortem.workspace.userdirs import DATA_ENV, data_dir, recovery_dir, versions_dir
from postmortem.workspace.versions import VersionStore


def dead_pid() -> int:
    """The id of a process that has just ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def live_process() -> Iterator[subprocess.Popen[bytes]]:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    yield child
    child.kill()
    child.wait()


def rewrite_owner(path: Path, **fields: object) -> None:
    envelope = json.loads(path.read_text(encoding="utf-8"))
    envelope.update(fields)
    path.write_text(json.dumps(envelope), encoding="utf-8")


# ---------------------------------------------------------------- user folders


def test_the_data_folder_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_ENV, str(tmp_path))
    assert data_dir() == tmp_path
    assert recovery_dir() == tmp_path / "recovery"
    assert versions_dir() == tmp_path / "versions"


# ---------------------------------------------------------------- snapshots


def test_a_snapshot_round_trips_the_document(tmp_path: Path, example_copy: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    document = fileformat.load(example_copy)
    document.summary.text = "Typed before the crash: ünïcödé — and “quotes”."
    key = snapshot_key(example_copy)
    path = store.write(key, document, example_copy)
    assert path.name.endswith(".recovery.json")
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp file left behind
    (snapshot,) = store.pending()
    assert snapshot.key == key
    assert snapshot.source == example_copy.resolve()
    assert snapshot.title == document.meta.title
    assert abs(snapshot.saved_at - dt.datetime.now(dt.UTC)) < dt.timedelta(seconds=5)
    recovered = store.load(snapshot)
    assert recovered == document
    assert recovered.folder == example_copy.parent.resolve()


def test_keys_are_stable_per_file_and_unique_for_untitled(tmp_path: Path) -> None:
    assert snapshot_key(tmp_path / "a.postmortem") == snapshot_key(tmp_path / "." / "a.postmortem")
    assert snapshot_key(tmp_path / "a.postmortem") != snapshot_key(tmp_path / "b" / "a.postmortem")
    assert snapshot_key(None) != snapshot_key(None)
    assert snapshot_key(None).startswith("untitled-")
    spare = spare_key(tmp_path / "a.postmortem")
    assert spare.startswith(snapshot_key(tmp_path / "a.postmortem") + "-")


def test_pending_skips_snapshots_a_live_instance_is_writing(
    tmp_path: Path, live_process: subprocess.Popen[bytes]
) -> None:
    store = RecoveryStore(tmp_path)
    live = store.write("live", Document(), None)
    rewrite_owner(live, pid=live_process.pid, process=process_token(live_process.pid))
    crashed = store.write("crashed", Document(), None)
    rewrite_owner(crashed, pid=dead_pid())
    mine = store.write("mine", Document(), None)  # this process: the app skips its own windows' keys
    assert {s.key for s in store.pending()} == {"crashed", "mine"}
    assert mine.exists()


def test_a_reused_process_id_does_not_hide_a_crashed_snapshot(
    tmp_path: Path, live_process: subprocess.Popen[bytes]
) -> None:
    assert process_token(os.getpid())  # the start time, from psutil
    store = RecoveryStore(tmp_path)
    path = store.write("old", Document(), None)
    # The crashed writer had this id, but the process that has it now started later.
    rewrite_owner(path, pid=live_process.pid, process="start:12345.000")
    assert [s.key for s in store.pending()] == ["old"]
    assert process_alive(live_process.pid, process_token(live_process.pid))
    assert not process_alive(live_process.pid, "start:12345.000")


def test_pending_sorts_newest_first_and_ignores_junk(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    for key, stamp in (("older", "2026-01-01T10:00:00+00:00"), ("newer", "2026-01-02T10:00:00+00:00")):
        rewrite_owner(store.write(key, Document(), None), saved_at=stamp)
    (tmp_path / "broken.recovery.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "other.recovery.json").write_text('{"kind": "something-else"}', encoding="utf-8")
    assert [s.key for s in store.pending()] == ["newer", "older"]
    assert (tmp_path / "broken.recovery.json").exists()  # never deleted behind the writer's back


def test_removing_a_snapshot_twice_is_fine(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    store.write("k", Document(), None)
    store.remove("k")
    store.remove("k")
    assert store.pending() == []


def test_a_snapshot_that_cannot_be_written_is_a_document_error(tmp_path: Path) -> None:
    blocker = tmp_path / "recovery"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(DocumentError, match="recovery"):
        RecoveryStore(blocker).write("k", Document(), None)


def test_the_offer_names_the_changed_sections_and_fields(tmp_path: Path, example_copy: Path) -> None:
    store = RecoveryStore(tmp_path)
    document = fileformat.load(example_copy)
    document.summary.text = "New summary."
    document.meta.incident_id = "INC-NEW"
    document.timeline.events.pop()
    store.write(snapshot_key(example_copy), document, example_copy)
    offer = store.offer(store.pending()[0])
    assert offer.sections == ["meta", "summary", "timeline"]
    assert offer.fields == ["meta.incident_id", "summary.text", "timeline.events"]
    assert offer.saved == fileformat.load(example_copy)
    assert offer.problem == ""
    assert not offer.never_saved


def test_the_offer_for_a_never_saved_document(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    document = Document()
    document.summary.text = "Only in memory."
    store.write(snapshot_key(None), document, None)
    offer = store.offer(store.pending()[0])
    assert offer.never_saved and offer.saved is None
    assert offer.sections == ["summary"]


def test_the_offer_when_the_file_is_gone_or_broken(tmp_path: Path, example_copy: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    store.write(snapshot_key(example_copy), fileformat.load(example_copy), example_copy)
    example_copy.write_text("not: [a postmortem", encoding="utf-8")
    assert "cannot be read" in store.offer(store.pending()[0]).problem
    example_copy.unlink()
    assert store.offer(store.pending()[0]).problem == "the file is no longer there"


def test_replace_content_keeps_the_object_and_its_folder(
    example_copy: Path, sample_document: Document
) -> None:
    target = fileformat.load(example_copy)
    folder = target.folder
    replace_content(target, sample_document)
    assert target == sample_document
    assert target.folder == folder
    sample_document.summary.text = "changed afterwards"
    assert target.summary.text != "changed afterwards"  # a copy, not shared


def test_changed_sections_and_fields_of_equal_documents_are_empty(sample_document: Document) -> None:
    copy = sample_document.model_copy(deep=True)
    assert changed_sections(sample_document, copy) == []
    assert changed_fields(sample_document, copy) == []


# ---------------------------------------------------------------- versions


def test_versions_keep_what_each_save_replaced(tmp_path: Path, example_copy: Path) -> None:
    store = VersionStore(tmp_path / "versions")
    first = example_copy.read_bytes()
    os.utime(example_copy, (1_700_000_000, 1_700_000_000))
    version = store.record(example_copy)
    assert version is not None
    assert version.path.read_bytes() == first
    assert version.written_at == dt.datetime.fromtimestamp(1_700_000_000, dt.UTC)
    assert store.record(example_copy) is None  # same bytes: nothing new to keep
    document = fileformat.load(example_copy)
    document.summary.text = "Second."
    fileformat.save(document, example_copy)
    store.record(example_copy)
    listed = store.list(example_copy)
    assert [v.size for v in listed] == [example_copy.stat().st_size, len(first)]
    assert listed[0].saved_at > listed[1].saved_at
    assert listed[1].written_at == dt.datetime.fromtimestamp(1_700_000_000, dt.UTC)
    assert listed[0].load().summary.text == "Second."
    assert listed[0].load().folder == example_copy.parent.resolve()  # its logo is found


def test_only_the_last_versions_are_kept(tmp_path: Path, example_copy: Path) -> None:
    store = VersionStore(tmp_path, keep=20)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    for n in range(23):
        example_copy.write_bytes(example_copy.read_bytes() + f"# {n}\n".encode())
        store.record(example_copy, now=start + dt.timedelta(minutes=n))
    listed = store.list(example_copy)
    assert len(listed) == 20
    assert listed[0].saved_at == start + dt.timedelta(minutes=22)
    assert listed[-1].saved_at == start + dt.timedelta(minutes=3)


def test_no_version_of_a_file_that_does_not_exist_yet(tmp_path: Path) -> None:
    assert VersionStore(tmp_path).record(tmp_path / "new.postmortem") is None


# ---------------------------------------------------------------- locks


def test_a_lock_is_taken_and_released(example_copy: Path) -> None:
    lock = DocumentLock(example_copy)
    assert lock.acquire()
    data = json.loads(lock_path(example_copy).read_text(encoding="utf-8"))
    assert data["pid"] == os.getpid() and data["host"] == socket.gethostname()
    assert [p.name for p in example_copy.parent.iterdir() if p.name.endswith(".tmp")] == []
    lock.release()
    assert not lock_path(example_copy).exists()


def test_a_second_lock_in_the_same_process_is_refused(example_copy: Path) -> None:
    first = DocumentLock(example_copy)
    first.acquire()
    with pytest.raises(DocumentLocked) as caught:
        DocumentLock(example_copy).acquire()
    assert f"process {os.getpid()}" in str(caught.value)
    first.release()


def test_a_lock_held_by_another_live_process_is_refused(
    example_copy: Path, live_process: subprocess.Popen[bytes]
) -> None:
    owner = LockOwner(live_process.pid, socket.gethostname(), "ana", "2026-11-06T09:15:00+01:00")
    lock_path(example_copy).write_text(json.dumps(owner.__dict__), encoding="utf-8")
    with pytest.raises(DocumentLocked) as caught:
        DocumentLock(example_copy).acquire()
    assert caught.value.owner == owner
    since = f"{dt.datetime(2026, 11, 6, 8, 15, tzinfo=dt.UTC).astimezone():%Y-%m-%d %H:%M}"
    host = socket.gethostname()
    assert str(caught.value).endswith(
        f"already open by ana on {host} (process {live_process.pid}, since {since})"
    )
    assert DocumentLock(example_copy).owner() == owner


def test_a_stale_lock_is_taken_over(example_copy: Path) -> None:
    stale = LockOwner(dead_pid(), socket.gethostname(), "ana", "2026-11-06T09:15:00+01:00")
    lock_path(example_copy).write_text(json.dumps(stale.__dict__), encoding="utf-8")
    assert DocumentLock(example_copy).owner() is None
    lock = DocumentLock(example_copy)
    assert lock.acquire()
    assert json.loads(lock_path(example_copy).read_text(encoding="utf-8"))["pid"] == os.getpid()
    assert sorted(p.name for p in example_copy.parent.iterdir()) == sorted(
        ["logo.svg", example_copy.name, lock_path(example_copy).name]
    )
    lock.release()


def test_a_lock_from_another_host_is_respected(example_copy: Path) -> None:
    remote = LockOwner(1, "some-other-host", "ana", "2026-11-06T09:15:00+01:00")
    lock_path(example_copy).write_text(json.dumps(remote.__dict__), encoding="utf-8")
    with pytest.raises(DocumentLocked, match="some-other-host"):
        DocumentLock(example_copy).acquire()


def test_releasing_never_removes_someone_elses_lock(example_copy: Path) -> None:
    lock = DocumentLock(example_copy)
    lock.acquire()
    other = LockOwner(1, "some-other-host", "ana", "2026-11-06T09:15:00+01:00")
    lock_path(example_copy).write_text(json.dumps(other.__dict__), encoding="utf-8")
    lock.release()
    assert lock_path(example_copy).exists()


# ---------------------------------------------------------------- stamps


def test_a_stamp_notices_an_atomic_replace_and_ignores_a_touch(example_copy: Path) -> None:
    stamp = FileStamp.of(example_copy)
    assert stamp is not None and not stamp.changed_on_disk(example_copy)
    os.utime(example_copy)  # same bytes, new time: not a change
    assert not stamp.changed_on_disk(example_copy)
    atomic_write(example_copy, example_copy.read_bytes() + b"# edited elsewhere\n")
    assert stamp.changed_on_disk(example_copy)
    example_copy.unlink()
    assert stamp.changed_on_disk(example_copy)


# ---------------------------------------------------------------- atomic saves


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "the disk is read-only"),
        (errno.EACCES, "you may not write in"),
    ],
)
def test_a_failed_save_says_why_plainly_and_leaves_the_file(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    before = example_copy.read_bytes()

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(DocumentError) as caught:
        atomic_write(example_copy, b"new")
    message = str(caught.value)
    assert words in message and os.strerror(code) in message and "\n" not in message
    assert example_copy.read_bytes() == before


def test_a_save_into_a_deleted_folder_says_so(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "a.postmortem"
    with pytest.raises(DocumentError, match=r"cannot save: the folder .*gone no longer exists"):
        atomic_write(target, b"data")
