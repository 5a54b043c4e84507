#!/usr/bin/env python3
"""Reference numbers for PresetClaimsTest: what each preset's description claims, computed
independently with NumPy/SciPy from MATH.md. Run from this folder:  python3 preset_claims.py

Writes preset_claims.json. The Java test runs each preset headless and checks its particles
against these numbers; the landscape claims (how many valleys, where) it checks with its own
search, against the same numbers.

Minima of distance-similarity and diffusion energies (points): the mean-shift iteration
x <- c sum_n w_n y_n (MATH.md §5) from a 21x21 grid over the domain, distinct end points kept
when the Hessian I - lambda c² Cov_w(y) is positive definite. TinyBrain models (survey §4):
Euler on the gradient flow in the state x (v = tanh x for tanh features) from a grid of starts.
"""

import json
import math
import os

import numpy as np
from scipy.optimize import brentq

HERE = os.path.dirname(os.path.abspath(__file__))


def mixture_minima(Y, lam, c, box, grid=21, iterations=50000):
    xs = np.linspace(box[0], box[1], grid)
    ys = np.linspace(box[2], box[3], grid)
    X = np.array([[a, b] for b in ys for a in xs])
    for _ in range(iterations):
        d = c * Y[None] - X[:, None]
        L = -0.5 * lam * (d ** 2).sum(-1)
        L -= L.max(axis=1, keepdims=True)
        w = np.exp(L)
        w /= w.sum(axis=1, keepdims=True)
        new = c * (w @ Y)
        done = np.abs(new - X).max() < 1e-13
        X = new
        if done:
            break
    found = []
    for x in X:
        if any(np.linalg.norm(x - p) < 1e-4 for p in found):
            continue
        d = c * Y - x
        L = -0.5 * lam * (d ** 2).sum(-1)
        w = np.exp(L - L.max())
        w /= w.sum()
        m = w @ Y
        cov = (Y * w[:, None]).T @ Y - np.outer(m, m)
        if np.linalg.eigvalsh(np.eye(2) - lam * c * c * cov).min() > 1e-9:
            found.append(x)
    return sorted([[float(v) for v in p] for p in found])


def vp_linear(t):
    integral = 0.1 * t + 0.5 * 19.9 * t * t
    return math.exp(-0.5 * integral), -math.expm1(-integral)


def tinybrain_ends(Y, starts, features, memory, beta=None, step=0.05, steps=300):
    """Euler on the TinyBrain flow dx/dt = Y^T f(Y g) - x, g = tanh x or x; returns canvas ends."""
    x = np.arctanh(starts) if features == "tanh" else starts.copy()
    for _ in range(steps):
        g = np.tanh(x) if features == "tanh" else x
        h = g @ Y.T
        if memory == "classical":
            f = h
        else:
            z = beta * h
            z -= z.max(axis=1, keepdims=True)
            f = np.exp(z)
            f /= f.sum(axis=1, keepdims=True)
        x = x + step * (f @ Y - x)
    return np.tanh(x) if features == "tanh" else x


def distinct(points, tol=1e-3):
    out = []
    for p in points:
        for q in out:
            if np.linalg.norm(p - q[0]) < tol:
                q[1] += 1
                break
        else:
            out.append([p, 1])
    return [([float(v) for v in p], n) for p, n in out]


