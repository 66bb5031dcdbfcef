"""The predicted labels come back as floats (e.g. from np.zeros(n) filled in a loop, or np.mean of a
vote); labels are integers: return an integer array (y_train's dtype)."""

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    distances = pairwise_distances(X_test, X_train)  # noqa: F821  (the reference's)
    nearest = np.argsort(distances, axis=1, kind="stable")[:, :k]
    out = np.zeros(len(X_test))
    for i, row in enumerate(y_train[nearest]):
        out[i] = np.bincount(row).argmax()
    return out
