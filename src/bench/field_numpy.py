#!/usr/bin/env python3
"""NumPy peer of `memscape bench`'s field figures: the same formula on the same grid and memories.

Point memories ("kind": "point", the default): the distance-similarity modern Hopfield energy
(MATH.md §1), in float64:

    E(x) = −β⁻¹ lse(−½β |x − y_n|²),   F(x) = −∇E = Σ_n w_n (y_n − x),   w = softmax(−½β |x − y_n|²)

at the G×G cell centres x_i = xmin + (i + ½)(xmax − xmin)/G (likewise y), stored row by row
(index j·G + i), as Memscape's FieldEvaluator does. Written the way one would write it for a
class: broadcast the squared distances cells × memories, a stable log-sum-exp (subtract the
max), softmax weights, force = w·Y − x (Σ w = 1). The cells go in blocks of rows so the
cells × memories temporaries stay near the cache size (and 512² × 512 never needs gigabytes).

Segment memories ("kind": "segment"): the diffusion energy at one noise level (MATH.md §2.3),
    E(x) = −log p(x) = −lse_n log K_n(x) + log N + log(2π s²),   F = ∇log p,
with each segment's kernel average in closed form: with z = x − a·p0, u = z·d, r the distance
across, b0 = −u/s, b1 = (aℓ − u)/s,
    K = exp(−r²/2s²) · (√(2π) s / aℓ) · (Φ(b1) − Φ(b0)),
the difference of normal CDFs taken on the side of zero where it does not cancel (scipy.special.ndtr),
and ∇log K = −(r/s²)·n + (φ(b0) − φ(b1)) / (s (Φ(b1) − Φ(b0))) · d. Vectorized over cells and
segments, as one would write it in a notebook; needs SciPy for ndtr.

Input, a JSON object on stdin:
    {"grid": G, "beta": b, "domain": [xmin, xmax, ymin, ymax], "memories": [[x, y], ...],
     "warmups": 2, "runs": 7}
or {"kind": "segment", "grid": G, "signal": a, "variance": s², "domain": [...],
     "segments": [[x0, y0, x1, y1], ...], "warmups": 2, "runs": 7}
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


def segment_field(px, py, segments, a, s2):
    """Energy (M,) and force (M, 2) of the diffusion mixture of segments at the points (px, py)."""
    from scipy.special import ndtr
    s = np.sqrt(s2)
    p0 = a * segments[:, 0:2]
    delta = a * (segments[:, 2:4] - segments[:, 0:2])
    length = np.hypot(delta[:, 0], delta[:, 1])                              # aℓ
    dx, dy = delta[:, 0] / length, delta[:, 1] / length
    zx = px[:, None] - p0[None, :, 0]                                        # (M, N)
    zy = py[:, None] - p0[None, :, 1]
    u = zx * dx + zy * dy
    r = zy * dx - zx * dy
    b0 = -u / s
    b1 = (length - u) / s
    mass = np.where(b0 > 0, ndtr(-b0) - ndtr(-b1), ndtr(b1) - ndtr(b0))      # Φ(b1) − Φ(b0) without cancelling
    log_k = -0.5 * r ** 2 / s2 + np.log(np.sqrt(2 * np.pi) * s / length) + np.log(mass)
    top = log_k.max(axis=1, keepdims=True)
    w = np.exp(log_k - top)
    total = w.sum(axis=1, keepdims=True)
    lse = top[:, 0] + np.log(total[:, 0])
    w /= total
    drift = (np.exp(-0.5 * b0 ** 2) - np.exp(-0.5 * b1 ** 2)) / (np.sqrt(2 * np.pi) * mass * s)
    across = -r / s2                                                         # along n = (−dy, dx)
    fx = (w * (-across * dy + drift * dx)).sum(axis=1)
    fy = (w * (across * dx + drift * dy)).sum(axis=1)
    energy = -lse + np.log(len(segments)) + np.log(2 * np.pi * s2)
    return energy, np.stack([fx, fy], axis=1)


def grid_field(grid, domain, memories, beta, energy, force, evaluate=None):
    xmin, xmax, ymin, ymax = domain
    xs = xmin + (np.arange(grid) + 0.5) * (xmax - xmin) / grid
    ys = ymin + (np.arange(grid) + 0.5) * (ymax - ymin) / grid
    rows = max(1, BLOCK_ELEMENTS // (grid * len(memories)))
    for j0 in range(0, grid, rows):
        j1 = min(grid, j0 + rows)
        px = np.tile(xs, j1 - j0)
        py = np.repeat(ys[j0:j1], grid)
        e, f = evaluate(px, py) if evaluate else field(px, py, memories, beta)
        energy[j0 * grid:j1 * grid] = e
        force[j0 * grid:j1 * grid] = f
    return xs, ys


def main():
    spec = json.load(sys.stdin)
    grid = int(spec["grid"])
    domain = [float(v) for v in spec.get("domain", [-3, 3, -3, 3])]
    warmups = int(spec.get("warmups", 2))
    runs = int(spec.get("runs", 7))
    evaluate = None
    if spec.get("kind", "point") == "segment":
        segments = np.asarray(spec["segments"], dtype=np.float64).reshape(-1, 4)
        a, s2 = float(spec["signal"]), float(spec["variance"])
        evaluate = lambda px, py: segment_field(px, py, segments, a, s2)
        memories, beta = segments, None
    else:
        beta = float(spec["beta"])
        memories = np.asarray(spec["memories"], dtype=np.float64).reshape(-1, 2)

    energy = np.empty(grid * grid)
    force = np.empty((grid * grid, 2))
    for _ in range(warmups):
        grid_field(grid, domain, memories, beta, energy, force, evaluate)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        xs, ys = grid_field(grid, domain, memories, beta, energy, force, evaluate)
        times.append((time.perf_counter() - start) * 1e3)

    x = np.tile(xs, grid)
    y = np.repeat(ys, grid)
    print("ms=%.2f runs=%d numpy=%s energy_sum=%r energy_abs_sum=%r energy_moment=%r force_abs_sum=%r" % (
        statistics.median(times), runs, np.__version__,
        float(energy.sum()), float(np.abs(energy).sum()), float((energy * (x + 2 * y)).sum()),
        float(np.abs(force).sum())))


if __name__ == "__main__":
    main()
