"""Hostile inputs for the untrusted-input budget, made on the fly, and a bounded runner.

Each `make_*` function writes one hostile input into a folder and returns
the command-line arguments that feed it to `postmortem`. `run_bounded`
runs the CLI in a child process with an address-space limit and a
timeout, so a regression fails the test instead of taking the shared
machine down, and reports the child's exit code, stderr, time and peak
memory. `benchmarks/hostile_inputs.py` prints the same inputs as a table.
"""

from __future__ import annotations

import os
import re
import resource
import signal
import socket
import stat
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "raid-outage" / "raid-outage.postmortem"
EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")
FOOTER = "# End of postmortem.\n"


@dataclass(frozen=True)
class Outcome:
    code: int | None  # None: killed at the timeout
    stdout: bytes
    stderr: str
    seconds: float
    peak_mb: float

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def run_bounded(
    args: list[str],
    *,
    memory_mb: int = 500,
    timeout: float = 60.0,
    cwd: Path | None = None,
    pythonpath: Path = REPO,
) -> Outcome:
    """`python -m postmortem ARGS` with RLIMIT_AS and a wall-clock timeout; never hangs.

    The child's own peak memory comes from wait4, so each run reports its own.
    """
    limit = memory_mb * 2**20

    def limit_child() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        os.setsid()  # the timeout kills the whole group

    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    env.pop("PYTHONDEVMODE", None)
    env.pop("PYTHONWARNINGS", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        child = subprocess.Popen(
            [sys.executable, "-m", "postmortem", *args],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            preexec_fn=limit_child,  # noqa: PLW1509 - the child runs no threads before exec
            cwd=cwd or pythonpath,  # `-m` puts the working folder first on sys.path
            env=env,
        )
        code: int | None = None
        while True:
            done, status, usage = os.wait4(child.pid, os.WNOHANG)
            if done:
                code = os.waitstatus_to_exitcode(status)
                break
            if time.monotonic() - started > timeout:
                os.killpg(child.pid, signal.SIGKILL)
                _, _status, usage = os.wait4(child.pid, 0)
                break
            time.sleep(0.02)
        child.returncode = code if code is not None else -9  # keep Popen from reaping it again
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        return Outcome(code, out.read(), stderr, seconds, usage.ru_maxrss / 1024)


def run_isolated(
    fn: Callable[[], object], *, memory_mb: int = 1500, timeout: float = 60.0
) -> tuple[str, float]:
    """Run `fn` in a forked child with RLIMIT_AS and a timeout.

    Returns ("ok" | "error: <type>: <text>" | "timeout" | "killed", peak MB).
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        os.close(read_end)
        try:
            resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 2**20,) * 2)
            fn()
            result = "ok"
        except BaseException as error:  # report anything, including MemoryError
            result = f"error: {type(error).__name__}: {str(error)[:500]}"
        os.write(write_end, result.encode("utf-8", "replace"))
        os._exit(0)
    os.close(write_end)
    deadline = time.monotonic() + timeout
    while True:
        done, _status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            _, _status, usage = os.wait4(pid, 0)
            os.close(read_end)
            return "timeout", usage.ru_maxrss / 1024
        time.sleep(0.02)
    with os.fdopen(read_end, "rb") as pipe:
        result = pipe.read().decode("utf-8", "replace")
    return (result or "killed"), usage.ru_maxrss / 1024


# ---------------------------------------------------------------- documents


def with_events(events_yaml: str, *, prefix: str = "") -> str:
    """The example with its timeline events replaced by `events_yaml` (indented list items)."""
    head, rest = EXAMPLE_TEXT.split("timeline:\n  events:\n", 1)
    tail = rest[rest.index("\nimpact:") + 1 :]
    return head.replace("schema_version: 2\n", f"{prefix}schema_version: 2\n", 1) + (
        "timeline:\n  events:\n" + events_yaml + tail
    )


def event(description: str) -> str:
    return (
        "  - time: 2026-10-28T02:10:00-04:00\n    kind: other\n    customer_visible: true\n"
        f"    description: {description}\n"
    )


def with_summary(text: str) -> str:
    """The example with its summary replaced by `text` (one line, written as a quoted scalar)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return re.sub(
        r"summary:\n  text: \|-\n(?:    .*\n|\n)*", f'summary:\n  text: "{escaped}"\n', EXAMPLE_TEXT, count=1
    )


def copy_logo(folder: Path) -> None:
    (folder / "logo.svg").write_bytes((EXAMPLE.parent / "logo.svg").read_bytes())


def write_doc(folder: Path, text: str, name: str = "doc.postmortem") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    copy_logo(folder)
    return path


def make_devzero(folder: Path) -> list[str]:
    link = folder / "zero.postmortem"
    link.symlink_to("/dev/zero")
    return ["check", str(link)]


def make_fifo(folder: Path) -> list[str]:
    path = folder / "pipe.postmortem"
    os.mkfifo(path)
    return ["check", str(path)]


def make_scalar_aliases(folder: Path, anchor_kb: int = 16, aliases: int = 6000) -> list[str]:
    """Aliases on a plain string: each expands to the whole anchored text."""
    anchor = "a" * (anchor_kb * 1024)
    first = event(f"&big {anchor}")
    path = write_doc(folder, with_events(first + event("*big") * aliases))
    return ["check", str(path)]


def make_settings_aliases(folder: Path, aliases: int = 20_000) -> list[str]:
    """One banned phrase aliased many times: a finding for each alias at each use of the word."""
    settings = folder / "postmortem-settings.yaml"
    settings.write_text("banned_phrases:\n- &p {phrase: the}\n" + "- *p\n" * aliases, encoding="utf-8")
    path = write_doc(folder, EXAMPLE_TEXT)
    return ["check", str(path), "--settings", str(settings)]


def use_bomb_svg(levels: int = 9, fan: int = 10) -> str:
    groups = ['<g id="g0"><rect width="1" height="1"/></g>']
    for level in range(1, levels + 1):
        uses = "".join(f'<use xlink:href="#g{level - 1}"/>' for _ in range(fan))
        groups.append(f'<g id="g{level}">{uses}</g>')
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="200" height="60"><defs>{"".join(groups)}</defs><use xlink:href="#g{levels}"/></svg>'
    )


