"""k-means++ measures D from the most recently chosen centre only; D is the distance to the nearest of all
centres chosen so far (keep a running minimum, D2 = np.minimum(D2, new distances))."""

import numpy as np


def kmeans_plus_plus(X, k, rng):
    g = np.random.default_rng(rng)
    n = X.shape[0]
    chosen = [int(g.integers(n))]
    for _ in range(1, k):
        d2 = squared_distances(X, X[[chosen[-1]]])[:, 0]  # noqa: F821
        chosen.append(int(g.choice(n, p=d2 / d2.sum())))
    return X[chosen].copy()
