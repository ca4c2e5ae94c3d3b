"""Write a Slack channel export in Slack's own layout, for the import tests and the benchmark.

    python tests/data/imports/make_slack_export.py OUT_FOLDER [MESSAGES] [DAYS]

Layout as Slack's workspace export has it: `users.json`, `channels.json` and
`incident-db/YYYY-MM-DD.json`, each day a list of messages with `type`,
`user`, `text`, `ts` (seconds.microseconds, UTC); threads carry `thread_ts`,
`reply_count`, `reply_users`, `replies` on the parent and `thread_ts`,
`parent_user_id` on each reply; joins are `subtype: channel_join`; edited
messages carry `edited: {user, ts}`. The words are made up for this project.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

CHANNEL = "incident-db"
USERS = [
    ("U01AAA001", "mara.lind", "Mara Lind"),
    ("U01AAA002", "tobias", "Tobias Brandt"),
    ("U01AAA003", "priya.n", "Priya Natarajan"),
    ("U01AAA004", "kwame", "Kwame Mensah"),
    ("U01AAA005", "sofia.r", "Sofia Reyes"),
    ("U01AAA006", "jun", "Jun Takahashi"),
]
LINES = [
    "replica lag on the orders cluster is climbing again",
    "p99 for checkout is at {n} ms",
    "I'm draining traffic from zone b",
    "error rate back under {n} per cent",
    "can someone check the connection pool on the api tier?",
    "rolled the config back to yesterday's version",
    "the queue depth is {n}k and falling",
    "status page draft is in the doc, please review",
    "failover finished, writes are going to the new primary",
    "disk on the old primary is at {n} per cent",
    "paging the storage on-call for a second pair of eyes",
    "looks stable for the last {n} minutes",
]
START = dt.datetime(2026, 3, 9, 1, 0, tzinfo=dt.UTC)


def _ts(moment: dt.datetime, sequence: int) -> str:
    return f"{int(moment.timestamp())}.{sequence % 1_000_000:06d}"


def messages(count: int, days: int, seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    step = dt.timedelta(seconds=max(1, int(days * 86_400 * 0.9 / max(count, 1))))
    out: list[dict[str, object]] = []
    when = START
    joined: set[str] = set()
    open_threads: list[dict[str, object]] = []
    for sequence in range(count):
        when += step
        uid, _handle, _name = rng.choice(USERS)
        ts = _ts(when, sequence)
        if uid not in joined:
            joined.add(uid)
            out.append(
                {
                    "type": "message",
                    "subtype": "channel_join",
                    "user": uid,
                    "ts": ts,
                    "text": f"<@{uid}> has joined the channel",
                }
            )
            continue
        text = rng.choice(LINES).format(n=rng.randint(2, 95))
        message: dict[str, object] = {
            "type": "message",
            "user": uid,
            "text": text,
            "ts": ts,
            "client_msg_id": f"m-{sequence:06d}",
            "team": "T01TEAM",
        }
        if open_threads and rng.random() < 0.3:
            parent = rng.choice(open_threads)
            message["thread_ts"] = parent["ts"]
            message["parent_user_id"] = parent["user"]
            parent["reply_count"] = int(parent.get("reply_count", 0)) + 1  # type: ignore[call-overload]
            parent.setdefault("replies", []).append({"user": uid, "ts": ts})  # type: ignore[union-attr]
            users = parent.setdefault("reply_users", [])
            if uid not in users:  # type: ignore[operator]
                users.append(uid)  # type: ignore[union-attr]
            parent["latest_reply"] = ts
        else:
            message["thread_ts"] = ts if rng.random() < 0.15 else None
            if message["thread_ts"]:
                open_threads = [*open_threads[-4:], message]
            else:
                del message["thread_ts"]
        if rng.random() < 0.05:
            message["text"] = f"{text} (corrected)"
            message["edited"] = {"user": uid, "ts": _ts(when + dt.timedelta(seconds=30), sequence)}
        if rng.random() < 0.03:
            other = rng.choice(USERS)[0]
            message["text"] = (
                f"<@{other}> {message['text']} see <https://grafana.example.com/d/db|dashboard>"
            )
        out.append(message)
    return out


def write_export(folder: Path, count: int = 320, days: int = 2, seed: int = 7) -> Path:
    """The export's root folder; the channel's daily files are in `folder/incident-db`."""
    channel = folder / CHANNEL
    channel.mkdir(parents=True, exist_ok=True)
    users = [
        {
            "id": uid,
            "name": handle,
            "real_name": name,
            "deleted": False,
            "profile": {"real_name": name, "display_name": handle},
        }
        for uid, handle, name in USERS
    ]
    (folder / "users.json").write_text(json.dumps(users, indent=1), encoding="utf-8")
    (folder / "channels.json").write_text(
        json.dumps(
            [{"id": "C01INCDB", "name": CHANNEL, "created": 1773092400, "members": [u[0] for u in USERS]}],
            indent=1,
        ),
        encoding="utf-8",
    )
    by_day: dict[str, list[dict[str, object]]] = {}
    for message in messages(count, days, seed):
        day = dt.datetime.fromtimestamp(float(str(message["ts"])), dt.UTC).date().isoformat()
        by_day.setdefault(day, []).append(message)
    for day, listed in by_day.items():
        (channel / f"{day}.json").write_text(
            json.dumps(listed, indent=1, ensure_ascii=False), encoding="utf-8"
        )
    return folder


if __name__ == "__main__":
    target = Path(sys.argv[1])
    write_export(
        target, int(sys.argv[2]) if len(sys.argv) > 2 else 320, int(sys.argv[3]) if len(sys.argv) > 3 else 2
    )
    print(f"wrote {target}")
