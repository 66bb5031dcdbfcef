"""A correct solution in another style: Python loops over points, math.dist, and the k-means++ draw done
by hand — np.random.Generator.choice with p is a search of g.random() in the cumulative sum."""

import math

import numpy as np


def kmeans_plus_plus(X, k, rng):
    g = np.random.default_rng(rng)
    n = len(X)
    idx = [g.choice(n)]  # the same draw as g.integers(n)
    for _ in range(k - 1):
        d2 = np.array([min(math.dist(x, X[j]) for j in idx) ** 2 for x in X])
        cdf = np.cumsum(d2 / d2.sum())
        idx.append(int(np.searchsorted(cdf / cdf[-1], g.random(), side="right")))
    return np.array([X[i] for i in idx], dtype=float)


def kmeans(X, init, max_iter=100):
    centers = [np.array(c, dtype=float) for c in init]
    previous = None
    steps = 0
    while steps < max_iter:
        labels = []
        for x in X:
            best, best_d = 0, math.inf
            for c, center in enumerate(centers):
                dist = math.dist(x, center)
                if dist < best_d:  # strict: a tie keeps the lower index
                    best, best_d = c, dist
            labels.append(best)
        steps += 1
        if labels == previous:
            break
        previous = labels
        for c in range(len(centers)):
            members = [x for x, label in zip(X, labels, strict=True) if label == c]
            if members:
                centers[c] = np.mean(members, axis=0)
    return np.array(centers), np.array(labels, dtype=np.int64), steps
