#!/usr/bin/env python3
"""Writes NAME.csv (256 rows "r,g,b", each in 0..1) for every table in matplotlib_cm_listed.txt.

The tables are matplotlib's published colormap data (see the header of that file), saved
verbatim so this step needs neither matplotlib nor a network. Run from anywhere:

    python3 assets/colormaps/make_colormaps.py
"""
import ast
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
    print("wrote " + ", ".join(f"{n}.csv" for n in written))


if __name__ == "__main__":
    main()
