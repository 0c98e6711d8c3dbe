"""The app icon: one SVG source and the rendered files the window, bundle and installers use."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "supervision_app" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _png_header(data: bytes) -> tuple[int, int, int]:
    """Width, height and colour type from a PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height, data[25]


def test_the_svg_is_the_source() -> None:
    root = ET.parse(ICONS / "supervision-journal.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


@pytest.mark.parametrize("size", SIZES)
def test_png_at_each_size(size: int) -> None:
    width, height, colour_type = _png_header(
        (ICONS / f"supervision-journal-{size}.png").read_bytes()
    )
    assert (width, height) == (size, size)
    assert colour_type == 6  # RGBA: transparent corners around the rounded tile


def test_windows_ico_holds_png_images_up_to_256() -> None:
    data = (ROOT / "packaging" / "windows" / "supervision-journal.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = []
    for i in range(count):
        w, _h, _c, _r, _planes, _bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        width, _, _ = _png_header(data[offset : offset + length])
        assert width == (w or 256)
        sizes.append(width)
    assert {16, 32, 48, 256} <= set(sizes)


def test_macos_icns_entries_are_whole() -> None:
    data = (ROOT / "packaging" / "macos" / "supervision-journal.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    position, kinds = 8, []
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        _png_header(data[position + 8 : position + length])
        kinds.append(kind)
        position += length
    assert position == len(data)
    assert {b"icp4", b"ic07", b"ic08", b"ic09"} <= set(kinds)
