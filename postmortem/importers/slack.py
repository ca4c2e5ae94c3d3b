"""A Slack channel export: the folder (or zip) of one channel's daily JSON files.

Slack's export holds `users.json`, `channels.json` and a folder per channel
with one `YYYY-MM-DD.json` per day: a list of messages with `ts` (seconds
since 1970, UTC), `user`, `text`, and for threads `thread_ts` (the parent's
`ts`), `reply_count` and `replies`; `subtype` marks joins (`channel_join`),
bots and topic changes; `edited` marks an edited message.

Each top-level message becomes an internal event at its UTC instant; a
thread becomes one event with its replies listed in the description.
Authors are people: their names stay in these internal events only.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from postmortem.errors import DocumentError
from postmortem.importers.result import Finding, Imported, ImportedEvent, Where
from postmortem.importers.source import MAX_BYTES, Options, decode, parse_json, read_bytes
from postmortem.model import EventKind, TimelineEvent
from postmortem.text import clean_markdown

_DAY_FILE = re.compile(r"^\d{4}-\d{2}-\d{2}\.json$")
_LINK = re.compile(r"<([^<>|]+)(?:\|([^<>]*))?>")
_ZIP_LIMIT = 4 * MAX_BYTES
_KINDS = {"channel_join": EventKind.ESCALATION}
# Slack writes "<@U1> has joined the channel"; the name is said once, plainly.
_JOINS = {"channel_join": "joined the channel", "channel_leave": "left the channel"}
Progress = Callable[[int, int], None]


def _files(path: Path) -> dict[str, Callable[[], bytes]]:
    """Name (posix, relative) -> reader, for a folder or a zip."""
    if path.is_dir():
        return {
            p.relative_to(path).as_posix(): functools.partial(read_bytes, p)
            for p in sorted(path.rglob("*.json"))
            if p.is_file()
        }
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise DocumentError(path, f"is not a readable zip file: {error}") from None
    infos = [i for i in archive.infolist() if i.filename.endswith(".json") and not i.is_dir()]
    if sum(i.file_size for i in infos) > _ZIP_LIMIT:
        raise DocumentError(
            path, f"unpacks to more than {_ZIP_LIMIT // 2**20} MB of JSON; unpack one channel"
        )

    def reader(info: zipfile.ZipInfo) -> Callable[[], bytes]:
        def read() -> bytes:
            with archive.open(info) as member:
                data = member.read(info.file_size + 1)
            if len(data) > info.file_size:
                raise DocumentError(f"{path}/{info.filename}", "is larger than the zip says")
            return data

        return read

    return {i.filename: reader(i) for i in infos}


def read_slack(path: Path, options: Options, progress: Progress | None = None) -> Imported:
    files = _files(path)
    days = sorted(name for name in files if _DAY_FILE.match(PurePosixPath(name).name))
    folders = sorted({str(PurePosixPath(name).parent) for name in days})
    if not days:
        raise DocumentError(path, "holds no daily YYYY-MM-DD.json files of a Slack channel export")
    if len(folders) > 1:
        raise DocumentError(
            path, f"holds {len(folders)} channels ({', '.join(folders[:5])}); import one channel's folder"
        )
    users = _users(files, path)
    messages: list[tuple[dict[str, Any], Where]] = []
    for done, name in enumerate(days, start=1):
        label = f"{path}/{name}" if not path.is_dir() else str(path / name)
        day = parse_json(decode(files[name](), label), label)
        if not isinstance(day, list):
            raise DocumentError(label, "is not a list of messages", line=1)
        messages += [
            (m, Where(label, item=f"message {i}")) for i, m in enumerate(day, 1) if isinstance(m, dict)
        ]
        if progress:  # reading is the first half of the work, making events the second
            progress(done, 2 * len(days))

    def step(share: float) -> None:
        if progress:
            progress(len(days) + int(share * len(days)), 2 * len(days))

    return _events(messages, users, path, options, step)


def _users(files: dict[str, Callable[[], bytes]], path: Path) -> dict[str, str]:
    name = next((n for n in files if PurePosixPath(n).name == "users.json"), None)
    if name is None:
        return {}
    data = parse_json(decode(files[name](), f"{path}/{name}"), f"{path}/{name}")
    users: dict[str, str] = {}
    for user in data if isinstance(data, list) else []:
        if isinstance(user, dict) and isinstance(user.get("id"), str):
            profile = user.get("profile") or {}
            users[user["id"]] = (
                profile.get("display_name")
                or user.get("real_name")
                or profile.get("real_name")
                or user.get("name")
                or user["id"]
            )
    return users


def _author(message: dict[str, Any], users: dict[str, str]) -> str:
    profile = message.get("user_profile") or {}
    user = message.get("user", "")
    return (
        users.get(user)
        or profile.get("display_name")
        or profile.get("real_name")
        or message.get("username")
        or (message.get("bot_profile") or {}).get("name")
        or user
        or "someone"
    )


def _text(message: dict[str, Any], users: dict[str, str]) -> str:
    def link(match: re.Match[str]) -> str:
        target, label = match.group(1), match.group(2)
        if target.startswith("@"):
            return "@" + (label or users.get(target[1:], target[1:]))
        if target.startswith("#"):
            return "#" + (label or target[1:])
        if target.startswith("!"):
            return "@" + (label or target[1:].split("^")[0])
        return f"[{label}]({target})" if label else target

    text = str(message.get("text") or "")
    if "<" in text:
        text = _LINK.sub(link, text)
    if "&" in text:
        text = html.unescape(text)
    for attached in message.get("files") or []:
        if isinstance(attached, dict):
            text += f" [file: {attached.get('name') or attached.get('title') or 'attachment'}]"
    if message.get("edited"):
        text += " *(edited)*"
    return text.strip()


def _moment(message: dict[str, Any]) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(float(message["ts"]), dt.UTC)
    except (KeyError, TypeError, ValueError, OverflowError):
        return None


@dataclass
class _Entry:
    message: dict[str, Any]
    where: Where
    when: dt.datetime
    replies: list[str]


def _events(
    messages: list[tuple[dict[str, Any], Where]],
    users: dict[str, str],
    path: Path,
    options: Options,
    step: Callable[[float], None],
) -> Imported:
    result = Imported(sources=[str(path)], formats=["slack"], zone=options.zone)
    parents: dict[str, _Entry] = {}
    order: list[_Entry] = []
    timed = [
        (when, message, where) for message, where in messages if (when := _moment(message)) is not None
    ]
    for message, where in messages:
        if _moment(message) is None:
            result.findings.append(Finding(where, "a message without a readable ts; not imported"))
    timed.sort(key=lambda triple: triple[0])
    for when, message, where in timed:
        ts, thread = str(message.get("ts")), message.get("thread_ts")
        if thread and thread != ts and thread in parents:
            reply = _text(message, users).replace("\n", "\n  ")
            parents[thread].replies.append(f"- {_author(message, users)} ({when:%H:%M} UTC): {reply}")
            continue
        entry = _Entry(message, where, when, [])
        parents[ts] = entry
        order.append(entry)
    for number, entry in enumerate(order):
        if number % 2000 == 0:
            step(number / len(order))
        message = entry.message
        text = _text(message, users)
        subtype = message.get("subtype", "")
        joined = _JOINS.get(subtype)
        thread = message.get("thread_ts")
        if thread and thread != message.get("ts"):
            text = f"(reply in a thread that started before this export) {text}"
        if not text and not entry.replies:
            result.findings.append(Finding(entry.where, "an empty message; not imported"))
            continue
        author = _author(message, users)
        description = f"{author} {joined}" if joined else f"{author}: {text}"
        if entry.replies:
            description += "\n\n" + "\n".join(entry.replies)
        # Built from values made here (a UTC instant, a kind, text cleaned as the
        # model cleans it), so validation would only repeat the work: a busy
        # channel has tens of thousands of messages.
        event = TimelineEvent.model_construct(
            time=entry.when,
            kind=_KINDS.get(subtype, EventKind.OTHER),
            customer_visible=False,
            description=clean_markdown(description),
        )
        result.events.append(ImportedEvent(event, entry.where, "UTC"))
    step(1.0)
    return result
