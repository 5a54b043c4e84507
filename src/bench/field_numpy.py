#!/usr/bin/env python3
"""NumPy peer of `memscape bench`'s field figure: the same formula on the same grid and memories.

The distance-similarity modern Hopfield energy (MATH.md §1), in float64:

    E(x) = −β⁻¹ lse(−½β |x − y_n|²),   F(x) = −∇E = Σ_n w_n (y_n − x),   w = softmax(−½β |x − y_n|²)

at the G×G cell centres x_i = xmin + (i + ½)(xmax − xmin)/G (likewise y), stored row by row
(index j·G + i), as Memscape's FieldEvaluator does. Written the way one would write it for a
class: broadcast the squared distances cells × memories, a stable log-sum-exp (subtract the
max), softmax weights, force = w·Y − x (Σ w = 1). The cells go in blocks of rows so the
cells × memories temporaries stay near the cache size (and 512² × 512 never needs gigabytes).

Input, a JSON object on stdin:
    {"grid": G, "beta": b, "domain": [xmin, xmax, ymin, ymax], "memories": [[x, y], ...],
     "warmups": 2, "runs": 7}
Output, one line on stdout, key=value pairs:
    ms=<median of the timed runs> runs=<count> numpy=<version> energy_sum=… energy_abs_sum=…
    energy_moment=… force_abs_sum=…
The checksums (Σ E, Σ |E|, Σ E·(x + 2y), Σ |Fx| + |Fy|) let the caller check that both sides
computed the same field.
"""
import json
import statistics
import sys
import time

import numpy as np

BLOCK_ELEMENTS = 1 << 18   # cells × memories per block (2 MB per float64 temporary)


def field(px, py, memories, beta):
    """Energy (M,) and force (M, 2) at the points (px, py)."""
    yx = memories[:, 0]
    yy = memories[:, 1]
    sq = (px[:, None] - yx[None, :]) ** 2 + (py[:, None] - yy[None, :]) ** 2   # (M, N)
    logits = -0.5 * beta * sq
    top = logits.max(axis=1, keepdims=True)
    w = np.exp(logits - top)
    total = w.sum(axis=1, keepdims=True)
    lse = top[:, 0] + np.log(total[:, 0])
    w /= total                                                                # softmax weights
    energy = -lse / beta
    force = w @ memories - np.stack([px, py], axis=1)                         # Σ w (y − x)
    return energy, force


def grid_field(grid, domain, memories, beta, energy, force):
    xmin, xmax, ymin, ymax = domain
    xs = xmin + (np.arange(grid) + 0.5) * (xmax - xmin) / grid
    ys = ymin + (np.arange(grid) + 0.5) * (ymax - ymin) / grid
    rows = max(1, BLOCK_ELEMENTS // (grid * len(memories)))
    for j0 in range(0, grid, rows):
        j1 = min(grid, j0 + rows)
        px = np.tile(xs, j1 - j0)
        py = np.repeat(ys[j0:j1], grid)
        e, f = field(px, py, memories, beta)
        energy[j0 * grid:j1 * grid] = e
        force[j0 * grid:j1 * grid] = f
    return xs, ys


def main():
    spec = json.load(sys.stdin)
    grid = int(spec["grid"])
    beta = float(spec["beta"])
    domain = [float(v) for v in spec.get("domain", [-3, 3, -3, 3])]
    memories = np.asarray(spec["memories"], dtype=np.float64).reshape(-1, 2)
    warmups = int(spec.get("warmups", 2))
    runs = int(spec.get("runs", 7))

    energy = np.empty(grid * grid)
    force = np.empty((grid * grid, 2))
    for _ in range(warmups):
        grid_field(grid, domain, memories, beta, energy, force)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        xs, ys = grid_field(grid, domain, memories, beta, energy, force)
        times.append((time.perf_counter() - start) * 1e3)

    x = np.tile(xs, grid)
    y = np.repeat(ys, grid)
    print("ms=%.2f runs=%d numpy=%s energy_sum=%r energy_abs_sum=%r energy_moment=%r force_abs_sum=%r" % (
        statistics.median(times), runs, np.__version__,
        float(energy.sum()), float(np.abs(energy).sum()), float((energy * (x + 2 * y)).sum()),
        float(np.abs(force).sum())))


if __name__ == "__main__":
    main()
