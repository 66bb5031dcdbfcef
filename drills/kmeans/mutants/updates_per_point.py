"""The centres are updated inside the loop over points, right after each point is assigned, so later
points see centres that already moved; Lloyd's algorithm assigns every point with the same centres, then
updates all centres once per step."""

import numpy as np


def kmeans(X, init, max_iter=100):
    centers = np.array(init, dtype=np.float64)
    n = len(X)
    labels = None
    n_iter = 0
    for _ in range(max_iter):
        new_labels = np.full(n, -1)
        for i in range(n):
            new_labels[i] = int(np.argmin(((centers - X[i]) ** 2).sum(axis=1)))
            c = new_labels[i]
            centers[c] = X[new_labels == c].mean(axis=0)
        n_iter += 1
        if labels is not None and np.array_equal(new_labels, labels):
            break
        labels = new_labels
    return centers, labels, n_iter
