"""best_split returns a data value as the threshold (the last value that goes left); the threshold is
the midpoint between consecutive distinct values, (u_i + u_{i+1}) / 2 — same partition, different
threshold."""

import numpy as np


def best_split(X, y, criterion):
    impurity = gini if criterion == "gini" else entropy  # noqa: F821
    d = X.shape[1]
    best = (-1, float("nan"), 0.0)
    best_gain = -np.inf
    for j in range(d):
        u = np.unique(X[:, j])
        for t in u[:-1]:
            left = X[:, j] <= t
            gain = impurity(y) - left.mean() * impurity(y[left]) - (1 - left.mean()) * impurity(y[~left])
            if gain > best_gain + 1e-12:
                best, best_gain = (j, float(t), float(gain)), gain
    return best
