"""The mask is added to the scores as (1 − mask)·(−1e9): a query whose keys are all blocked then has every
score moved by the same amount, so it gets the softmax of its raw scores as if nothing were masked. Such a
query must get all-zero weights and a zero output: multiply the weights by the mask after the softmax."""

import numpy as np


def masked_softmax(scores, mask):
    if mask is None:
        return softmax(scores)  # noqa: F821  (the reference's)
    return softmax(scores + (1.0 - np.asarray(mask, dtype=np.float64)) * -1e9)  # noqa: F821
