"""The further centres are drawn uniformly (g.choice(n) without p), which is random initialisation, not
k-means++: draw each with probability proportional to D², g.choice(n, p=D2 / D2.sum())."""

import numpy as np


def kmeans_plus_plus(X, k, rng):
    g = np.random.default_rng(rng)
    n = X.shape[0]
    chosen = [int(g.integers(n))]
    for _ in range(1, k):
        chosen.append(int(g.choice(n)))
    return X[chosen].copy()
