"""best_split always scores with Gini, whatever the criterion; criterion="entropy" must use the entropy
for the parent and both children."""

import numpy as np


def best_split(X, y, criterion):
    best = (-1, float("nan"), 0.0)
    best_gain = -np.inf
    for j in range(X.shape[1]):
        u = np.unique(X[:, j])
        for t in (u[:-1] + u[1:]) / 2:
            left = X[:, j] <= t
            gain = gini(y) - left.mean() * gini(y[left]) - (1 - left.mean()) * gini(y[~left])  # noqa: F821
            if gain > best_gain + 1e-12:
                best, best_gain = (j, float(t), float(gain)), gain
    return best
