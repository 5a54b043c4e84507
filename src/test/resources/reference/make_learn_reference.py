"""Reference values for the learned score (org.memscape.learn), computed with NumPy alone.

Writes learn_cases.json with
  adam:    parameters, a gradient per step and the parameters after each Adam step, float32
           throughout as optax.adam computes them (b1 0.9, b2 0.999, eps 1e-8, bias-corrected);
  forward: a small noise-prediction network (its weights as float32 values, row-major in x out)
           and its output eps_hat(x, tau) at a few points, in float64 from those weights, for a
           linear VP schedule (betaMin 0.1, betaMax 20): inputs c_in(tau)*x, tau, sin(k pi tau),
           cos(k pi tau) for k = 1..F, c_in = 1/sqrt(a^2 m2 + s^2); SiLU hidden layers, linear output.

Regenerate: cd src/test/resources/reference && python3 make_learn_reference.py
"""
import json
import numpy as np

rng = np.random.default_rng(20260516)


def adam_case():
    n, steps = 7, 5
    lr, b1, b2, eps = np.float32(3e-3), np.float32(0.9), np.float32(0.999), np.float32(1e-8)
    theta = rng.normal(size=n).astype(np.float32)
    start = theta.copy()
    m = np.zeros(n, np.float32)
    v = np.zeros(n, np.float32)
    grads, after = [], []
    for t in range(1, steps + 1):
        g = (rng.normal(size=n) * 10.0 ** rng.integers(-4, 2, size=n)).astype(np.float32)
        m = b1 * m + (np.float32(1) - b1) * g
        v = b2 * v + (np.float32(1) - b2) * g * g
        m_hat = m / np.float32(1 - 0.9 ** t)
        v_hat = v / np.float32(1 - 0.999 ** t)
        theta = theta - lr * m_hat / (np.sqrt(v_hat) + eps)
        grads.append(g.tolist())
        after.append(theta.tolist())
    return {"learningRate": 3e-3, "start": start.tolist(), "gradients": grads, "after": after}


def vp_linear(tau, bmin=0.1, bmax=20.0):
    log_abar = -(bmin * tau + 0.5 * (bmax - bmin) * tau * tau)
    return np.exp(0.5 * log_abar), -np.expm1(log_abar)


def forward_case():
    dim, freqs, hidden, m2 = 2, 3, [6, 5], 1.7
    sizes = [dim + 1 + 2 * freqs] + hidden + [dim]
    layers = []
    for i in range(len(sizes) - 1):
        w = (rng.normal(size=(sizes[i], sizes[i + 1])) / np.sqrt(sizes[i])).astype(np.float32)
        b = (0.1 * rng.normal(size=sizes[i + 1])).astype(np.float32)
        layers.append((w, b))
    cases = []
    for x, tau in [([0.3, -1.2], 0.3), ([2.0, 1.5], 0.05), ([-2.5, 0.1], 0.8), ([0.0, 0.0], 1.0), ([1.1, -0.4], 0.001)]:
        a, s2 = vp_linear(tau)
        c_in = 1 / np.sqrt(a * a * m2 + s2)
        k = np.arange(1, freqs + 1)
        feats = np.concatenate([c_in * np.array(x), [tau], np.ravel(np.column_stack([np.sin(k * np.pi * tau), np.cos(k * np.pi * tau)]))])
        h = feats.astype(np.float64)
        for i, (w, b) in enumerate(layers):
            z = h @ w.astype(np.float64) + b.astype(np.float64)
            h = z / (1 + np.exp(-z)) if i < len(layers) - 1 else z
        cases.append({"x": x, "tau": tau, "eps": h.tolist()})
    return {"dim": dim, "frequencies": freqs, "hidden": hidden, "secondMoment": m2,
            "layers": [{"weights": w.tolist(), "biases": b.tolist()} for w, b in layers], "points": cases}


with open("learn_cases.json", "w") as f:
    json.dump({"adam": adam_case(), "forward": forward_case()}, f, indent=1)
print("wrote learn_cases.json")
