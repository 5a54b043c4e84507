#!/usr/bin/env python3
"""Draws Memscape's icon: the energy of a modern Hopfield network with two memories (the survey's
Figure 1, the scene the window opens on) in viridis, a few light contour lines around its two valleys,
and the two memories as white dots with a dark rim, on a rounded square.

Writes memscape-<N>.png for N in SIZES (the window's icons and Linux's), memscape.ico (Windows:
PNG entries, as Windows Vista and later read them) and memscape.icns (macOS: PNG entries), next to
this script. Needs only Python 3 and NumPy: run it again after changing the picture.

    python3 assets/icon/make_icon.py
"""
import os
import struct
import zlib

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# icns entry types holding PNG data, by pixel size (ic11..ic14 are the @2x variants of 16..512)
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)]

MEMORIES = np.array([[1.3, 1.1], [-1.2, -1.3]])
BETA = 2.0
DOMAIN = 3.0
BACKGROUND = np.array([0x1e, 0x1f, 0x24]) / 255.0   # the window's background


def viridis():
    rows = np.loadtxt(os.path.join(HERE, "..", "colormaps", "viridis.csv"), delimiter=",")
    return rows


def energy(x, y):
    """E(x) = -1/beta log sum_i exp(-beta/2 |x - m_i|^2), as MATH.md's modern Hopfield (distance) model."""
    d2 = np.stack([(x - mx) ** 2 + (y - my) ** 2 for mx, my in MEMORIES])
    a = -0.5 * BETA * d2
    top = a.max(axis=0)
    return -(top + np.log(np.exp(a - top).sum(axis=0))) / BETA


def picture(size):
    """The icon at size x size pixels as RGBA floats, drawn at a finer grid and averaged down (anti-aliasing)."""
    ss = max(4, 128 // size)          # supersampling factor: small icons get more
    n = size * ss
    px = (np.arange(n) + 0.5) / n    # pixel centres in [0, 1]
    u, v = np.meshgrid(px, px)
    x = (u - 0.5) * 2 * DOMAIN
    y = (0.5 - v) * 2 * DOMAIN        # y up, as on the canvas
    e = energy(x, y)
    lo, hi = np.percentile(e, 2), np.percentile(e, 98)
    t = np.clip((e - lo) / (hi - lo), 0, 1)
    cmap = viridis()
    rgb = cmap[np.round(t * (len(cmap) - 1)).astype(int)]

    # contour lines of a constant width in icon pixels: |E - level| / |grad E| is the distance to the line
    if size >= 24:
        gy, gx = np.gradient(e, 1.0 / ss)  # per icon pixel
        grad = np.hypot(gx, gy) + 1e-12
        # levels at quantiles of the energy, so the rings close in on the valleys as on a map
        levels = np.quantile(e, [0.06, 0.16, 0.3, 0.46, 0.64, 0.82] if size >= 64 else [0.12, 0.4, 0.75])
        width = max(0.6, size / 128.0) * 0.5    # half the line width, in icon pixels
        line = np.zeros_like(e)
        for level in levels:
            line = np.maximum(line, np.clip(1.0 - np.abs(e - level) / grad / width, 0, 1))
        rgb = rgb * (1 - 0.55 * line[..., None]) + 0.55 * line[..., None]

    # the memories: a white dot with a dark rim
    scale = n / (2 * DOMAIN)          # fine pixels per domain unit
    radius = max(1.6, size * 0.045) * ss
    rim = max(0.7, size * 0.018) * ss
    for mx, my in MEMORIES:
        cx, cy = (mx / (2 * DOMAIN) + 0.5) * n, (0.5 - my / (2 * DOMAIN)) * n
        r = np.hypot(u * n - cx, v * n - cy)
        dark = np.clip(radius + rim - r, 0, 1)
        white = np.clip(radius - r, 0, 1)
        rgb = rgb * (1 - dark[..., None]) + 0.08 * dark[..., None]
        rgb = rgb * (1 - white[..., None]) + 1.0 * white[..., None]

    # a rounded square with a thin frame in the window's background colour
    corner = 0.2 * n
    margin = 0.03 * n if size >= 32 else 0.0
    frame = max(1.0, size / 64.0) * ss
    qx = np.abs(u * n - n / 2) - (n / 2 - margin - corner)
    qy = np.abs(v * n - n / 2) - (n / 2 - margin - corner)
    outside = np.hypot(np.maximum(qx, 0), np.maximum(qy, 0)) + np.minimum(np.maximum(qx, qy), 0) - corner
    alpha = np.clip(0.5 - outside, 0, 1)
    edge = np.clip(0.5 - np.abs(outside + frame / 2) + frame / 2, 0, 1)
    rgb = rgb * (1 - edge[..., None]) + BACKGROUND * edge[..., None]

    rgba = np.dstack([rgb * alpha[..., None], alpha])   # premultiplied while averaging
    rgba = rgba.reshape(size, ss, size, ss, 4).mean(axis=(1, 3))
    a = rgba[..., 3:]
    rgba[..., :3] = np.where(a > 0, rgba[..., :3] / np.maximum(a, 1e-12), 0)
    return rgba


def png(rgba):
    """A PNG file's bytes (8-bit RGBA, no filtering)."""
    h, w = rgba.shape[:2]
    data = np.round(np.clip(rgba, 0, 1) * 255).astype(np.uint8)
    raw = b"".join(b"\x00" + data[row].tobytes() for row in range(h))

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ico(pngs):
    """A Windows .ico holding PNG images (sizes up to 256; 256 is written as 0)."""
    head = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, bodies = b"", b""
    for size, body in pngs:
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(body), offset)
        offset += len(body)
        bodies += body
    return head + entries + bodies


def icns(entries):
    """A macOS .icns holding PNG images."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in entries)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main():
    made = {size: png(picture(size)) for size in sorted(set(SIZES) | {s for _, s in ICNS_TYPES})}
    for size in SIZES:
        with open(os.path.join(HERE, "memscape-%d.png" % size), "wb") as f:
            f.write(made[size])
    with open(os.path.join(HERE, "memscape.ico"), "wb") as f:
        f.write(ico([(size, made[size]) for size in ICO_SIZES]))
    with open(os.path.join(HERE, "memscape.icns"), "wb") as f:
        f.write(icns([(kind, made[size]) for kind, size in ICNS_TYPES]))


if __name__ == "__main__":
    main()
