"""The polarity means the opposite: polarity +1 predicts +1 where x > threshold and −1 where x ≤ threshold
(polarity −1 the reverse). Here +1 was used for "+1 at or below the threshold"."""

import numpy as np


def fit(X, y, n_rounds):
    # the stump that fits y in this meaning is the one that fits −y in the intended one
    return reference_fit(X, -y, n_rounds)


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


def predict(features, thresholds, polarities, alphas, X):
    score = np.zeros(len(X))
    for f, t, p, a in zip(features, thresholds, polarities, alphas, strict=True):
        score += a * np.where(X[:, f] > t, -p, p)
    return np.where(score >= 0, 1, -1).astype(np.int64)
