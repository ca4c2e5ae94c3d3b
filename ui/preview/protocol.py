"""Frames between the app and the render worker: a length, a JSON header, a payload.

No Qt and no pickle: the worker reads only plain JSON and file text.
"""

from __future__ import annotations

import json
import struct
from dataclasses import asdict, dataclass
from typing import BinaryIO

_LENGTH = struct.Struct(">I")
# Names the folder the app made for the worker's temporary files.
SCRATCH_ENV = "POSTMORTEM_PREVIEW_SCRATCH"


@dataclass(frozen=True)
class RenderRequest:
    id: int
    text: str  # the document's file text (postmortem.fileformat.dumps)
    folder: str | None  # where its images live
    format: str  # "pdf" | "html" | "md"
    audience: str  # "customer" | "internal"
    today: str | None = None  # ISO date that decides which actions are overdue
    language: str | None = None  # one of the customer letter's translations; None: its own language
    # A mail merge's row ({"row": 3, "cells": {"email": ..., "name": ...}}): the letter as
    # the merge writes it for that recipient, instead of the export.
    recipient: dict[str, object] | None = None


def encode(header: dict[str, object], payload: bytes = b"") -> bytes:
    head = json.dumps(header).encode("utf-8")
    return _LENGTH.pack(len(head)) + head + _LENGTH.pack(len(payload)) + payload


def encode_request(request: RenderRequest) -> bytes:
    return encode(asdict(request))


def read_frame(stream: BinaryIO) -> tuple[dict[str, object], bytes] | None:
    """One frame from a blocking stream; None at end of stream."""
    head = _read_exactly(stream, _LENGTH.size)
    if head is None:
        return None
    header_bytes = _read_exactly(stream, _LENGTH.unpack(head)[0]) or b""
    size = _read_exactly(stream, _LENGTH.size)
    payload = _read_exactly(stream, _LENGTH.unpack(size)[0]) if size else b""
    return json.loads(header_bytes), payload or b""


def _read_exactly(stream: BinaryIO, count: int) -> bytes | None:
    data = b""
    while len(data) < count:
        chunk = stream.read(count - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def split_frames(buffer: bytearray) -> list[tuple[dict[str, object], bytes]]:
    """Take every complete frame off the front of `buffer` (for a non-blocking reader)."""
    frames = []
    while True:
        if len(buffer) < _LENGTH.size:
            break
        head_len = _LENGTH.unpack_from(buffer, 0)[0]
        start = _LENGTH.size + head_len
        if len(buffer) < start + _LENGTH.size:
            break
        size = _LENGTH.unpack_from(buffer, start)[0]
        end = start + _LENGTH.size + size
        if len(buffer) < end:
            break
        header = json.loads(bytes(buffer[_LENGTH.size : start]))
        payload = bytes(buffer[start + _LENGTH.size : end])
        del buffer[:end]
        frames.append((header, payload))
    return frames
