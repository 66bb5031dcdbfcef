"""ε is computed per feature (var_smoothing · Var(X[:, j]) added to feature j); scikit-learn adds one
number to every variance: ε = var_smoothing · max over features of Var(X[:, j])."""

import numpy as np


def fit(X, y, var_smoothing=1e-9):
    classes = np.unique(y)
    epsilon = var_smoothing * np.var(X, axis=0)
    priors = np.array([np.mean(y == c) for c in classes])
    means = np.stack([X[y == c].mean(axis=0) for c in classes])
    variances = np.stack([X[y == c].var(axis=0) for c in classes]) + epsilon
    return classes, priors, means, variances
