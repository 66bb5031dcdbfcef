"""The initial prediction is 0; for squared loss it is the mean of y (the best constant), and the first
stump fits y − mean(y)."""

import numpy as np


def fit(X, y, n_estimators=100, learning_rate=0.1):
    init = 0.0
    F = np.zeros(len(y))
    stumps = []
    for _ in range(n_estimators):
        j, t, left, right = best_stump(X, y - F)  # noqa: F821  (the reference's)
        F = F + learning_rate * np.where(X[:, j] <= t, left, right)
        stumps.append((j, t, left, right))
    f, t, lv, rv = (np.array(a) for a in zip(*stumps, strict=True))
    return init, f.astype(np.int64), t, lv, rv
