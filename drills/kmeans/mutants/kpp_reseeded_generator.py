"""A new generator is made from the seed for each draw (np.random.default_rng(rng) inside the loop), so
every draw starts the same random stream again; make one generator g once and take all draws from it."""

import numpy as np


def kmeans_plus_plus(X, k, rng):
    n = X.shape[0]
    chosen = [int(np.random.default_rng(rng).integers(n))]
    d2 = squared_distances(X, X[chosen])[:, 0]  # noqa: F821
    for _ in range(1, k):
        index = int(np.random.default_rng(rng).choice(n, p=d2 / d2.sum()))
        chosen.append(index)
        d2 = np.minimum(d2, squared_distances(X, X[[index]])[:, 0])  # noqa: F821
    return X[chosen].copy()
