"""The weights are not renormalised after the update: divide them by their sum every round, so that the
weighted error ε of the next stump is a fraction in [0, 1]."""

import numpy as np


def fit(X, y, n_rounds):
    n = len(y)
    w = np.full(n, 1.0 / n)
    out = [], [], [], []
    for _ in range(n_rounds):
        f, t, p, err = stump_errors(X, y, w)  # noqa: F821  (the reference's)
        best = int(np.flatnonzero(err <= err.min() + 1e-12)[0])
        eps = np.clip(err[best], 1e-10, 1.0 - 1e-10)
        alpha = 0.5 * np.log((1.0 - eps) / eps)
        w = w * np.exp(-alpha * y * stump_predict(X, f[best], t[best], p[best]))  # noqa: F821
        for lst, value in zip(out, (f[best], t[best], p[best], alpha), strict=True):
            lst.append(value)
    return np.array(out[0]), np.array(out[1]), np.array(out[2]), np.array(out[3])
