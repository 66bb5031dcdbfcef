"""The centres are updated in place in `init` (centers = init without a copy); copy it first,
centers = init.copy(), so the caller's array is unchanged."""

import numpy as np


def kmeans(X, init, max_iter=100):
    centers = init
    labels = None
    n_iter = 0
    for _ in range(max_iter):
        new_labels = assign(X, centers)  # noqa: F821
        n_iter += 1
        if labels is not None and np.array_equal(new_labels, labels):
            break
        labels = new_labels
        centers[:] = update(X, labels, centers)  # noqa: F821
    return centers, labels, n_iter
