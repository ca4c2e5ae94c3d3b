"""A company's certificate authority, trusted for the mail server's TLS: a PEM file the writer names.

The file is untrusted input like any other (a FIFO, a device, a huge or a
binary file): it is read through `safeio`, bounded, and checked by the TLS
library itself, so a wrong file is one line naming it before anything is
sent, not a hang or a failed handshake after the question was answered.
"""

from __future__ import annotations

import os
import ssl

from postmortem.errors import DocumentError
from postmortem.limits import MAX_AUTHORITY_BYTES
from postmortem.safeio import read_regular

NOT_PEM = "not a PEM certificate file (a text file with -----BEGIN CERTIFICATE-----)"


def read_authority(path: str | os.PathLike[str]) -> str:
    """The PEM text of the certificate authority in `path`; DocumentError (one line) otherwise."""
    raw = read_regular(path, MAX_AUTHORITY_BYTES, kind="certificate file")
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        raise DocumentError(path, NOT_PEM) from None
    if "-----BEGIN CERTIFICATE-----" not in text:
        raise DocumentError(path, NOT_PEM)
    try:
        ssl.create_default_context(cadata=text)
    except (ssl.SSLError, ValueError) as error:
        reason = getattr(error, "reason", None) or str(error)
        raise DocumentError(path, f"{NOT_PEM}: {reason}") from None
    return text


def authority_problem(path: str | os.PathLike[str]) -> str | None:
    """Why `path` cannot serve as the certificate authority, in one line naming it; None if it can."""
    try:
        read_authority(path)
    except DocumentError as error:
        return str(error)
    return None


def tls_context(cafile: str) -> ssl.SSLContext:
    """The system's trusted authorities; only the one in `cafile` when given (as `ssl` and curl do)."""
    return ssl.create_default_context(cadata=read_authority(cafile) if cafile else None)
