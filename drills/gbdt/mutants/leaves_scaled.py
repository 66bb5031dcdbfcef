"""The returned leaf values are already multiplied by the learning rate; return the residual means
themselves — predict multiplies by learning_rate (so here it would be applied twice)."""

import numpy as np


def fit(X, y, n_estimators=100, learning_rate=0.1):
    init, features, thresholds, left, right = reference_fit(X, y, n_estimators, learning_rate)
    return init, features, thresholds, learning_rate * left, learning_rate * right


def reference_fit(X, y, n_estimators, learning_rate):
    init = float(np.mean(y))
    F = np.full(len(y), init)
    stumps = []
    for _ in range(n_estimators):
        j, t, left, right = best_stump(X, y - F)  # noqa: F821  (the reference's)
        F = F + learning_rate * np.where(X[:, j] <= t, left, right)
        stumps.append((j, t, left, right))
    f, t, lv, rv = (np.array(a) for a in zip(*stumps, strict=True))
    return init, f.astype(np.int64), t, lv, rv
