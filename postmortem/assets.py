"""Files exports may embed: the app's own assets and images beside a document.

Two folders are trusted, and only for reading:
- the app's `assets/` folder (templates, CSS, fonts, sample images);
- the folder of the document being exported, for its logo, signature and
  the images its Markdown names, by a relative path.

Everything here resolves symlinks before deciding, so a link inside the
document's folder cannot smuggle `/etc/passwd` or a 2 GB file into an
export, and images are recognised by their content, not their name.
Files are read as `safeio` reads documents (regular files only, bytes
counted), and an image is embedded only within `imagebudget`'s budget.
"""

from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from postmortem.errors import DocumentError
from postmortem.imagebudget import image_problem
from postmortem.limits import MAX_ASSET_BYTES
from postmortem.safeio import read_regular


def _installed_or_repo(name: str) -> Path:
    # A wheel carries the folder inside the package (see pyproject's
    # force-include); a checkout or an editable install has it at the top.
    package = Path(__file__).resolve().parent
    inside = package / f"_{name}"
    return inside if inside.is_dir() else package.parent / name


APP_ASSETS = _installed_or_repo("assets")
"""The app's asset folder: templates, CSS, fonts, icons, sample images."""

EXAMPLES = _installed_or_repo("examples")
"""The bundled example postmortems."""


def example_path() -> Path:
    """The bundled example the start page and the docs open."""
    return EXAMPLES / "raid-outage" / "raid-outage.postmortem"


# An SVG file: optional BOM, XML declaration, comments and doctype, then <svg.
_SVG_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?<svg[\s>]",
    re.S,
)


def sniff_image(data: bytes) -> str | None:
    """The MIME type of a PNG, JPEG, GIF, WebP or SVG image, judged by content; else None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if _SVG_START.match(data[:4096]):
        return "image/svg+xml"
    return None


def data_uri(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


@dataclass(frozen=True)
class Asset:
    """An image read from a trusted folder."""

    path: Path
    data: bytes
    mime: str

    def data_uri(self) -> str:
        return data_uri(self.data, self.mime)


def is_inside(path: Path, folder: Path) -> bool:
    """True when `path` (already resolved) lies in `folder` (already resolved)."""
    return path == folder or path.is_relative_to(folder)


def read_capped(path: Path, limit: int = MAX_ASSET_BYTES) -> bytes | None:
    """The file's bytes, or None when it is not a readable regular file within `limit`."""
    try:
        return read_regular(path, limit)
    except DocumentError:
        return None


class AssetFolder:
    """Images a document may embed: files inside its own folder, named by relative path.

    An `AssetFolder(None)` holds nothing: every lookup misses, which is
    what an unsaved document (no folder yet) gets.
    """

    def __init__(self, root: str | os.PathLike[str] | None) -> None:
        self.root: Path | None = None
        if root is not None:
            try:
                folder = Path(root).resolve(strict=True)
            except (OSError, RuntimeError):
                folder = None
            if folder is not None and folder.is_dir():
                self.root = folder

    def resolve(self, relative: str) -> Path | None:
        """The real path of `relative` if it is a file inside the folder, else None.

        Refuses absolute paths, URLs, drive letters, `..` anywhere (even when
        it would land back inside) and symlinks that lead out of the folder.
        """
        if self.root is None or not relative or "\x00" in relative:
            return None
        if "\\" in relative or ":" in relative or relative.startswith(("/", "~")):
            return None
        parts = PurePosixPath(relative).parts
        if not parts or any(part == ".." for part in parts):
            return None
        try:
            real = self.root.joinpath(*parts).resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        if not is_inside(real, self.root) or not real.is_file():
            return None
        return real

    def image(self, relative: str) -> Asset | None:
        """The image at `relative`, if it is safe to embed and really an image."""
        return self.vetted(relative)[0]

    def vetted(self, relative: str) -> tuple[Asset | None, str | None]:
        """The image at `relative`, or None and why it is left out (for a check finding)."""
        real = self.resolve(relative)
        if real is None:
            return None, "there is no such file inside the document's folder"
        data = read_capped(real)
        if data is None:
            return None, f"it is not a readable file of at most {MAX_ASSET_BYTES // 2**20} MB"
        mime = sniff_image(data) if data else None
        if mime is None:
            return None, "it is not a PNG, JPEG, GIF, WebP or SVG image"
        problem = image_problem(data, mime)
        if problem:
            return None, problem
        return Asset(real, data, mime), None

    def image_from_url(self, url: str) -> Asset | None:
        """Like `image`, for a Markdown image address: percent-escapes decoded, no query."""
        if not url or url.startswith("//") or "?" in url or "#" in url:
            return None
        return self.image(unquote(url))

    def data_uri(self, relative: str) -> str | None:
        asset = self.image(relative)
        return asset.data_uri() if asset else None

    def contains(self, real: Path) -> bool:
        return self.root is not None and is_inside(real, self.root)


def app_asset(relative: str) -> Path:
    """A file shipped with the app, e.g. `css/letter.css`."""
    return APP_ASSETS / relative


def read_app_text(relative: str) -> str:
    return app_asset(relative).read_text(encoding="utf-8")
