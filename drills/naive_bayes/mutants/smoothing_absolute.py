"""ε is var_smoothing itself, an absolute number added to every variance; scikit-learn scales it by the
data: ε = var_smoothing · max over features of Var(X[:, j]) (one number for every variance)."""

import numpy as np


def fit(X, y, var_smoothing=1e-9):
    classes = np.unique(y)
    priors = np.array([np.mean(y == c) for c in classes])
    means = np.stack([X[y == c].mean(axis=0) for c in classes])
    variances = np.stack([X[y == c].var(axis=0) for c in classes]) + var_smoothing
    return classes, priors, means, variances
