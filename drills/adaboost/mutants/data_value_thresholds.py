"""The thresholds are data values (the largest value on the left side) instead of midpoints between
consecutive distinct values: the training predictions agree, but the returned thresholds differ and new
points between the two values are classified differently. Use (v_k + v_{k+1}) / 2."""

import numpy as np


def fit(X, y, n_rounds):
    features, thresholds, polarities, alphas = reference_fit(X, y, n_rounds)
    for m, (f, t) in enumerate(zip(features, thresholds, strict=True)):
        values = np.unique(X[:, f])
        thresholds[m] = values[values < t].max()
    return features, thresholds, polarities, alphas


def reference_fit(X, y, n_rounds):
    n = len(y)
    w = np.full(n, 1.0 / n)
    out = [], [], [], []
    for _ in range(n_rounds):
        f, t, p, err = stump_errors(X, y, w)  # noqa: F821  (the reference's)
        best = int(np.flatnonzero(err <= err.min() + 1e-12)[0])
        eps = np.clip(err[best], 1e-10, 1.0 - 1e-10)
        alpha = 0.5 * np.log((1.0 - eps) / eps)
        w = w * np.exp(-alpha * y * stump_predict(X, f[best], t[best], p[best]))  # noqa: F821
        w = w / w.sum()
        for lst, value in zip(out, (f[best], t[best], p[best], alpha), strict=True):
            lst.append(value)
    return np.array(out[0]), np.array(out[1]), np.array(out[2]), np.array(out[3])
