"""The best stump is the one with the strictly smallest error (`err < best_err`, or np.argmin), with no
1e-12 tolerance: two stumps with the same error can differ in the last bits after adding up different
weights, and then the later one wins. Count errors within 1e-12 of the smallest as tied."""

import numpy as np


def fit(X, y, n_rounds):
    n = len(y)
    w = np.full(n, 1.0 / n)
    out = [], [], [], []
    for _ in range(n_rounds):
        f, t, p, err = stump_errors(X, y, w)  # noqa: F821  (the reference's)
        best = int(np.argmin(err))
        eps = np.clip(err[best], 1e-10, 1.0 - 1e-10)
        alpha = 0.5 * np.log((1.0 - eps) / eps)
        w = w * np.exp(-alpha * y * stump_predict(X, f[best], t[best], p[best]))  # noqa: F821
        w = w / w.sum()
        for lst, value in zip(out, (f[best], t[best], p[best], alpha), strict=True):
            lst.append(value)
    return np.array(out[0]), np.array(out[1]), np.array(out[2]), np.array(out[3])
