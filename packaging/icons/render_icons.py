"""Render the app icon from its one source, ``resources/icons/supervision-journal.svg``.

Writes, next to the SVG, ``supervision-journal-<size>.png`` for every size in :data:`SIZES`
(the window, the Linux bundle and the menu entry use them), and for the other systems'
installers ``packaging/windows/supervision-journal.ico`` and
``packaging/macos/supervision-journal.icns`` (both hold PNG images, which Windows Vista and
later and macOS 10.7 and later read). Qt's own SVG renderer (QtSvg, part of
PySide6-Essentials) draws them, so no other tool is needed. Run after changing the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons/render_icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "supervision_app" / "resources" / "icons"
SVG = ICONS / "supervision-journal.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: icns entry types holding PNG data, by pixel size (icp4-6 since 10.7, ic07-ic10 since 10.5).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (0 in a size byte means 256)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in images.items():
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        payload += png
    return header + entries + payload


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", len(png) + 8) + png for size, png in images.items()
    )
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG} is not a valid SVG", file=sys.stderr)
        return 1
    pngs = {size: render(renderer, size) for size in SIZES}
    for size, png in pngs.items():
        (ICONS / f"supervision-journal-{size}.png").write_bytes(png)
    windows = ROOT / "packaging" / "windows" / "supervision-journal.ico"
    windows.write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    mac = ROOT / "packaging" / "macos" / "supervision-journal.icns"
    mac.write_bytes(icns({s: pngs[s] for s in ICNS_TYPES}))
    print(f"wrote {len(pngs)} PNGs in {ICONS}, {windows.name} and {mac.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
