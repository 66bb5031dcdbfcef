"""The feature subsets come from a second generator seeded again with rng; one generator makes every
draw: first the bootstrap indices, then, continuing from there, each estimator's permutation."""

import numpy as np


def fit(X, y, n_estimators, max_features, rng):
    n, d = X.shape
    indices = np.random.default_rng(rng).integers(0, n, size=(n_estimators, n))
    g = np.random.default_rng(rng)
    stumps = []
    for row in indices:
        subset = np.sort(g.permutation(d)[:max_features])
        stumps.append(fit_stump(X[row], y[row], subset))  # noqa: F821  (the reference's)
    return tuple(np.array(column) for column in zip(*stumps, strict=True))
