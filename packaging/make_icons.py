"""Render the app icon (assets/icons/…/scalable) at every size the platforms ask for.

Run it after changing the SVG: `python packaging/make_icons.py`. It writes the
hicolor PNGs (16-512 px) that the app, the .deb and `--install-desktop-entry`
use, the Windows .ico and the macOS .icns. Qt draws the SVG, Pillow writes the
.ico and .icns containers; the outputs are committed, so a build needs neither.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.postmortemstudio.PostmortemStudio"
HICOLOR = ROOT / "assets" / "icons" / "hicolor"
SVG = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"error: {SVG}: not a valid SVG", file=sys.stderr)
        return 2
    pngs: dict[int, bytes] = {}
    for size in SIZES:
        pngs[size] = render(renderer, size)
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        # Pillow re-encodes without Qt's timestamp chunks, so the files only change when the SVG does.
        Image.open(io.BytesIO(pngs[size])).save(target, optimize=True)
    largest = Image.open(io.BytesIO(render(renderer, 1024)))
    largest.save(
        ROOT / "packaging" / "windows" / "postmortem-studio.ico",
        sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)],
    )
    largest.save(ROOT / "packaging" / "macos" / "postmortem-studio.icns")
    print(f"wrote {len(SIZES)} PNG sizes, the .ico and the .icns from {SVG.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
