"""The variances are not smoothed: add ε = var_smoothing · max_j Var(X[:, j]) to every class variance, so
a feature that is constant within a class (or a class of one sample) does not get variance 0."""

import numpy as np


def fit(X, y, var_smoothing=1e-9):
    classes = np.unique(y)
    priors = np.array([np.mean(y == c) for c in classes])
    means = np.stack([X[y == c].mean(axis=0) for c in classes])
    variances = np.stack([X[y == c].var(axis=0) for c in classes])
    return classes, priors, means, variances
