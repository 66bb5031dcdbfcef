"""The children's impurities are averaged without weights, (I_L + I_R) / 2; each is weighted by its share
of the samples: gain = I(y) − (n_L/n)·I(y_L) − (n_R/n)·I(y_R)."""

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
            gain = impurity(y) - (impurity(y[left]) + impurity(y[~left])) / 2
            if gain > best_gain + 1e-12:
                best, best_gain = (j, float(t), float(gain)), gain
    return best
