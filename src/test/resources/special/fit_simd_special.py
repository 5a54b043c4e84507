#!/usr/bin/env python3
"""Fits the float polynomials of compute/SimdSpecial and writes reference values for SimdSpecialTest.

    python3 fit_simd_special.py            # prints the Java arrays, writes simd_special.json

erfcx(z) = t*Q(t) with t = 1/(1 + z/2), Q of degree 10 in t; I0e(z) and I1e(z)/z for z <= 8 as
degree-17 polynomials in y = z/4 - 1; sqrt(z)*I0e(z) and sqrt(z)*I1e(z) for z > 8 as degree-6
polynomials in y = 16/z - 1. Each is a Chebyshev least-squares fit, turned into powers of its
variable for Horner's rule, its coefficients rounded to float; the printed error is that of
Horner's rule run in float32 against SciPy in float64.
"""
import json
import os

import numpy as np
from numpy.polynomial import chebyshev as C
from numpy.polynomial import polynomial as P
from scipy.special import erfcx, i0e, i1e

F32 = np.float32


def chebyshev_fit(fun, degree, nodes=8000):
    y = np.cos(np.pi * (np.arange(nodes) + 0.5) / nodes)      # Chebyshev nodes in [-1, 1]
    return C.cheb2poly(C.chebfit(y, fun(y), degree))        # powers of y


def horner32(coefficients, x):
    x = x.astype(F32)
    p = F32(coefficients[-1])
    for c in coefficients[-2::-1]:
        p = p * x + F32(c)
    return p


def report(name, coefficients, fun, y):
    c32 = [float(F32(c)) for c in coefficients]
    error = np.max(np.abs(horner32(c32, y).astype(float) / fun(y) - 1))
    print("    // max relative error in float %.2e" % error)
    print("    static final float[] %s = {%s};" % (name, ", ".join("%.9ef" % c for c in c32[::-1])))


def erfcx_over_t(y):
    t = (y + 1) / 2
    z = 2 * (1 - t) / np.maximum(t, 1e-300)
    return np.where(t <= 0, 0.5 / np.sqrt(np.pi), erfcx(z) / np.maximum(t, 1e-300))


def main():
    # Q in y = 2t - 1, then composed back into powers of t
    q_y = chebyshev_fit(erfcx_over_t, 10)
    q_t = np.zeros(1)
    for c in q_y[::-1]:
        q_t = P.polyadd(P.polymul(q_t, [-1, 2]), [c])
    t = np.linspace(1e-7, 1, 400001)
    report("ERFCX", q_t, lambda x: erfcx_over_t(2 * x - 1), t)

    small = np.linspace(-1, 1, 400001)
    large = np.linspace(-1 + 1e-9, 1, 400001)
    report("SMALL_I0E", chebyshev_fit(lambda y: i0e(4 * (y + 1)), 17), lambda y: i0e(4 * (y + 1)), small)
    over_z = lambda y: np.where(y == -1, 0.5, i1e(4 * (y + 1)) / np.maximum(4 * (y + 1), 1e-300))
    report("SMALL_I1E_OVER_Z", chebyshev_fit(over_z, 17), over_z, small)
    big0 = lambda y: i0e(16 / (y + 1)) * np.sqrt(16 / (y + 1))
    big1 = lambda y: i1e(16 / (y + 1)) * np.sqrt(16 / (y + 1))
    report("LARGE_I0E", chebyshev_fit(big0, 6), big0, large)
    report("LARGE_I1E", chebyshev_fit(big1, 6), big1, large)

    # reference values at float inputs, for the Java test
    rng = np.random.default_rng(13)
    z = np.concatenate([[0, 1e-6, 0.5, 1, 7.999, 8, 8.001, 30, 1e3, 1e6],
                        rng.uniform(0, 10, 300), np.exp(rng.uniform(-10, 14, 300))]).astype(F32).astype(float)
    over_z_values = np.where(z == 0, 0.5, i1e(z) / np.where(z == 0, 1, z))
    out = {"z": z.tolist(), "erfcx": erfcx(z).tolist(), "i0e": i0e(z).tolist(), "i1eOverZ": over_z_values.tolist()}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "simd_special.json")
    with open(path, "w") as f:
        json.dump(out, f)
    print("wrote", path)


if __name__ == "__main__":
    main()
