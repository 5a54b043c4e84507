"""The least-squares potential and the curl of a field on a small grid, by NumPy alone
(LeastSquaresPotentialTest reads potential_cases.json).

The potential: the minimum-norm solution (mean 0: the constants are the null space) of
    min_phi  sum over faces (D phi - face mean of g)^2
by numpy.linalg.lstsq on the difference matrix written out in full. The curl: numpy.gradient
(central inside, one-sided at the edges) of gy along x minus gx along y.
Run: python3 make_potential_reference.py > potential_cases.json
"""
import json
import numpy as np

def case(nx, ny, hx, hy, seed):
    rng = np.random.default_rng(seed)
    gx = rng.normal(size=(ny, nx))
    gy = rng.normal(size=(ny, nx))
    rows, rhs = [], []
    idx = lambda i, j: j * nx + i
    for j in range(ny):
        for i in range(nx - 1):
            r = np.zeros(nx * ny); r[idx(i + 1, j)] = 1 / hx; r[idx(i, j)] = -1 / hx
            rows.append(r); rhs.append(0.5 * (gx[j, i] + gx[j, i + 1]))
    for j in range(ny - 1):
        for i in range(nx):
            r = np.zeros(nx * ny); r[idx(i, j + 1)] = 1 / hy; r[idx(i, j)] = -1 / hy
            rows.append(r); rhs.append(0.5 * (gy[j, i] + gy[j + 1, i]))
    A, b = np.array(rows), np.array(rhs)
    phi = np.linalg.lstsq(A, b, rcond=None)[0]
    residual = A @ phi - b
    curl = np.gradient(gy, hx, axis=1) - np.gradient(gx, hy, axis=0)
    return {"nx": nx, "ny": ny, "hx": hx, "hy": hy,
            "gx": gx.ravel().tolist(), "gy": gy.ravel().tolist(),
            "phi": phi.tolist(), "curl": curl.ravel().tolist(),
            "unexplained": float(residual @ residual / (b @ b))}

print(json.dumps({"cases": [case(6, 5, 0.3, 0.45, 1), case(4, 7, 1.0, 0.25, 2), case(9, 9, 0.1, 0.1, 3)]}, indent=1))
