"""fit adds each stump to F at full size: the update is F ← F + learning_rate · stump(x), so each next
stump sees residuals that shrink only by the learning rate."""

import numpy as np


def fit(X, y, n_estimators=100, learning_rate=0.1):
    init = float(np.mean(y))
    F = np.full(len(y), init)
    stumps = []
    for _ in range(n_estimators):
        j, t, left, right = best_stump(X, y - F)  # noqa: F821  (the reference's)
        F = F + np.where(X[:, j] <= t, left, right)
        stumps.append((j, t, left, right))
    f, t, lv, rv = (np.array(a) for a in zip(*stumps, strict=True))
    return init, f.astype(np.int64), t, lv, rv
