"""The class variances are unbiased (divided by count − 1, ddof=1); GaussianNB uses the biased,
maximum-likelihood variance, divided by the class count (np.var's default ddof=0). A class of one sample
then has variance 0 (+ ε), not nan."""

import numpy as np


def fit(X, y, var_smoothing=1e-9):
    classes = np.unique(y)
    epsilon = var_smoothing * np.var(X, axis=0).max()
    priors = np.array([np.mean(y == c) for c in classes])
    means = np.stack([X[y == c].mean(axis=0) for c in classes])
    variances = np.stack([X[y == c].var(axis=0, ddof=1) for c in classes]) + epsilon
    return classes, priors, means, variances
