#!/usr/bin/env python3
"""Independent reference values for the structure of a landscape (MATH.md section 5):
critical points (fixed points) and basins of attraction, for the Java `fixed-points` and
`basins` commands.

Run from this folder:   python3 make_structure_reference.py
Needs numpy and scipy. Deterministic; writes structure_cases.json next to itself.

Energies and forces come from make_reference.py (the independent NumPy implementation of
MATH.md). Everything else is done differently from the Java code:
  * critical points: scipy.optimize.root (MINPACK hybrid Powell) on grad E from a 48 x 48
    grid of starts, from every point memory, and from the midpoints of the edges and the
    circumcentres of the triangles of a scipy.spatial.Delaunay triangulation of the point
    memories (where the saddles and maxima sit when the kernels are narrow); then Newton
    polishing, de-duplication, and classification by the eigenvalues of a 4th-order
    finite-difference Hessian of the force (numpy.linalg.eigvalsh);
  * the pitchfork of two memories at +-m: the roots of t = tanh(beta |m|^2 t) by brentq,
    classified by 1 - beta |m|^2 (1 - t^2), the Hessian's eigenvalue along m;
  * basins: the explicit descent from every cell centre, all cells at once: the Hopfield
    update x <- x + kappa F(x) until it moves less than 1e-15 of the width, or
    scipy.integrate.solve_ivp (DOP853, rtol 1e-11) on the tanh network's own dynamics of its
    internal state; each end polished by Newton onto its critical point.
The script checks itself before writing: every case's critical points satisfy
#minima - #saddles + #maxima = 1 (each case confines, with every critical point in view),
the pitchfork's roots agree with the generic search, and every basin end is a critical point.
"""

import json
import math
import os

import numpy as np
from scipy import integrate, optimize, spatial

import make_reference as ref

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKS = []


def check(name, ok, detail=""):
    CHECKS.append((name, ok, detail))
    print(("ok   " if ok else "FAIL ") + name + ("  " + detail if detail else ""))


# ----------------------------------------------------------------------------
# The landscape through make_reference.energy_force (canvas coordinates)
# ----------------------------------------------------------------------------

def energy(model, memories, X, tau):
    return ref.energy_force(model, memories, np.atleast_2d(X), tau)[0]


def force(model, memories, X, tau):
    return ref.energy_force(model, memories, np.atleast_2d(X), tau)[1]


def length(model, tau):
    return ref.length_scale(model, tau)


def hessian(model, memories, x, tau):
    """grad^2 E at x: 4th-order central differences of F = -grad E, symmetrised."""
    h = 1e-4 * min(length(model, tau), 1.0)
    if model["type"] == "hopfield" and model["features"] == "tanh":
        h = min(h, 1e-3 * (1 - np.max(np.abs(x))))
    H = np.zeros((2, 2))
    for i in range(2):
        e = np.zeros(2)
        e[i] = h
        pts = np.array([x - 2 * e, x - e, x + e, x + 2 * e])
        F = force(model, memories, pts, tau)
        H[:, i] = -(F[0] - 8 * F[1] + 8 * F[2] - F[3]) / (12 * h)
    return 0.5 * (H + H.T)


def is_tanh(model):
    return model["type"] == "hopfield" and model["features"] == "tanh"


def inside(model, domain, x):
    if is_tanh(model) and not np.all(np.abs(x) < 1):
        return False
    return domain[0] <= x[0] <= domain[1] and domain[2] <= x[1] <= domain[3]


def scaled_points(model, memories, tau):
    a = ref.schedule_values(model, tau)["a"] if model["type"].startswith("diffusion") else 1.0
    return np.array([a * np.asarray(m["point"], float) for m in memories if "point" in m])


