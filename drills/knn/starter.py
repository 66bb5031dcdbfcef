"""k-nearest neighbours from scratch: fill in the two functions (numpy only, no loops over pairs)."""

import numpy as np


def pairwise_distances(A, B):
    """Euclidean distances: A (p, d), B (q, d) -> (p, q), D[i, j] = ||A[i] - B[j]||."""
    raise NotImplementedError


def knn_predict(X_train, y_train, X_test, k):
    """Majority label among the k nearest training points of each test point -> (n_test,) ints.

    y_train: non-negative integer labels, not necessarily contiguous. A vote tie goes to the smallest
    label; a distance tie to the lower training index. 1 <= k <= n_train.
    """
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X_train, y_train = rng.normal(size=(20, 2)), rng.integers(0, 3, 20)
    print(knn_predict(X_train, y_train, rng.normal(size=(5, 2)), k=3))
