"""`postmortem merge` as a child process of the app, for the Recipients step.

Its rendering workers (WeasyPrint holds the GIL) stay out of the window's
process, so the window never waits on them; progress comes back one line
per row on the child's standard error, and Cancel (SIGTERM) lets it finish
the rows in hand and write the manifest. The document merged is the one
being edited, handed over on the child's standard input with its folder
named, so its images are found and no copy of it (internal notes and all)
is ever written to disk, where a crash or a closed window would leave it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from ui.launcher import CLI


class MergeProcess(QObject):
    """`postmortem merge` as a child process: its rendering workers stay out of the
    app's process, and Cancel (SIGTERM) lets it finish the rows in hand and
    write the manifest."""

    progressed = Signal(int, int)
    done = Signal(int, str)  # exit code, its last line of output

    def __init__(self, text: str, folder: Path | None, recipients: Path, out: Path,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = text.encode("utf-8")
        self.output = ""
        self.process = QProcess(self)
        self.process.setProgram(sys.executable)
        # A frozen app's executable is the app itself: it serves as the command in this mode.
        command = [CLI] if getattr(sys, "frozen", False) else ["-m", "postmortem"]
        # An unsaved document has no folder: its letters carry no logo or images.
        where = ["--folder", str(folder)] if folder is not None else []
        self.process.setArguments([*command, "merge", "-", *where, "--recipients", str(recipients),
                                   "--out", str(out), "--progress-lines"])
        environment = QProcessEnvironment.systemEnvironment()
        root = str(Path(__file__).resolve().parents[2])
        environment.insert("PYTHONPATH", os.pathsep.join(p for p in (root, environment.value("PYTHONPATH"))
                                                         if p))
        self.process.setProcessEnvironment(environment)
        self.process.readyReadStandardError.connect(self._read_progress)
        self.process.readyReadStandardOutput.connect(self._read_output)
        self.process.finished.connect(self._finished)
        self._buffer = b""

    def start(self) -> None:
        self.process.start()
        self.process.write(self.text)
        self.process.closeWriteChannel()

    def cancel(self) -> None:
        self.process.terminate()

    def wait(self, milliseconds: int = 120_000) -> None:
        self.process.waitForFinished(milliseconds)

    def stop(self) -> None:
        """The window is closing: the rows in hand are finished (and the manifest written) if
        that is quick, else the merge is ended; a rerun redoes only what is missing."""
        if self.process.state() == QProcess.ProcessState.NotRunning:
            return
        self.cancel()
        if not self.process.waitForFinished(5_000):
            self.process.kill()
            self.process.waitForFinished(5_000)

    def _read_output(self) -> None:
        self.output += bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")

    def _read_progress(self) -> None:
        self._buffer += bytes(self.process.readAllStandardError().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            words = line.decode("utf-8", "replace").split()
            if len(words) == 3 and words[0] == "progress":
                self.progressed.emit(int(words[1]), int(words[2]))
            elif line.strip():
                self.output += line.decode("utf-8", "replace") + "\n"

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._read_output()
        lines = [line for line in self.output.splitlines() if line.strip()]
        summary = [line for line in lines if " written, " in line]
        self.done.emit(code, (summary or lines or [""])[-1])
