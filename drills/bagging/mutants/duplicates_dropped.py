"""The bootstrap sample is deduplicated (np.unique of the indices) before fitting; a sample drawn k times
counts k times, so fit each stump on X[indices[e]], y[indices[e]] as drawn."""

import numpy as np


def fit(X, y, n_estimators, max_features, rng):
    n, d = X.shape
    g = np.random.default_rng(rng)
    indices = g.integers(0, n, size=(n_estimators, n))
    stumps = []
    for row in indices:
        subset = np.sort(g.permutation(d)[:max_features])
        kept = np.unique(row)
        stumps.append(fit_stump(X[kept], y[kept], subset))  # noqa: F821  (the reference's)
    return tuple(np.array(column) for column in zip(*stumps, strict=True))
