"""The feature subsets are drawn before the bootstrap indices; the order is fixed: first
g.integers(0, n, size=(n_estimators, n)), then one g.permutation(d) per estimator."""

import numpy as np


def fit(X, y, n_estimators, max_features, rng):
    n, d = X.shape
    g = np.random.default_rng(rng)
    subsets = [np.sort(g.permutation(d)[:max_features]) for _ in range(n_estimators)]
    indices = g.integers(0, n, size=(n_estimators, n))
    stumps = [fit_stump(X[row], y[row], s) for row, s in zip(indices, subsets, strict=True)]  # noqa: F821
    return tuple(np.array(column) for column in zip(*stumps, strict=True))
