"""The app's side of the render worker: a QProcess, requests out, results back as signals.

The worker is started once and kept warm; if it dies, the requests it held
fail with a message and the next request starts a new one. Results arrive
on the UI thread through Qt's event loop, so nothing here ever blocks.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.preview.protocol import SCRATCH_ENV, RenderRequest, encode_request, split_frames

if TYPE_CHECKING:
    from PySide6.QtCore import QProcess, QTemporaryDir

_ROOT = Path(__file__).resolve().parents[2]  # the folder that holds the `ui` package


class RenderService(QObject):
    """Renders exports in a child process; `finished(id, ok, data, error)` answers each request."""

    finished = Signal(int, bool, bytes, str)
    ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process: QProcess | None = None
        self.is_ready = False
        self._buffer = bytearray()
        self._pending: set[int] = set()
        self._next_id = 0
        self._errors = b""
        self.scratch: QTemporaryDir | None = None

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
        if self.process is not None:
            return
        # Imported with the worker's start, after the first paint: a PySide6 class builds all its
        # enums when first touched.
        from PySide6.QtCore import QDir, QProcess, QProcessEnvironment, QTemporaryDir

        process = QProcess(self)
        process.setProgram(sys.executable)
        if getattr(sys, "frozen", False):
            # A frozen app's executable is the app itself: it serves as the worker in this mode.
            process.setArguments(["--render-worker"])
        else:
            process.setArguments(["-m", "ui.preview.render_worker"])
        environment = QProcessEnvironment.systemEnvironment()
        paths = [str(_ROOT), environment.value("PYTHONPATH", "")]
        environment.insert("PYTHONPATH", os.pathsep.join(p for p in paths if p))
        # The worker's temporary files (WeasyPrint copies the fonts, 4 MB, into one)
        # go in a folder of ours: we remove it when the worker ends, killed or not;
        # the worker removes it when we end, crashed or not.
        self.scratch = QTemporaryDir(QDir.tempPath() + "/postmortem-preview-XXXXXX")
        if self.scratch.isValid():
            for name in ("TMPDIR", "TEMP", "TMP", SCRATCH_ENV):
                environment.insert(name, self.scratch.path())
        if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
            # The app's runtime hook gave LD_LIBRARY_PATH back to the user for the programs it
            # starts; the worker is our own executable and needs the bundle's libraries first.
            bundled = [getattr(sys, "_MEIPASS", ""), environment.value("LD_LIBRARY_PATH", "")]
            environment.insert("LD_LIBRARY_PATH", os.pathsep.join(p for p in bundled if p))
        process.setProcessEnvironment(environment)
        process.setWorkingDirectory(str(_ROOT))
        process.readyReadStandardOutput.connect(self._read)
        process.readyReadStandardError.connect(self._read_errors)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._failed_to_start)
        self.process = process
        self.is_ready = False
        self._buffer.clear()
        process.start()

    def stop(self) -> None:
        """End the worker: close its input (it exits), and kill it if it does not."""
        process, self.process = self.process, None
        if process is None:
            return
        process.finished.disconnect(self._ended)
        process.errorOccurred.disconnect(self._failed_to_start)
        if process.state() != process.ProcessState.NotRunning:
            process.closeWriteChannel()
            if not process.waitForFinished(1500):
                process.kill()
                process.waitForFinished(1000)
        process.deleteLater()
        self._pending.clear()
        self._remove_scratch()

    def _remove_scratch(self) -> None:
        if self.scratch is not None:
            self.scratch.remove()
            self.scratch = None

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    # ------------------------------------------------------------ requests

    def submit(
        self, text: str, folder: Path | None, fmt: str, audience: str, today: dt.date | None = None,
        *, language: str | None = None, recipient: dict[str, object] | None = None,
    ) -> int:
        """Queue one render; returns its id. The answer comes as `finished`.

        With `recipient` (a merge's row: its number and cells) the answer is that
        recipient's letter as the merge writes it."""
        self.start()
        assert self.process is not None
        self._next_id += 1
        request = RenderRequest(
            self._next_id,
            text,
            str(folder) if folder else None,
            fmt,
            audience,
            today.isoformat() if today else None,
            language,
            recipient,
        )
        self._pending.add(request.id)
        self.process.write(encode_request(request))
        return request.id

    def _read(self) -> None:
        if self.process is None:
            return
        self._buffer += bytes(self.process.readAllStandardOutput().data())
        for header, payload in split_frames(self._buffer):
            if header.get("ready"):
                self.is_ready = True
                self.ready.emit()
                continue
            request_id = int(str(header["id"]))
            self._pending.discard(request_id)
            self.finished.emit(request_id, bool(header.get("ok")), payload, str(header.get("error") or ""))

    def _read_errors(self) -> None:
        if self.process is not None:
            # Keep the tail only: it names the reason if the worker dies.
            self._errors = (self._errors + bytes(self.process.readAllStandardError().data()))[-4000:]

    def _ended(self, code: int, _status: QProcess.ExitStatus) -> None:
        reason = self._errors.decode("utf-8", "replace").strip().splitlines()
        last = reason[-1] if reason else f"exit code {code}"
        self._remove_scratch()
        self._fail_all(self.tr("The renderer stopped unexpectedly (%1).").replace("%1", last))

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        from PySide6.QtCore import QProcess  # loaded by start(), which made the process

        if error == QProcess.ProcessError.FailedToStart:
            self._fail_all("The renderer could not be started.")

    def _fail_all(self, message: str) -> None:
        process, self.process = self.process, None
        self.is_ready = False
        if process is not None:
            process.deleteLater()
        pending, self._pending = sorted(self._pending), set()
        for request_id in pending:
            self.finished.emit(request_id, False, b"", message)
