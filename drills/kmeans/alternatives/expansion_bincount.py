"""A correct solution in another style: distances by the |x|² − 2x·c + |c|² expansion, centres from
np.add.at sums and bincount counts, and the loop turned around: update, then assign."""

import numpy as np


def _d2(X, C):
    return np.maximum((X**2).sum(1)[:, None] - 2 * X @ C.T + (C**2).sum(1)[None, :], 0.0)


def kmeans_plus_plus(X, k, rng):
    g = np.random.default_rng(rng)
    n = X.shape[0]
    centers = np.empty((k, X.shape[1]))
    centers[0] = X[g.integers(n)]
    for t in range(1, k):
        d2 = _d2(X, centers[:t]).min(axis=1)
        centers[t] = X[g.choice(n, p=d2 / d2.sum())]
    return centers


def kmeans(X, init, max_iter=100):
    k = init.shape[0]
    C = init.copy()
    labels = _d2(X, C).argmin(axis=1)
    it = 1
    while it < max_iter:
        sums = np.zeros_like(C)
        np.add.at(sums, labels, X)
        counts = np.bincount(labels, minlength=k)
        new_C = np.where(counts[:, None] > 0, sums / np.maximum(counts, 1)[:, None], C)
        new_labels = _d2(X, new_C).argmin(axis=1)
        C = new_C
        it += 1
        if (new_labels == labels).all():
            return C, labels, it
        labels = new_labels
    sums = np.zeros_like(C)
    np.add.at(sums, labels, X)
    counts = np.bincount(labels, minlength=k)
    return np.where(counts[:, None] > 0, sums / np.maximum(counts, 1)[:, None], C), labels, it
