"""The send journal: what happened to each message, kept beside the merge's outputs.

One JSON object a line, appended and flushed to disk before the next step
is taken, so that a crash or a `kill -9` loses at most the line being
written. For each message (by Message-ID) the last line counts:

- `sending`: the message's content was about to go to the server, and no
  answer was recorded. The server may or may not have accepted it, so a
  rerun does not send it again unless asked (`--resend-unconfirmed`):
  sending a letter twice is the worse mistake.
- `sent`: the server accepted it; never sent again.
- `refused`: the server refused it permanently (5xx); not retried.
- `deferred`: temporary failures outlasted the retries; a rerun tries again.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

JOURNAL_NAME = "send-journal.jsonl"
SENDING, SENT, REFUSED, DEFERRED = "sending", "sent", "refused", "deferred"
FINAL = (SENT, REFUSED)


@dataclass(frozen=True)
class Entry:
    message_id: str
    state: str
    recipient: str
    file: str
    detail: str = ""


class Journal:
    def __init__(self, folder: Path) -> None:
        self.path = folder / JOURNAL_NAME
        self.last: dict[str, Entry] = {}
        if self.path.exists():
            self._read()
            self._end_cut_line()

    def _end_cut_line(self) -> None:
        # A line cut short by a kill must not swallow the next record.
        with self.path.open("rb+") as stream:
            stream.seek(0, os.SEEK_END)
            if stream.tell():
                stream.seek(-1, os.SEEK_END)
                if stream.read(1) != b"\n":
                    stream.write(b"\n")

    def _read(self) -> None:
        with self.path.open("rb") as stream:
            for raw in stream:
                try:
                    data = json.loads(raw)
                    entry = Entry(data["id"], data["state"], data["to"], data["file"], data.get("detail", ""))
                except (ValueError, KeyError, TypeError):
                    # The last line of a killed run can be cut short.
                    continue
                self.last[entry.message_id] = entry

    def state(self, message_id: str) -> str:
        entry = self.last.get(message_id)
        return entry.state if entry else ""

    def record(self, entry: Entry) -> None:
        line = json.dumps(
            {"id": entry.message_id, "state": entry.state, "to": entry.recipient, "file": entry.file,
             "detail": entry.detail, "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")},
            ensure_ascii=False,
        )
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, (line + "\n").encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        self.last[entry.message_id] = entry
