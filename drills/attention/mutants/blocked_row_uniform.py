"""A query whose keys are all blocked gets uniform weights (every score was set to the same −1e9). Such
a query must get all-zero weights and a zero output: multiply the weights by the mask after the softmax."""

import numpy as np


def masked_softmax(scores, mask):
    if mask is None:
        return softmax(scores)  # noqa: F821  (the reference's)
    return softmax(np.where(np.asarray(mask).astype(bool), scores, -1e9))  # noqa: F821
