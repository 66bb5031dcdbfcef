"""A query whose keys are all blocked gets nan: filling blocked scores with −inf makes that row
softmax(−inf, …, −inf) = 0/0. Such a query must get all-zero weights and a zero output."""

import numpy as np


def masked_softmax(scores, mask):
    if mask is None:
        return softmax(scores)  # noqa: F821  (the reference's)
    return softmax(np.where(np.asarray(mask).astype(bool), scores, -np.inf))  # noqa: F821
