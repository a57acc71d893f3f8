#!/usr/bin/env python3
"""Draws the app's icons (www/icon.svg, www/icon-192.png, www/icon-512.png).

Run once by hand (`python3 xtask/icons.py`); the files are committed. Python's
standard library only (zlib for PNG). The drawing: a month's sheet (white,
a yellow band, a grid of days) on the pages' header black. The PNGs are full
bleed with the drawing inside the middle 80 %, so they serve as maskable
icons too; the SVG has rounded corners.
"""
import struct
import zlib
from pathlib import Path

WWW = Path(__file__).resolve().parent.parent / "www"
BLACK, WHITE, YELLOW = (0x0B, 0x0C, 0x0C), (0xFF, 0xFF, 0xFF), (0xFF, 0xBF, 0x47)

# Shapes on a 512 × 512 canvas, painted in order: (x, y, width, height, radius, colour).
SHEET = (136, 136, 240, 240, 20, WHITE)
BAND = (136, 136, 240, 56, 20, YELLOW)
BAND_FOOT = (136, 172, 240, 20, 0, YELLOW)  # squares the band's lower corners
CELLS = [(168 + c * 64, 212 + r * 52, 48, 36, 4, BLACK) for r in range(3) for c in range(3)]
SHAPES = [SHEET, BAND, BAND_FOOT, *CELLS]


def inside(shape, x, y):
    sx, sy, w, h, r, _ = shape
    if not (sx <= x < sx + w and sy <= y < sy + h):
        return False
    cx = min(max(x, sx + r), sx + w - r)
    cy = min(max(y, sy + r), sy + h - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def png(size):
    scale, n = 512 / size, 4  # 4 × 4 samples a pixel
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0]
            for j in range(n):
                for i in range(n):
                    x, y = (px + (i + 0.5) / n) * scale, (py + (j + 0.5) / n) * scale
                    colour = BLACK
                    for s in SHAPES:
                        if inside(s, x, y):
                            colour = s[5]
                    for k in range(3):
                        acc[k] += colour[k]
            row += bytes(round(a / (n * n)) for a in acc)
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def svg():
    hexc = lambda c: "#%02x%02x%02x" % c
    rect = lambda s: (f'<rect x="{s[0]}" y="{s[1]}" width="{s[2]}" height="{s[3]}"'
                      + (f' rx="{s[4]}"' if s[4] else "") + f' fill="{hexc(s[5])}"/>')
    body = "".join(rect(s) for s in SHAPES)
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">'
            f'<rect width="512" height="512" rx="96" fill="{hexc(BLACK)}"/>{body}</svg>\n')


if __name__ == "__main__":
    (WWW / "icon.svg").write_text(svg())
    for size in (192, 512):
        (WWW / f"icon-{size}.png").write_bytes(png(size))
    print("www/icon.svg, www/icon-192.png, www/icon-512.png")
