"""The out-of-bag mask is inverted: it must be True where sample i does NOT appear in estimator e's
bootstrap sample (out of bag), False where it does."""

import numpy as np


def oob_mask(indices, n):
    in_bag = np.zeros((indices.shape[0], n), dtype=bool)
    for e, row in enumerate(indices):
        in_bag[e, row] = True
    return in_bag
