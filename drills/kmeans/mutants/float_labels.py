"""The labels come back as floats (e.g. np.zeros(n) filled in a loop); labels are integers: return an
integer array (np.argmin already gives one)."""

import numpy as np


def kmeans(X, init, max_iter=100):
    centers = np.array(init, dtype=np.float64)
    labels = None
    n_iter = 0
    for _ in range(max_iter):
        new_labels = np.zeros(len(X))
        new_labels[:] = assign(X, centers)  # noqa: F821
        n_iter += 1
        if labels is not None and np.array_equal(new_labels, labels):
            break
        labels = new_labels
        centers = update(X, labels.astype(int), centers)  # noqa: F821
    return centers, labels, n_iter
