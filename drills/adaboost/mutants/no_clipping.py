"""ε is not clipped: a perfect stump has ε = 0, so α = ½·ln(1/0) is inf and the weights become nan. Clip
ε to [1e-10, 1 − 1e-10] before computing α (α ≈ 11.51 for a perfect stump)."""

import numpy as np


def fit(X, y, n_rounds):
    n = len(y)
    w = np.full(n, 1.0 / n)
    out = [], [], [], []
    for _ in range(n_rounds):
        f, t, p, err = stump_errors(X, y, w)  # noqa: F821  (the reference's)
        # once the weights are nan, argmin picks the first candidate
        best = int(np.argmin(err)) if np.isnan(err).any() else int(np.flatnonzero(err <= err.min() + 1e-12)[0])
        eps = err[best]
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            alpha = 0.5 * np.log((1.0 - eps) / eps)
            w = w * np.exp(-alpha * y * stump_predict(X, f[best], t[best], p[best]))  # noqa: F821
            w = w / w.sum()
        for lst, value in zip(out, (f[best], t[best], p[best], alpha), strict=True):
            lst.append(value)
    return np.array(out[0]), np.array(out[1]), np.array(out[2]), np.array(out[3])
