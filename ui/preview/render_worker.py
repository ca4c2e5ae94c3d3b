"""The render worker: `python -m ui.preview.render_worker`, one warm process per window.

It reads render requests on stdin and answers on stdout, one at a time,
so WeasyPrint's slow import and its GIL-bound layout never touch the
window's process. It imports no Qt. It exits when stdin closes.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from typing import TYPE_CHECKING, BinaryIO

from ui.preview.protocol import SCRATCH_ENV, encode, read_frame

if TYPE_CHECKING:
    from postmortem.model import Document


def render(header: dict[str, object]) -> bytes:
    import postmortem
    from postmortem import fileformat

    document = fileformat.loads(str(header["text"]))
    folder = header.get("folder")
    today = dt.date.fromisoformat(str(header["today"])) if header.get("today") else None
    recipient = header.get("recipient")
    if isinstance(recipient, dict):
        return _recipient_letter(document, recipient, str(folder) if folder else None)
    return postmortem.export(
        document,
        str(header["format"]),
        str(header["audience"]),
        base_dir=str(folder) if folder else None,
        today=today,
        language=str(header["language"]) if header.get("language") else None,
    )


def _recipient_letter(document: Document, row: dict[str, object], folder: str | None) -> bytes:
    from postmortem.assets import AssetFolder
    from postmortem.mail.personal import recipient_letter
    from postmortem.mail.recipients import recipient_from_cells

    cells = row.get("cells")
    if not isinstance(cells, dict):
        raise ValueError("a recipient without cells")
    recipient = recipient_from_cells(int(str(row.get("row", 0))), {str(k): str(v) for k, v in cells.items()})
    return recipient_letter(document, recipient, AssetFolder(folder))


def warm_up() -> None:
    """Import the renderer and lay out one small page, so the first real render is quick."""
    try:
        import postmortem
        from postmortem.model import Document

        postmortem.export(Document(), "pdf", "customer")
    except Exception:
        pass


def serve(requests: BinaryIO, answers: BinaryIO) -> None:
    warm_up()
    answers.write(encode({"ready": True}))
    answers.flush()
    while (frame := read_frame(requests)) is not None:
        header, _payload = frame
        try:
            data = render(header)
            answer = encode({"id": header["id"], "ok": True}, data)
        except Exception as error:
            message = str(error).strip() or type(error).__name__
            answer = encode({"id": header["id"], "ok": False, "error": message.splitlines()[0]})
        answers.write(answer)
        answers.flush()


def main() -> None:
    answers = sys.stdout.buffer
    # Anything a library prints must not corrupt the answer stream.
    sys.stdout = sys.stderr
    try:
        serve(sys.stdin.buffer, answers)
    finally:
        # The app made this folder for our temporary files; if the app is gone
        # (it crashed, and our input closed), nobody else will remove it.
        scratch = os.environ.get(SCRATCH_ENV)
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
