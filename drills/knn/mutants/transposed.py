"""The distance matrix is transposed: D[i, j] is the distance from A[i] to B[j], shape (len(A), len(B))."""

import numpy as np


def pairwise_distances(A, B):
    diff = B[:, None, :] - A[None, :, :]
    return np.sqrt(np.sum(diff * diff, axis=-1))