def with_logo(name: str) -> str:
    return EXAMPLE_TEXT.replace("logo: logo.svg", f"logo: {name}", 1)


def make_svg_use_bomb(folder: Path) -> list[str]:
    (folder / "bomb.svg").write_text(use_bomb_svg(), encoding="utf-8")
    path = write_doc(folder, with_logo("bomb.svg"))
    return ["export", str(path), "--format", "pdf", "--audience", "customer", "-o", str(folder / "out.pdf")]


def make_svg_mutual(folder: Path) -> list[str]:
    for me, other in (("a", "b"), ("b", "a")):
        url = (folder / f"{other}.svg").resolve().as_uri()
        (folder / f"{me}.svg").write_text(
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'width="100" height="40"><image xlink:href="{url}" width="100" height="40"/>'
            f'<image xlink:href="{url}" width="50" height="20"/></svg>',
            encoding="utf-8",
        )
    path = write_doc(folder, with_logo("a.svg"))
    return ["export", str(path), "--format", "pdf", "--audience", "customer", "-o", str(folder / "out.pdf")]


def make_regex_settings(folder: Path) -> list[str]:
    # The settings file sits in a folder above the document, as in a repository.
    (folder / "postmortem-settings.yaml").write_text("ticket_patterns: ['(a+)+$']\n", encoding="utf-8")
    inner = folder / "incidents"
    inner.mkdir()
    path = write_doc(inner, with_events(event("a" * 40 + "!")))
    return ["check", str(path)]


