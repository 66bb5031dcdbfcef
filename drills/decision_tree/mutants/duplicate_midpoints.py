"""best_split takes midpoints between consecutive sorted values without removing duplicates, so two equal
values give the threshold v itself; the candidates are midpoints between consecutive distinct values
(np.unique first)."""

import numpy as np


def best_split(X, y, criterion):
    impurity = gini if criterion == "gini" else entropy  # noqa: F821
    d = X.shape[1]
    best = (-1, float("nan"), 0.0)
    best_gain = -np.inf
    for j in range(d):
        xs = np.sort(X[:, j])
        for t in (xs[:-1] + xs[1:]) / 2:
            left = X[:, j] <= t
            if left.all() or not left.any():
                continue
            gain = impurity(y) - left.mean() * impurity(y[left]) - (1 - left.mean()) * impurity(y[~left])
            if gain > best_gain + 1e-12:
                best, best_gain = (j, float(t), float(gain)), gain
    return best