def delaunay_seeds(points):
    if len(points) < 3:
        return [0.5 * (points[0] + points[-1])] if len(points) == 2 else []
    tri = spatial.Delaunay(points)
    seeds = []
    for simplex in tri.simplices:
        a, b, c = points[simplex]
        for p, q in ((a, b), (b, c), (a, c)):
            seeds.append(0.5 * (p + q))
        d = 2 * ((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]))
        if abs(d) > 1e-12:
            b2 = (b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2
            c2 = (c[0] - a[0]) ** 2 + (c[1] - a[1]) ** 2
            seeds.append(a + np.array([((c[1] - a[1]) * b2 - (b[1] - a[1]) * c2) / d,
                                       ((b[0] - a[0]) * c2 - (c[0] - a[0]) * b2) / d]))
    return seeds


def polish(model, memories, x, tau, width):
    """Newton on grad E = 0 until the step is below 1e-14 of the width; None if it does not settle."""
    for _ in range(50):
        g = -force(model, memories, x, tau)[0]
        H = hessian(model, memories, x, tau)
        try:
            step = np.linalg.solve(H, g)
        except np.linalg.LinAlgError:
            return None
        x = x - step
        if not np.all(np.isfinite(x)) or (is_tanh(model) and np.max(np.abs(x)) >= 1):
            return None
        if np.linalg.norm(step) <= 1e-14 * width:
            return x
    return None


def critical_points(model, memories, domain, tau):
    width = max(domain[1] - domain[0], domain[3] - domain[2])
    lo = np.array([domain[0], domain[2]])
    hi = np.array([domain[1], domain[3]])
    if is_tanh(model):
        lo = np.maximum(lo, -0.98)
        hi = np.minimum(hi, 0.98)
    starts = [np.array([x, y]) for x in np.linspace(lo[0], hi[0], 48) for y in np.linspace(lo[1], hi[1], 48)]
    pts = scaled_points(model, memories, tau)
    starts += list(pts) + delaunay_seeds(pts) if len(pts) else []

    def fun(x):
        if is_tanh(model) and np.max(np.abs(x)) >= 1:
            return np.full(2, 1e6)
        return -force(model, memories, x, tau)[0]

    def jac(x):
        if is_tanh(model) and np.max(np.abs(x)) >= 1:
            return np.eye(2)
        return hessian(model, memories, x, tau)

    roots = []
    for s in starts:
        sol = optimize.root(fun, s, jac=jac, method="hybr", options={"xtol": 1e-13})
        if not sol.success:
            continue
        x = polish(model, memories, sol.x, tau, width)
        if x is None or not inside(model, domain, x):
            continue
        if all(np.linalg.norm(x - r) > 1e-7 * width for r in roots):
            roots.append(x)
    out = []
    for x in roots:
        ev = np.linalg.eigvalsh(hessian(model, memories, x, tau))
        if min(abs(ev)) < 1e-6 * max(abs(ev)):
            raise AssertionError("degenerate root at %s: choose another case" % x)
        kind = "minimum" if ev[0] > 0 else ("maximum" if ev[1] < 0 else "saddle")
        out.append({"kind": kind, "x": float(x[0]), "y": float(x[1]),
                    "energy": float(energy(model, memories, x, tau)[0]),
                    "memory": memory_at(model, memories, x, tau, width)})
    order = {"minimum": 0, "saddle": 1, "maximum": 2}
    out.sort(key=lambda p: (order[p["kind"]], p["x"], p["y"]))
    return out


def index_sum(points):
    return sum(-1 if p["kind"] == "saddle" else 1 for p in points)


def counts(points):
    return {k: sum(1 for p in points if p["kind"] == k) for k in ("minimum", "saddle", "maximum")}


# ----------------------------------------------------------------------------
# Which memory a point belongs to
# ----------------------------------------------------------------------------

def weights(model, memories, x, tau):
    """The softmax weights, or None for models without them."""
    x = np.atleast_2d(x)
    t = model["type"]
    if t == "hopfield-distance" or t.startswith("diffusion"):
        if t == "hopfield-distance":
            a, s2 = 1.0, 1.0 / model["beta"]
        else:
            sv = ref.schedule_values(model, tau)
            a, s2 = sv["a"], sv["s2"]
        L = np.array([ref.logk_memory(m, x, a, s2)[0] for m in memories])
        return ref.softmax_rows(L)[:, 0]
    if t == "hopfield" and model["memory"] == "lse":
        Y = ref.point_matrix(memories)
        return ref.softmax_rows((model["beta"] * (x @ Y.T)).T)[:, 0]
    return None


def memory_at(model, memories, x, tau, width):
    if not np.all(np.isfinite(x)):
        return -1
    w = weights(model, memories, x, tau)
    if w is not None:
        n = int(np.argmax(w))
        return n if w[n] > 0.5 + 1e-9 else -1   # by more than rounding, as the Java
    Y = ref.point_matrix(memories)
    d = np.linalg.norm(Y - x, axis=1)
    n = int(np.argmin(d))
    return n if d[n] <= 0.01 * width else -1


# ----------------------------------------------------------------------------
# The pitchfork of two memories at +-m (distance energy)
# ----------------------------------------------------------------------------

def pitchfork_points(m, beta):
    """Critical points of -1/beta lse(-beta/2 |x -+ m|^2): x = t m with t = tanh(beta |m|^2 t)."""
    m = np.asarray(m, float)
    k = beta * (m @ m)
    roots = [0.0]
    if k > 1:
        t = optimize.brentq(lambda t: t - math.tanh(k * t), 1e-9, 1.0, xtol=1e-16, rtol=1e-15)
        roots += [t, -t]
    out = []
    for t in roots:
        along = 1 - k * (1 - math.tanh(k * t) ** 2)   # the Hessian's eigenvalue along m; across it is 1
        kind = "minimum" if along > 0 else "saddle"
        out.append((kind, t * m))
    return out


# ----------------------------------------------------------------------------
# Basins: explicit descents from every cell centre
# ----------------------------------------------------------------------------

def cell_centres(domain, grid):
    xs = domain[0] + (np.arange(grid) + 0.5) * (domain[1] - domain[0]) / grid
    ys = domain[2] + (np.arange(grid) + 0.5) * (domain[3] - domain[2]) / grid
    return np.array([[x, y] for y in ys for x in xs])   # j (y) outer, i (x) inner, as `field`


def update_step(model, tau):
    """kappa of the Hopfield update x <- x + kappa F(x), or None for the gradient flow."""
    t = model["type"]
    if t == "hopfield-distance":
        return 1.0
    if t.startswith("diffusion"):
        return ref.schedule_values(model, tau)["s2"]
    if t == "hopfield" and model["memory"] == "lse" and model["features"] == "quadratic":
        return 1.0
    return None


def descend_update(model, memories, X, tau, kappa, width):
    X = X.copy()
    active = np.arange(len(X))
    for _ in range(2_000_000):
        if len(active) == 0:
            break
        step = kappa * force(model, memories, X[active], tau)
        X[active] += step
        moved = np.linalg.norm(step, axis=1)
        active = active[moved > 1e-15 * width]
    assert len(active) == 0, "descents did not settle"
    return X


def tanh_velocity(model, memories, s):
    """dx/dt = Y^T f(Y tanh x) - x, the tanh network's dynamics of its internal state."""
    Y = ref.point_matrix(memories)
    _, f = ref.memory_lagrangian(model, np.atleast_2d(np.tanh(s)) @ Y.T)
    return (f @ Y - s)[0]


def descend_flow(model, memories, X, tau):
    assert is_tanh(model)
    ends = []
    for v in X:
        sol = integrate.solve_ivp(lambda t, s: tanh_velocity(model, memories, s), (0, 400), np.arctanh(v),
                                  method="DOP853", rtol=1e-11, atol=1e-13)
        ends.append(np.tanh(sol.y[:, -1]))
    return np.array(ends)


def basins(model, memories, domain, grid, tau):
    width = max(domain[1] - domain[0], domain[3] - domain[2])
    X = cell_centres(domain, grid)
    kappa = update_step(model, tau)
    ends = descend_update(model, memories, X, tau, kappa, width) if kappa is not None else descend_flow(model, memories, X, tau)
    rows = []
    for x, e in zip(X, ends):
        p = polish(model, memories, e, tau, width)
        assert p is not None and np.linalg.norm(p - e) < 1e-9 * width, "end %s is no critical point" % e
        rows.append([float(x[0]), float(x[1]), float(p[0]), float(p[1]), memory_at(model, memories, p, tau, width)])
    return rows


# ----------------------------------------------------------------------------
# Cases
# ----------------------------------------------------------------------------

P = ref.P
M_PITCH = [1.2, 0.5]                       # |m|^2 = 1.69: the split at beta = 1/1.69
DOMAIN = [-3.0, 3.0, -3.0, 3.0]


def scene(memories, model, domain=DOMAIN):
    return {"memscape": 1, "title": "reference", "domain": list(domain), "memories": memories, "model": model,
            "particles": {"count": 0}}


def triangle(radius, centre, angle):
    return [P([centre[0] + radius * math.cos(angle + 2 * math.pi * k / 3),
               centre[1] + radius * math.sin(angle + 2 * math.pi * k / 3)]) for k in range(3)]


RNG = np.random.default_rng(20240917)
SIX = [P(v) for v in RNG.uniform(-2.0, 2.0, size=(6, 2))]
FOUR = [P(v) for v in RNG.uniform(-1.5, 1.5, size=(4, 2))]
TANH3 = [P([0.7, 0.5]), P([-0.6, 0.6]), P([0.1, -0.75])]
AMBRO = [P([-2.0, 1.5]), P([1.8, 2.0]), P([0.3, -0.2]), P([-1.2, -2.0]), P([2.0, -1.2])]
TRIANGLE = triangle(1.0, (0.3, -0.2), 0.3)
LINEAR = ref.LINEAR


def fixed_point_cases():
    cases = []
    pitch = [P(M_PITCH), P([-M_PITCH[0], -M_PITCH[1]])]
    m2 = M_PITCH[0] ** 2 + M_PITCH[1] ** 2
    for k in (0.5, 0.9, 0.99, 1.01, 1.1, 2.0, 5.0):
        beta = k / m2
        model = ref.hd(beta)
        analytic = pitchfork_points(M_PITCH, beta)
        generic = critical_points(model, pitch, DOMAIN, None)
        ok = len(generic) == len(analytic) and all(
            any(g["kind"] == kind and math.hypot(g["x"] - x[0], g["y"] - x[1]) < 1e-12 for g in generic)
            for kind, x in analytic)
        check("pitchfork beta|m|^2 = %g: the generic search finds the roots of t = tanh(beta |m|^2 t)" % k, ok,
              str(counts(generic)))
        cases.append({"name": "pitchfork-%g" % k, "scene": scene(pitch, model), "tau": None,
                      "betaCritical": 1.0 / m2, "points": generic})
    for name, memories, model, tau, domain in (
            ("triangle", TRIANGLE, ref.hd(4.0), None, DOMAIN),
            ("distance-six", SIX, ref.hd(3.0), None, DOMAIN),
            ("vp-six-tau-0.05", SIX, ref.vp(LINEAR), 0.05, DOMAIN),
            ("vp-five-tau-0.001", AMBRO, ref.vp(LINEAR), 0.001, DOMAIN),
            ("ve-six-tau-0.6", SIX, ref.ve(0.01, 3.0), 0.6, DOMAIN),
            ("hopfield-lse-four", FOUR, ref.hop("quadratic", "lse", 6.0, 3), None, DOMAIN),
            ("tanh-lse-three", TANH3, ref.hop("tanh", "lse", 20.0, 3), None, [-1.0, 1.0, -1.0, 1.0]),
            ("distance-segment-two-points", [ref.SEG([-1.5, -1.0], [0.5, -1.5]), P([1.2, 1.0]), P([-1.0, 1.3])],
             ref.hd(3.0), None, DOMAIN),
            ("vp-circle-point-tau-0.15", [ref.CIRC([0.3, 0.2], 1.0), P([1.6, -0.4])], ref.vp(LINEAR), 0.15, DOMAIN)):
        points = critical_points(model, memories, domain, tau)
        check("%s: minima - saddles + maxima = 1" % name, index_sum(points) == 1, str(counts(points)))
        if name == "triangle":
            check("triangle: 3 minima, 3 saddles, 1 maximum", counts(points) == {"minimum": 3, "saddle": 3, "maximum": 1})
            centre = [p for p in points if p["kind"] == "maximum"][0]
            check("triangle: the maximum is the centre", math.hypot(centre["x"] - 0.3, centre["y"] + 0.2) < 1e-12)
        cases.append({"name": name, "scene": scene(memories, model, domain), "tau": tau, "points": points})
    return cases


def basin_cases():
    cases = []
    for name, memories, model, tau, domain in (
            ("triangle", TRIANGLE, ref.hd(4.0), None, DOMAIN),
            ("vp-six-tau-0.05", SIX, ref.vp(LINEAR), 0.05, DOMAIN),
            ("hopfield-lse-four", FOUR, ref.hop("quadratic", "lse", 6.0, 3), None, DOMAIN),
            ("distance-segment-two-points", [ref.SEG([-1.5, -1.0], [0.5, -1.5]), P([1.2, 1.0]), P([-1.0, 1.3])],
             ref.hd(3.0), None, DOMAIN),
            ("tanh-lse-three", TANH3, ref.hop("tanh", "lse", 20.0, 3), None, [-1.0, 1.0, -1.0, 1.0]),
            ("tanh-classical-three", TANH3, ref.hop("tanh", "classical", 1.0, 2), None, [-1.0, 1.0, -1.0, 1.0])):
        rows = basins(model, memories, domain, 24, tau)
        check("%s: every basin end is a critical point" % name, True,
              "memories %s" % sorted(set(r[4] for r in rows)))
        cases.append({"name": name, "scene": scene(memories, model, domain), "tau": tau, "grid": 24, "rows": rows})
    return cases


def main():
    fixed = fixed_point_cases()
    basin = basin_cases()
    failed = [c for c in CHECKS if not c[1]]
    if failed:
        raise SystemExit("%d checks failed; nothing written" % len(failed))
    path, size = ref.write_cases("structure_cases.json", [dict(c, kind="fixed-points") for c in fixed]
                                 + [dict(c, kind="basins") for c in basin])
    print("wrote %s (%d bytes)" % (os.path.basename(path), size))


if __name__ == "__main__":
    main()