def _special(folder: Path, kind: str) -> Path:
    path = folder / f"out-{kind}"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a private copy of /dev/null
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()
    return path


def make_output_special(folder: Path, kind: str = "device") -> list[str]:
    target = _special(folder, kind)
    path = write_doc(folder, EXAMPLE_TEXT)
    return ["export", str(path), "--format", "md", "--audience", "customer", "-o", str(target)]


def png_header_bomb(width: int, height: int) -> bytes:
    """A valid RGB PNG of `width` x `height` black pixels, compressed to almost nothing."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    row = b"\x00" * (1 + 3 * width)
    packer = zlib.compressobj(9)
    parts = [packer.compress(row) for _ in range(height)]
    parts.append(packer.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", b"".join(parts)) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


def gif_bomb(side: int = 9000) -> bytes:
    """A one-colour GIF of `side` x `side` pixels: LZW makes it a few hundred kilobytes."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("P", (side, side)).save(buffer, "GIF")
    return buffer.getvalue()


def gif_screen_bomb(width: int = 30000, height: int = 30000) -> bytes:
    """A GIF whose logical screen is huge and whose one frame is a single pixel."""
    header = b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    frame = b"," + struct.pack("<HHHHB", 0, 0, 1, 1, 0) + b"\x02\x02\x44\x01\x00"
    return header + frame + b";"


def webp_header(width: int, height: int) -> bytes:
    """A lossless WebP header announcing `width` x `height`; the pixels are cut off."""
    bits = (width - 1) | ((height - 1) << 14)
    body = b"VP8L" + struct.pack("<I", 5 + 64) + b"\x2f" + struct.pack("<I", bits) + b"\x00" * 64
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body


def make_png_bomb(folder: Path, side: int = 13000) -> list[str]:
    (folder / "bomb.png").write_bytes(png_header_bomb(side, side))
    path = write_doc(folder, with_logo("bomb.png"))
    return ["export", str(path), "--format", "pdf", "--audience", "customer", "-o", str(folder / "out.pdf")]


def make_gif_bomb(folder: Path) -> list[str]:
    (folder / "bomb.gif").write_bytes(gif_bomb())
    path = write_doc(folder, with_logo("bomb.gif"))
    return ["export", str(path), "--format", "pdf", "--audience", "customer", "-o", str(folder / "out.pdf")]


def deep_emphasis(depth: int = 500) -> str:
    return "*" * depth + "a" + "*" * depth


def make_deep_emphasis(folder: Path, fmt: str = "pdf") -> list[str]:
    path = write_doc(folder, with_summary(deep_emphasis()))
    return ["export", str(path), "--format", fmt, "--audience", "internal", "-o", str(folder / f"out.{fmt}")]


def make_brackets(folder: Path, size_kb: int = 87) -> list[str]:
    path = write_doc(folder, with_summary("[" * (size_kb * 1024)))
    return ["check", str(path)]


def make_invalid_events(folder: Path, count: int = 200_000) -> list[str]:
    bad = "  - time: yesterday\n    kind: nonsense\n    customer_visible: maybe\n    description: x\n"
    path = write_doc(folder, with_events(bad * count))
    return ["check", str(path)]


def make_long_number(folder: Path, digits: int = 100_000) -> list[str]:
    # Whatever schema the example is saved in, its version number becomes the huge one.
    huge = "schema_version: " + "9" * digits
    text, count = re.subn(r"^schema_version: \d+$", huge, EXAMPLE_TEXT, count=1, flags=re.MULTILINE)
    assert count == 1, "the example has no schema_version line"
    path = write_doc(folder, text)
    return ["check", str(path)]


def make_line_separator(folder: Path, char: str = "\u2028") -> list[str]:
    text = EXAMPLE_TEXT.replace("incident_id: INC-2026-041", f"incident_id: INC-2026{char}041", 1)
    path = write_doc(folder, text)
    return ["check", str(path)]
