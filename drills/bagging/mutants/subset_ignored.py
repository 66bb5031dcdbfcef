"""Every stump searches all features; each one may only use its random subset of max_features features,
np.sort(g.permutation(d)[:max_features]) — that is what decorrelates the stumps."""

import numpy as np


def fit(X, y, n_estimators, max_features, rng):
    n, d = X.shape
    g = np.random.default_rng(rng)
    indices = g.integers(0, n, size=(n_estimators, n))
    stumps = [fit_stump(X[row], y[row], np.arange(d)) for row in indices]  # noqa: F821  (the reference's)
    return tuple(np.array(column) for column in zip(*stumps, strict=True))
