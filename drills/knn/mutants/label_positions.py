"""The prediction is the position of the label in sorted(set(y_train)), not the label itself: with labels
{2, 5, 9} it returns 0, 1, 2. Return the label values."""

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    _, codes = np.unique(y_train, return_inverse=True)
    distances = pairwise_distances(X_test, X_train)  # noqa: F821  (the reference's)
    nearest = np.argsort(distances, axis=1, kind="stable")[:, :k]
    return vote(codes[nearest])  # noqa: F821
