"""The per-row cross-entropies are summed; the loss is their mean over the N rows."""

import numpy as np


def cross_entropy_diagonal(logits):
    top = np.max(logits, axis=1, keepdims=True)
    lse = top[:, 0] + np.log(np.sum(np.exp(logits - top), axis=1))
    return float(np.sum(lse - np.diagonal(logits)))
