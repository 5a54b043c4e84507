#!/usr/bin/env python3
"""Reference values for PairedRunsTest: the same particles under several dynamics (issue 14.5).

Run from this folder:   python3 make_paired_reference.py      (numpy only, a second)

For each case it writes a full scene (explicit starting points, so no random numbers are
involved), the deterministic dynamics it compares, the memory each particle ends at under each,
and for each pair the number of particles at one memory, the same, under both. Written from
MATH.md, not from the Java code:

  * hopfield-distance, E = -1/beta lse(-beta/2 |x - y_n|^2): force sum_n w_n (y_n - x), with
    w = softmax(-beta/2 |x - y_n|^2); gradient flow x <- x + step * force; the Hopfield update
    x <- sum_n w_n y_n.
  * diffusion-vp (linear schedule 0.1/20): log abar(t) = -(0.1 t + 19.9 t^2 / 2), a = sqrt(abar),
    s^2 = 1 - abar, c = beta(t)/2, g^2 = beta(t); score(x, t) = sum_n w_n (a y_n - x) / s^2 with
    w = softmax(-|x - a y_n|^2 / (2 s^2)).
      - probability-flow ODE by Euler on tau_k = tauMax - k h, h = (tauMax - tauMin)/K:
        x <- x + h (c x + g^2/2 score), then at the end Tweedie at tauMin: x <- (x + s^2 score)/a;
      - the gradient flow at tauMin: x <- x + step * s^2(tauMin) * score(x, tauMin);
      - the Hopfield update at tauMin, in memory space: x <- sum_n w_n y_n, w = softmax(-beta_eff/2
        |x - y_n|^2), beta_eff = a^2 / s^2.
  * The memory of an end point x is n where w_n(x) > 1/2 (at tauMin for diffusion), else -1.
"""

import json
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def softmax(logits):
    logits = logits - logits.max(axis=-1, keepdims=True)
    w = np.exp(logits)
    return w / w.sum(axis=-1, keepdims=True)


def memory_of(w):
    out = []
    for row in w:
        n = int(np.argmax(row))
        # no end within rounding of the rule's threshold: the Java run must be able to agree exactly
        assert abs(row[n] - 0.5) > 1e-4, row
        out.append(n if row[n] > 0.5 + 1e-9 else -1)
    return out


def distance_case(name, memories, beta, step, steps, starts):
    y = np.array(memories, dtype=float)
    weights = lambda x: softmax(-0.5 * beta * ((x[:, None, :] - y[None]) ** 2).sum(-1))
    x0 = np.array(starts, dtype=float)
    flow = x0.copy()
    update = x0.copy()
    for _ in range(steps):
        flow = flow + step * ((weights(flow)[:, :, None] * (y[None] - flow[:, None, :])).sum(1))
        update = weights(update) @ y
    scene = {"memscape": 1, "title": name, "domain": [-3, 3, -3, 3],
             "memories": [{"point": m} for m in memories],
             "model": {"type": "hopfield-distance", "beta": beta},
             "dynamics": {"sampler": "gradient-flow", "step": step, "steps": steps},
             "particles": {"seed": 0, "init": {"points": starts}}}
    ends = {"gradient-flow": memory_of(weights(flow)), "hopfield-update": memory_of(weights(update))}
    return scene, ends


def vp(t):
    log_ab = -(0.1 * t + 0.5 * 19.9 * t * t)
    beta = 0.1 + 19.9 * t
    return math.exp(0.5 * log_ab), -math.expm1(log_ab), 0.5 * beta, beta


def diffusion_case(name, memories, tau_min, step, steps, starts):
    y = np.array(memories, dtype=float)

    def weights(x, t):
        a, s2, _, _ = vp(t)
        return softmax(-((x[:, None, :] - a * y[None]) ** 2).sum(-1) / (2 * s2))

    def score(x, t):
        a, s2, _, _ = vp(t)
        return (weights(x, t)[:, :, None] * (a * y[None] - x[:, None, :])).sum(1) / s2

    x0 = np.array(starts, dtype=float)
    h = (1.0 - tau_min) / steps
    ode = x0.copy()
    for k in range(steps):
        t = 1.0 - k * h
        _, _, c, g2 = vp(t)
        ode = ode + h * (c * ode + 0.5 * g2 * score(ode, t))
    a, s2, _, _ = vp(tau_min)
    ode = (ode + s2 * score(ode, tau_min)) / a
    flow = x0.copy()
    for _ in range(steps):
        flow = flow + step * s2 * score(flow, tau_min)
    beta_eff = a * a / s2
    update = x0.copy()
    for _ in range(steps):
        update = softmax(-0.5 * beta_eff * ((update[:, None, :] - y[None]) ** 2).sum(-1)) @ y
    scene = {"memscape": 1, "title": name, "domain": [-3, 3, -3, 3],
             "memories": [{"point": m} for m in memories],
             "model": {"type": "diffusion-vp", "schedule": {"type": "linear", "betaMin": 0.1, "betaMax": 20}},
             "dynamics": {"sampler": "probability-flow-ode", "step": step, "steps": steps, "tauMax": 1, "tauMin": tau_min},
             "particles": {"seed": 0, "init": {"points": starts}}}
    ends = {"probability-flow-ode": memory_of(weights(ode, tau_min)), "gradient-flow": memory_of(weights(flow, tau_min)),
            "hopfield-update": memory_of(weights(update, tau_min))}
    return scene, ends


def agreement(ends, names):
    same = {}
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            same[a + "/" + b] = sum(1 for p, q in zip(ends[a], ends[b]) if p >= 0 and p == q)
    return same


def main():
    grid = [[round(x, 3), round(y, 3)] for y in np.linspace(-2.6, 2.6, 9) for x in np.linspace(-2.6, 2.6, 9)]
    triangle = [[1.6, 0.4], [-1.2, 1.1], [0.3, -1.5]]
    cases = []
    # beta = 1.2: wide kernels, the update and the flow take some starts to different ends, some to mixtures
    for name, beta in [("distance, three memories, beta 1.2", 1.2), ("distance, three memories, beta 3", 3.0)]:
        scene, ends = distance_case(name, triangle, beta, 0.1, 60, grid)
        cases.append((scene, ends))
    scene, ends = diffusion_case("diffusion, three memories, tauMin 0.05", triangle, 0.05, 0.05, 80, grid)
    cases.append((scene, ends))
    out = []
    for scene, ends in cases:
        names = list(ends)
        same = agreement(ends, names)
        print("%-40s %s  retrieved %s" % (scene["title"], same, {n: sum(1 for m in ends[n] if m >= 0) for n in names}))
        out.append({"scene": scene, "dynamics": names, "memories": [ends[n] for n in names], "same": same})
    # the cases must tell the dynamics apart somewhere, or the test could not fail on a swapped dynamics
    assert any(len(set(tuple(m) for m in c["memories"])) > 1 for c in out)
    path = os.path.join(HERE, "paired_cases.json")
    with open(path, "w") as fh:
        json.dump(out, fh, indent=1)
        fh.write("\n")
    print("written: %s (%d cases)" % (os.path.basename(path), len(out)))


if __name__ == "__main__":
    main()
