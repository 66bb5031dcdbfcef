"""The priors are uniform (1 / C each); they are the class frequencies, count of class c / n."""

import numpy as np


def fit(X, y, var_smoothing=1e-9):
    classes = np.unique(y)
    epsilon = var_smoothing * np.var(X, axis=0).max()
    priors = np.full(len(classes), 1.0 / len(classes))
    means = np.stack([X[y == c].mean(axis=0) for c in classes])
    variances = np.stack([X[y == c].var(axis=0) for c in classes]) + epsilon
    return classes, priors, means, variances
