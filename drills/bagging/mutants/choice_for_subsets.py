"""The feature subsets are drawn with g.choice(d, max_features, replace=False), which uses the generator
differently; the stated draw is np.sort(g.permutation(d)[:max_features]) for each estimator, after the
bootstrap indices."""

import numpy as np


def fit(X, y, n_estimators, max_features, rng):
    n, d = X.shape
    g = np.random.default_rng(rng)
    indices = g.integers(0, n, size=(n_estimators, n))
    stumps = []
    for row in indices:
        subset = np.sort(g.choice(d, max_features, replace=False))
        stumps.append(fit_stump(X[row], y[row], subset))  # noqa: F821  (the reference's)
    return tuple(np.array(column) for column in zip(*stumps, strict=True))
