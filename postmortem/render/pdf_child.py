"""A PDF renderer that gets ready while the page is still being written.

A cold `postmortem export --format pdf` has two halves of about half a
second each that need nothing from one another until the end: reading,
checking and writing the letter as HTML, and importing WeasyPrint and
loading the fonts. `PdfChild.start()` forks a child that does the second
half at once; `render` hands it the finished page and reads the PDF back.
On two cores the halves overlap; the PDF is the same bytes, made by the
same `html_to_pdf`.

The child is only an optimisation, never a second way to fail: where fork
is not safe or not worth it (not Linux, one core, threads running), and
whenever the child fails or dies, the page is rendered in this process as
before, so errors read exactly as they did. The child ignores Ctrl+C (the
command handles it), and when the command closes the pipe without sending
a page (a refused letter, an error, Ctrl+C) it finishes getting ready,
removes its fonts' temporary folder and exits; the command waits for it.
No signal ends it half-way: one arriving while it removes the folder would
leave the folder behind.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from postmortem.assets import AssetFolder


class PdfChild:
    """`render(html, assets, identifier=...)`: the PDF, from the child if it is ready."""

    def __init__(self) -> None:
        self._pid = 0
        self._to_child: BinaryIO | None = None
        self._from_child: BinaryIO | None = None

    @classmethod
    def start(cls) -> PdfChild:
        child = cls()
        if worth_forking():
            child._fork()
        return child

    def _fork(self) -> None:
        job_read, job_write = os.pipe()
        pdf_read, pdf_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns into the command
            os.close(job_write)
            os.close(pdf_read)
            _serve(job_read, pdf_write)
        os.close(job_read)
        os.close(pdf_write)
        self._pid = pid
        self._to_child = os.fdopen(job_write, "wb")
        self._from_child = os.fdopen(pdf_read, "rb")

    def render(self, html: str, assets: AssetFolder | None, *, identifier: bytes) -> bytes:
        """The PDF for `html`, as `pdf.html_to_pdf` makes it."""
        data = self._from_the_child(html, assets, identifier)
        if data is not None:
            return data
        from postmortem.render.pdf import html_to_pdf

        return html_to_pdf(html, assets, identifier=identifier)

    def _from_the_child(self, html: str, assets: AssetFolder | None, identifier: bytes) -> bytes | None:
        if self._to_child is None or self._from_child is None:
            return None
        try:
            with self._to_child:
                pickle.dump((html, assets, identifier), self._to_child, protocol=pickle.HIGHEST_PROTOCOL)
            self._to_child = None
            reply = self._from_child.read()
        except OSError:  # the child is gone (killed, out of memory): render here
            return None
        finally:
            self.close()
        # A child killed half-way through writing leaves a short reply: the length tells.
        size = int.from_bytes(reply[1:9], "big")
        return reply[9:] if reply[:1] == b"P" and len(reply) == 9 + size else None

    def close(self) -> None:
        """Let the child go (without a page it exits once ready) and wait for it; safe to call twice."""
        for pipe in (self._to_child, self._from_child):
            if pipe is not None:
                pipe.close()
        self._to_child = self._from_child = None
        if self._pid:
            pid, self._pid = self._pid, 0
            os.waitpid(pid, 0)

    def __enter__(self) -> PdfChild:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


def worth_forking() -> bool:
    """Linux (fork is safe there for a process that has loaded no GUI or system frameworks),
    a second core to overlap on, and no thread that a fork could copy in the middle of its work."""
    if not sys.platform.startswith("linux") or threading.active_count() != 1:
        return False
    return len(os.sched_getaffinity(0)) > 1


def _serve(job_read: int, pdf_write: int) -> None:
    """The child's whole life: get ready, render one page if it comes, clean up, exit."""
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        from postmortem.render import pdf

        pdf.warm_up()
        with os.fdopen(job_read, "rb") as jobs:
            html, assets, identifier = pickle.load(jobs)
        data = pdf.html_to_pdf(html, assets, identifier=identifier)
        with os.fdopen(pdf_write, "wb") as out:
            out.write(b"P" + len(data).to_bytes(8, "big") + data)
        code = 0
    except BaseException:  # any failure, no page (EOF): the command renders the page itself
        pass
    finally:
        try:
            from postmortem.render import pdf

            pdf.release_fonts()
        finally:
            os._exit(code)
