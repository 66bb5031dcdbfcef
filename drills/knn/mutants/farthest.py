"""The vote uses the k farthest training points instead of the k nearest: sort distances ascending and
take the first k."""

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    distances = pairwise_distances(X_test, X_train)  # noqa: F821  (the reference's)
    nearest = np.argsort(-distances, axis=1, kind="stable")[:, :k]
    return vote(y_train[nearest])  # noqa: F821
