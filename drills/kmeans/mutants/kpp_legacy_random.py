"""The draws come from the legacy RandomState (np.random.seed / np.random.randint / np.random.choice),
whose stream differs; the sampling must use g = np.random.default_rng(rng), g.integers(n) and
g.choice(n, p=...)."""

import numpy as np


def kmeans_plus_plus(X, k, rng):
    state = np.random.RandomState(rng)
    n = X.shape[0]
    chosen = [int(state.randint(n))]
    d2 = squared_distances(X, X[chosen])[:, 0]  # noqa: F821
    for _ in range(1, k):
        index = int(state.choice(n, p=d2 / d2.sum()))
        chosen.append(index)
        d2 = np.minimum(d2, squared_distances(X, X[[index]])[:, 0])  # noqa: F821
    return X[chosen].copy()
