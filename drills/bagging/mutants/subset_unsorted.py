"""The feature subset is used in the order it was drawn, so a tie between features goes to the one drawn
first; sort each subset (np.sort) so that ties go to the lowest feature index."""

import numpy as np


def fit(X, y, n_estimators, max_features, rng):
    n, d = X.shape
    g = np.random.default_rng(rng)
    indices = g.integers(0, n, size=(n_estimators, n))
    stumps = []
    for row in indices:
        subset = g.permutation(d)[:max_features]
        stumps.append(fit_stump(X[row], y[row], subset))  # noqa: F821  (the reference's)
    return tuple(np.array(column) for column in zip(*stumps, strict=True))
