"""The thresholds are data values (the largest value going left) instead of midpoints between
consecutive distinct values, (v_k + v_{k+1}) / 2: the training splits agree but the thresholds differ."""

import numpy as np


def fit(X, y, n_estimators=100, learning_rate=0.1):
    init = float(np.mean(y))
    F = np.full(len(y), init)
    stumps = []
    for _ in range(n_estimators):
        j, t, left, right = best_stump(X, y - F)  # noqa: F821  (the reference's)
        F = F + learning_rate * np.where(X[:, j] <= t, left, right)
        values = X[:, j]
        stumps.append((j, values[values <= t].max(), left, right))
    f, t, lv, rv = (np.array(a) for a in zip(*stumps, strict=True))
    return init, f.astype(np.int64), t, lv, rv
