#!/usr/bin/env python3
"""Writes NAME.csv (256 rows "r,g,b", each in 0..1) for every table in matplotlib_cm_listed.txt,
and coolwarm.csv, Moreland's diverging map, computed here from its definition.

The tables are matplotlib's published colormap data (see the header of that file), saved
verbatim so this step needs neither matplotlib nor a network. Run from anywhere:

    python3 assets/colormaps/make_colormaps.py
"""
import ast
import math
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "matplotlib_cm_listed.txt"
ENTRIES = 256


def tables(text):
    """Yields (name, rows) for every `_NAME_data = [[...]]` in the text."""
    for match in re.finditer(r"_(\w+)_data = (\[\[.*?\]\])", text, re.S):
        rows = ast.literal_eval(match.group(2))
        yield match.group(1), rows


def check(name, rows):
    if len(rows) != ENTRIES:
        raise SystemExit(f"{name}: {len(rows)} rows, expected {ENTRIES}")
    for i, row in enumerate(rows):
        if len(row) != 3 or not all(0.0 <= v <= 1.0 for v in row):
            raise SystemExit(f"{name}: row {i} is not three values in 0..1: {row}")


# --- Moreland (2009), "Diverging Color Maps for Scientific Visualization": interpolation in Msh,
# a polar form of CIELAB, through a white of M = 88 between two saturated ends.

WHITE = (0.95047, 1.0, 1.08883)   # D65


def _linear(c):
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _gamma(c):
    c = min(1.0, max(0.0, c))
    return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def _f(t):
    return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116


def _finv(t):
    return t ** 3 if t ** 3 > 216 / 24389 else (116 * t - 16) / (24389 / 27)


def rgb_to_msh(rgb):
    r, g, b = (_linear(c) for c in rgb)
    x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b
    fx, fy, fz = _f(x / WHITE[0]), _f(y / WHITE[1]), _f(z / WHITE[2])
    lab = (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))
    m = math.sqrt(sum(v * v for v in lab))
    return m, math.acos(lab[0] / m), math.atan2(lab[2], lab[1])


def msh_to_rgb(m, s, h):
    lab = (m * math.cos(s), m * math.sin(s) * math.cos(h), m * math.sin(s) * math.sin(h))
    fy = (lab[0] + 16) / 116
    x, y, z = WHITE[0] * _finv(fy + lab[1] / 500), WHITE[1] * _finv(fy), WHITE[2] * _finv(fy - lab[2] / 200)
    r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z
    g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z
    b = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z
    return tuple(_gamma(c) for c in (r, g, b))


def _adjust_hue(m, s, h, m_unsat):
    if m >= m_unsat:
        return h
    spin = s * math.sqrt(m_unsat ** 2 - m ** 2) / (m * math.sin(s))
    return h + spin if h > -math.pi / 3 else h - spin


def diverging(rgb1, rgb2, x):
    m1, s1, h1 = rgb_to_msh(rgb1)
    m2, s2, h2 = rgb_to_msh(rgb2)
    if s1 > 0.05 and s2 > 0.05 and abs(h1 - h2) > math.pi / 3:
        mid = max(m1, m2, 88.0)
        if x < 0.5:
            m2, s2, h2, x = mid, 0.0, 0.0, 2 * x
        else:
            m1, s1, h1, x = mid, 0.0, 0.0, 2 * x - 1
    if s1 < 0.05 and s2 > 0.05:
        h1 = _adjust_hue(m2, s2, h2, m1)
    elif s2 < 0.05 and s1 > 0.05:
        h2 = _adjust_hue(m1, s1, h1, m2)
    return msh_to_rgb(m1 + x * (m2 - m1), s1 + x * (s2 - s1), h1 + x * (h2 - h1))


def coolwarm():
    blue, red = (59 / 255, 76 / 255, 192 / 255), (180 / 255, 4 / 255, 38 / 255)
    return [diverging(blue, red, i / (ENTRIES - 1)) for i in range(ENTRIES)]


def main():
    text = "\n".join(line for line in SOURCE.read_text().splitlines() if not line.startswith("#"))
    written = []
    for name, rows in tables(text):
        check(name, rows)
        lines = ["{:.6f},{:.6f},{:.6f}".format(*row) for row in rows]
        (HERE / f"{name}.csv").write_text("\n".join(lines) + "\n")
        written.append(name)
    if not written:
        raise SystemExit(f"no tables found in {SOURCE}")
    rows = coolwarm()
    check("coolwarm", rows)
    (HERE / "coolwarm.csv").write_text("\n".join("{:.6f},{:.6f},{:.6f}".format(*r) for r in rows) + "\n")
    written.append("coolwarm")
    print("wrote " + ", ".join(f"{n}.csv" for n in written))


if __name__ == "__main__":
    main()
