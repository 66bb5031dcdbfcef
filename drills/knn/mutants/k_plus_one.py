"""The vote uses k + 1 neighbours (an off-by-one in the slice): take exactly the k nearest, [:, :k]."""

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    distances = pairwise_distances(X_test, X_train)  # noqa: F821  (the reference's)
    nearest = np.argsort(distances, axis=1, kind="stable")[:, : k + 1]
    return vote(y_train[nearest])  # noqa: F821
