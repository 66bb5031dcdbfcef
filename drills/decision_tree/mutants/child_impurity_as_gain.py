"""best_split returns the children's weighted impurity as the gain; the gain is the decrease from the
parent, I(y) − (n_L/n)·I(y_L) − (n_R/n)·I(y_R)."""

import numpy as np


def best_split(X, y, criterion):
    impurity = gini if criterion == "gini" else entropy  # noqa: F821
    d = X.shape[1]
    best = (-1, float("nan"), 0.0)
    best_child = np.inf
    for j in range(d):
        u = np.unique(X[:, j])
        for t in (u[:-1] + u[1:]) / 2:
            left = X[:, j] <= t
            child = left.mean() * impurity(y[left]) + (1 - left.mean()) * impurity(y[~left])
            if child < best_child - 1e-12:
                best, best_child = (j, float(t), float(child)), child
    return best
