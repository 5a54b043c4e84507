#!/usr/bin/env python3
"""Independent reference values for the D-dimensional experiments (org.memscape.experiment).

Run from this folder:   python3 make_experiment_reference.py
Needs numpy and scipy. Deterministic (numpy's PCG64 with fixed seeds); writes
experiment_cases.json next to itself. Written from the protocol in the issue text and
MATH.md, not from the Java code:

  * modern Hopfield update   x <- Y^T softmax(beta Y x)            (stable softmax)
  * VP diffusion, constant rate gamma: a = exp(-gamma t / 2), s^2 = 1 - exp(-gamma t);
    the exact score of the mixture (1/n) sum N(a y_n, s^2 I) with the *general* distance
    form w = softmax(-|x - a y_n|^2 / (2 s^2)) (the Java code uses the equal-norm shortcut);
    Euler PF-ODE step  x + h [gamma x / 2 + gamma score / 2]; the drift of the reverse SDE
    x + h [gamma x / 2 + gamma score]
  * classical Hopfield: W = Y^T Y (diagonal included), synchronous x <- sign(W x),
    sign(0) = +1, until x stops changing (at most 100 sweeps)
  * Pearson correlation (np.corrcoef) and Hamming error (mean of a != b)
  * the statistics of the corruption and the mask, in closed form (scipy.stats.norm)
  * a whole retrieval table, run as a plain numpy loop with numpy's own random numbers:
    the Java table must agree within the bootstrap intervals of both.
  * the mean Hamming error of the pattern nearest to the corrupted start at (d, n) =
    (10, 5), (20, 50), (30, 700): each near 3%, the capacity a nearest-pattern retriever has.
"""

import json
import math
import os
import time

import numpy as np
from scipy.stats import norm

HERE = os.path.dirname(os.path.abspath(__file__))
GAMMA = 0.8


def softmax(v):
    m = np.max(v)
    e = np.exp(v - m)
    return e / np.sum(e)


def mhn_update(Y, x, beta):
    return Y.T @ softmax(beta * (Y @ x))


def mhn_retrieve(Y, x, beta, iterations):
    for _ in range(iterations):
        x = mhn_update(Y, x, beta)
    return x


def score(Y, x, t):
    a = math.exp(-0.5 * GAMMA * t)
    s2 = -math.expm1(-GAMMA * t)
    d2 = np.sum((x[None, :] - a * Y) ** 2, axis=1)
    w = softmax(-d2 / (2 * s2))
    return (a * (w @ Y) - x) / s2


def ode_drift(Y, x, t):
    return 0.5 * GAMMA * x + 0.5 * GAMMA * score(Y, x, t)


def sde_drift(Y, x, t):
    return 0.5 * GAMMA * x + GAMMA * score(Y, x, t)


def pf_ode(Y, x, t_start, steps):
    h = t_start / steps
    for k in range(steps):
        t = (steps - k) * h
        x = x + h * ode_drift(Y, x, t)
    return x


def sign(v):
    return np.where(v >= 0, 1.0, -1.0)


def classic(Y, x, sweeps):
    W = Y.T @ Y
    done = 0
    for _ in range(sweeps):
        done += 1
        nxt = sign(W @ x)
        if np.array_equal(nxt, x):
            break
        x = nxt
    return x, done


def binary(rng, n, d):
    return np.where(rng.standard_normal((n, d)) >= 0, 1.0, -1.0)


def hopfield_cases(rng):
    cases = []
    for (n, d, beta) in [(7, 10, 0.5), (7, 10, 5.0), (30, 10, 5.0), (5, 40, 50.0), (3, 4, 1e3)]:
        Y = binary(rng, n, d)
        x = 0.68 * Y[0] + math.sqrt(1 - 0.68 ** 2) * rng.standard_normal(d)
        cases.append({"patterns": Y.tolist(), "x": x.tolist(), "beta": beta,
                      "update": mhn_update(Y, x, beta).tolist(),
                      "retrieved150": sign(mhn_retrieve(Y, x, beta, 150)).tolist()})
    return cases


def diffusion_cases(rng):
    cases = []
    t_start = -2 * math.log(0.68) / GAMMA
    for (n, d, t) in [(4, 5, t_start), (10, 10, 0.3), (10, 10, t_start / 300), (30, 10, 0.05), (3, 20, 1.7)]:
        Y = binary(rng, n, d)
        x = 0.68 * Y[0] + math.sqrt(1 - 0.68 ** 2) * rng.standard_normal(d)
        cases.append({"patterns": Y.tolist(), "x": x.tolist(), "t": t,
                      "odeStep": (x + t * ode_drift(Y, x, t)).tolist(),
                      "sdeDriftStep": (x + t * sde_drift(Y, x, t)).tolist()})
    runs = []
    for (n, d) in [(4, 5), (10, 10), (20, 10)]:
        Y = binary(rng, n, d)
        x = 0.68 * Y[0] + math.sqrt(1 - 0.68 ** 2) * rng.standard_normal(d)
        runs.append({"patterns": Y.tolist(), "x": x.tolist(), "tStart": t_start, "steps": 300,
                     "final": pf_ode(Y, x, t_start, 300).tolist()})
    return cases, runs


