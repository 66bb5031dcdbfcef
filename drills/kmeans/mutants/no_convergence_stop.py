"""The loop never stops when the labels stop changing, so n_iter is always max_iter; stop at the first
assignment step whose labels equal the previous step's (n_iter = the steps performed)."""

import numpy as np


def kmeans(X, init, max_iter=100):
    centers = np.array(init, dtype=np.float64)
    labels = None
    for _ in range(max_iter):
        labels = assign(X, centers)  # noqa: F821
        centers = update(X, labels, centers)  # noqa: F821
    return centers, labels, max_iter
