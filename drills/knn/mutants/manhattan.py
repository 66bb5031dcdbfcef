"""The distances are Manhattan (sum of absolute differences), not Euclidean (root of the sum of squares)."""

import numpy as np


def pairwise_distances(A, B):
    return np.sum(np.abs(A[:, None, :] - B[None, :, :]), axis=-1)