def main():
    out = {}

    # classical-hopfield-fails: tanh features, Hebbian W = Y^T Y = 1.62 I
    Y = np.array([[0.9, 0], [-0.9, 0], [0, 0.9], [0, -0.9]])
    W = Y.T @ Y
    assert np.allclose(W, 1.62 * np.eye(2))
    x_star = brentq(lambda x: x - 1.62 * math.tanh(x), 0.1, 5.0)
    corner = math.tanh(x_star)
    g = 0.9 * np.arange(-7, 8) / 7.0        # a 15 x 15 grid with exact zeros on the axes
    ends = tinybrain_ends(Y, np.array([[a, b] for b in g for a in g]), "tanh", "classical", steps=2000)
    kinds = {"corner": 0, "axis": 0, "origin": 0}
    for e in ends:
        big = np.abs(e) > 0.5
        kinds["corner" if big.all() else "axis" if big.any() else "origin"] += 1
    assert kinds == {"corner": 196, "axis": 28, "origin": 1}, kinds
    # beside each memory, on the axis, the flow stops at (v*, 0): a saddle. Along the other axis
    # the energy's curvature in v there is d²/dv² [v artanh v + ½ log(1 - v²) - ½ 1.62 v²] at 0.
    saddle_curvature = 1.0 - 1.62
    # two close memories merge: W = [[1, .96], [.96, 1]], along (1, 1) x = 1.96 tanh x
    merged = math.tanh(brentq(lambda x: x - 1.96 * math.tanh(x), 0.1, 5.0))
    ends2 = tinybrain_ends(np.array([[0.8, 0.6], [0.6, 0.8]]),
                           np.array([[a, b] for b in g for a in g]), "tanh", "classical", steps=2000)
    merged_states = distinct(ends2)
    out["classical-hopfield-fails"] = {
        "corner": corner, "hebbianScale": 1.62, "saddleCurvature": saddle_curvature,
        "gridEnds": kinds, "merged": merged, "mergedStates": merged_states}
    print("classical: corner states at ±%.5f, grid ends %s, merged valley at (%.4f, %.4f), states %s"
          % (corner, kinds, merged, merged, merged_states))

    # dense-memory-stores-three: quadratic features, lse beta = 20, memories on a circle of 0.6
    Y3 = np.array([[0.6, 0], [-0.3, 0.5196152422706632], [-0.3, -0.5196152422706632]])
    gd = np.linspace(-1.4, 1.4, 21)
    ends3 = tinybrain_ends(Y3, np.array([[a, b] for b in gd for a in gd]), "quadratic", "lse", 20.0, steps=3000)
    states3 = distinct(ends3)
    # the origin: Y^T softmax(0) = mean(Y) = 0, a fixed point; Hessian I - beta Cov_uniform(Y)
    cov = Y3.T @ Y3 / 3
    origin_curvature = float(np.linalg.eigvalsh(np.eye(2) - 20 * cov).max())
    out["dense-memory-stores-three"] = {"states": states3, "originCurvature": origin_curvature}
    print("dense: states %s, origin Hessian eigenvalues at most %.3f" % (states3, origin_curvature))

    # tanh-features: lse beta = 20 with tanh features, minima at v = tanh(Y^T softmax(beta Y v))
    Yt = np.array([[0.7, 0.5], [-0.6, 0.6], [0.1, -0.75]])
    gt = np.linspace(-0.95, 0.95, 21)
    states_t = distinct(tinybrain_ends(Yt, np.array([[a, b] for b in gt for a in gt]), "tanh", "lse", 20.0, steps=3000))
    out["tanh-features"] = {"states": states_t, "tanhOfMemories": np.tanh(Yt).tolist()}
    print("tanh-features: states %s" % states_t)

    # survey-figure-1: distance similarity, beta = 2
    Y2 = np.array([[1.5, 1.5], [-1.5, -1.5]])
    out["survey-figure-1"] = {"minima": mixture_minima(Y2, 2.0, 1.0, (-3, 3, -3, 3))}

    # modern-hopfield-same-memories: distance similarity, beta = 4
    F4 = np.array([[2, 1.5], [-2, 1.5], [0, -2], [0, 0.3]])
    out["modern-hopfield-same-memories"] = {"minima": mixture_minima(F4, 4.0, 1.0, (-3, 3, -3, 3))}

    # valleys-split-as-noise-falls: VP linear, minima as tau falls
    counts = []
    for t in [1.0, 0.6, 0.3, 0.28, 0.27, 0.26, 0.05, 0.001]:
        a, s2 = vp_linear(t)
        counts.append([t, len(mixture_minima(F4, 1.0 / s2, a, (-3, 3, -3, 3)))])
    tau_one = brentq(lambda t: vp_linear(t)[0] ** 2 / vp_linear(t)[1] - 1.0, 0.01, 1.0)
    a, s2 = vp_linear(0.275)
    out["valleys-split-as-noise-falls"] = {"minimaAtTau": counts, "tauBetaEffOne": tau_one,
                                           "betaEffAtSplit": a * a / s2}
    print("valleys-split: minima at tau %s; beta_eff = 1 at tau %.4f; beta_eff(0.275) = %.3f"
          % (counts, tau_one, a * a / s2))

    # ambrogioni-1a-points: five memories, one bowl at tau = 1, five valleys at tauMin
    F5 = np.array([[-2, 1.5], [1.8, 2], [0.3, -0.2], [-1.2, -2], [2, -1.2]])
    counts5 = []
    for t in [1.0, 0.001]:
        a, s2 = vp_linear(t)
        counts5.append([t, len(mixture_minima(F5, 1.0 / s2, a, (-3, 3, -3, 3)))])
    out["ambrogioni-1a-points"] = {"minimaAtTau": counts5}
    print("1a: minima at tau %s" % counts5)

    path = os.path.join(HERE, "preset_claims.json")
    with open(path, "w") as fh:
        json.dump(out, fh, indent=1)
        fh.write("\n")
    print("written:", os.path.basename(path))


if __name__ == "__main__":
    main()
