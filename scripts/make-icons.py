#!/usr/bin/env python3
"""Draws the explorer's app icons (a briefing: three lines of text on a blue card) as PNG and SVG.
Run once after changing the design; the results are committed under static/icons/."""
import struct
import zlib
from pathlib import Path

BLUE, WHITE = (11, 92, 173), (255, 255, 255)
# Bars as (left, top, right, bottom) in a 0..1 square, inside the maskable safe zone.
BARS = [(0.28, 0.32, 0.72, 0.40), (0.28, 0.46, 0.72, 0.54), (0.28, 0.60, 0.58, 0.68)]


def png(size: int) -> bytes:
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            u, v = (x + 0.5) / size, (y + 0.5) / size
            inside = any(l <= u <= r and t <= v <= b for l, t, r, b in BARS)
            row += bytes(WHITE if inside else BLUE)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def svg() -> str:
    bars = "".join(
        f'<rect x="{l * 100:g}" y="{t * 100:g}" width="{(r - l) * 100:g}" height="{(b - t) * 100:g}" rx="2" fill="#fff"/>'
        for l, t, r, b in BARS
    )
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="#0b5cad"/>{bars}</svg>\n'


out = Path(__file__).resolve().parent.parent / "static" / "icons"
out.mkdir(parents=True, exist_ok=True)
for size in (192, 512):
    (out / f"icon-{size}.png").write_bytes(png(size))
(out / "icon.svg").write_text(svg())
