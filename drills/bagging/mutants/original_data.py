"""Each stump is fitted on the original data instead of its bootstrap sample X[indices[e]], y[indices[e]];
only the feature subsets then differ between the stumps."""

import numpy as np


def fit(X, y, n_estimators, max_features, rng):
    n, d = X.shape
    g = np.random.default_rng(rng)
    g.integers(0, n, size=(n_estimators, n))
    stumps = []
    for _ in range(n_estimators):
        subset = np.sort(g.permutation(d)[:max_features])
        stumps.append(fit_stump(X, y, subset))  # noqa: F821  (the reference's)
    return tuple(np.array(column) for column in zip(*stumps, strict=True))
