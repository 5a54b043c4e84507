"""Reference values for LogMath (log Φ, log(Φ(b1) − Φ(b0)), log I0e, I1/I0), from SciPy.

Run: python3 make_special.py  (writes special_functions.json beside this file).
The differences of normal CDFs are taken in mpmath-free high precision by scipy's log_ndtr
where both ends are in one tail, and by ndtr otherwise; the short-interval cases by scipy.integrate.
"""
import json
import numpy as np
from scipy import special, integrate

log_cdf = [[c, float(special.log_ndtr(c))] for c in
           [-1e6, -1e3, -40.0, -38.5, -10.0, -5.0, -1.0001, -1.0, -0.5, 0.0, 0.5, 3.0, 8.0, 40.0]]


def log_diff(b0, b1):
    if b1 - b0 < 1e-2:
        # short interval: integrate the density directly, relative to its value at the midpoint
        m = 0.5 * (b0 + b1)
        val, _ = integrate.quad(lambda t: np.exp(-0.5 * t * t + 0.5 * m * m), b0, b1, epsabs=0, epsrel=1e-13)
        return float(np.log(val) - 0.5 * m * m - 0.5 * np.log(2 * np.pi))
    if b1 <= 0:
        hi, lo = special.log_ndtr(b1), special.log_ndtr(b0)
        return float(hi + np.log1p(-np.exp(lo - hi)))
    if b0 >= 0:
        return log_diff(-b1, -b0)
    return float(np.log(special.ndtr(b1) - special.ndtr(b0)))


pairs = [(-50.0, -49.0), (-50.0, -49.9999), (-3.0, 2.0), (-0.001, 0.0015), (0.0, 1e-7), (5.0, 9.0),
         (30.0, 31.0), (-1e4, -9999.5), (-2.0, -1.0), (1.0, 1.0004), (-40.0, 40.0), (-7.0, -6.99)]
log_cdf_diff = [[b0, b1, log_diff(b0, b1)] for b0, b1 in pairs]

bessel = [[z, float(np.log(special.i0e(z))), float(special.i1e(z) / special.i0e(z))]
          for z in [0.0, 1e-9, 1e-3, 0.5, 1.0, 5.0, 20.0, 29.9, 30.0, 30.1, 100.0, 1e4, 1e8, 1e12]]

with open("special_functions.json", "w") as f:
    json.dump({"logNormalCdf": log_cdf, "logNormalCdfDifference": log_cdf_diff, "bessel": bessel}, f, indent=1)