def classic_cases(rng):
    cases = []
    for (n, d, real) in [(3, 10, True), (2, 6, False), (4, 8, False), (10, 10, True), (1, 5, True)]:
        Y = binary(rng, n, d)
        if real:
            x = 0.68 * Y[0] + math.sqrt(1 - 0.68 ** 2) * rng.standard_normal(d)
        else:
            x = Y[0].copy()
            x[: d // 2] *= -1          # a binary start that makes some fields exactly 0
        field = Y.T @ Y @ x
        final, sweeps = classic(Y, x, 100)
        cases.append({"patterns": Y.tolist(), "x": x.tolist(), "sweep": sign(field).tolist(),
                      "zeroFields": int(np.sum(field == 0)), "final": final.tolist(), "sweeps": sweeps})
    return cases


def score_cases(rng):
    cases = []
    for (size, kind) in [(10, "signs"), (37, "signs"), (200, "signs"), (13, "reals")]:
        if kind == "signs":
            a = sign(rng.standard_normal(size))
            b = np.where(rng.random(size) < 0.8, a, -a)
        else:
            a = rng.standard_normal(size)
            b = 0.5 * a + rng.standard_normal(size)
        cases.append({"a": a.tolist(), "b": b.tolist(), "pearson": float(np.corrcoef(a, b)[0, 1]),
                      "hamming": float(np.mean(a != b))})
    v = rng.standard_normal(101)
    percentiles = {"values": v.tolist(), "p2.5": float(np.percentile(v, 2.5)), "p97.5": float(np.percentile(v, 97.5)),
                   "p50": float(np.percentile(v, 50))}
    return cases, percentiles


def corruption_statistics(theta):
    # the corrupted entry theta*y + sqrt(1-theta^2)*eps has the wrong sign with probability
    # P(eps < -theta/sqrt(1-theta^2)); its correlation with y is theta (unit variance).
    return {"theta": theta, "wrongSign": float(norm.cdf(-theta / math.sqrt(1 - theta ** 2))),
            "correlation": theta, "kept": 0.5, "maskedCorrelation": math.sqrt(0.5)}


def table(rng, reps, dim=10, counts=(10, 20, 30), theta=0.68, beta=5.0):
    """The retrieval table as a plain numpy loop (one repetition at a time)."""
    t_start = -2 * math.log(theta) / GAMMA
    rows = []
    for task in ("denoising", "completion"):
        for n in counts:
            h_all, d_all, c_all, t_all = [], [], [], []
            for _ in range(reps):
                Y = binary(rng, n, dim)
                y = Y[0]
                if task == "denoising":
                    x0 = theta * y + math.sqrt(1 - theta ** 2) * rng.standard_normal(dim)
                else:
                    x0 = np.where(rng.random(dim) < 0.5, y, 0.0)
                h_all.append(sign(mhn_retrieve(Y, x0, beta, 150)))
                d_all.append(sign(pf_ode(Y, x0, t_start, 300)))
                c_all.append(classic(Y, x0, 100)[0])
                t_all.append(y)
            H, D, C, T = (np.array(v) for v in (h_all, d_all, c_all, t_all))
            rows.append({"task": task, "patterns": n, "reps": reps,
                         "diffusion": float(np.corrcoef(H.ravel(), D.ravel())[0, 1]),
                         "classic": float(np.corrcoef(H.ravel(), C.ravel())[0, 1]),
                         "true": float(np.corrcoef(H.ravel(), T.ravel())[0, 1]),
                         "hopfieldError": float(np.mean(H != T)),
                         "diffusionError": float(np.mean(D != T)),
                         "classicError": float(np.mean(C != T))})
    return rows


def nearest_pattern(rng, cases, reps=2000, theta=0.68):
    """Mean Hamming error of the stored pattern nearest to the corrupted start (largest overlap):
    the capacity a perfect nearest-pattern retriever would have sits where this crosses 3%."""
    out = []
    for (d, n) in cases:
        err = 0.0
        for _ in range(reps):
            Y = binary(rng, n, d)
            x = theta * Y[0] + math.sqrt(1 - theta ** 2) * rng.standard_normal(d)
            err += np.mean(Y[np.argmax(Y @ x)] != Y[0])
        out.append({"dim": d, "patterns": n, "reps": reps, "error": err / reps})
    return out


def main():
    rng = np.random.default_rng(20231001)
    diffusion, runs = diffusion_cases(rng)
    scores, percentiles = score_cases(rng)
    start = time.time()
    rows = table(np.random.default_rng(7), 400)
    print("numpy table, 400 repetitions a cell: %.1f s" % (time.time() - start))
    for r in rows:
        print("  %-10s n=%2d  diffusion %.4f  classic %.4f  true %.4f  errors %.4f %.4f %.4f" % (
            r["task"], r["patterns"], r["diffusion"], r["classic"], r["true"],
            r["hopfieldError"], r["diffusionError"], r["classicError"]))
    out = {"gamma": GAMMA, "hopfield": hopfield_cases(rng), "diffusionSteps": diffusion, "diffusionRuns": runs,
           "classic": classic_cases(rng), "scores": scores, "percentiles": percentiles,
           "corruption": corruption_statistics(0.68), "table": rows,
           "nearest": nearest_pattern(np.random.default_rng(11), [(10, 5), (20, 50), (30, 700)])}
    for c in out["nearest"]:
        print("  nearest pattern d=%d n=%d: mean Hamming error %.4f" % (c["dim"], c["patterns"], c["error"]))
    path = os.path.join(HERE, "experiment_cases.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
    print("wrote", path, os.path.getsize(path), "bytes")


if __name__ == "__main__":
    main()
