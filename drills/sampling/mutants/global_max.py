"""The softmax subtracts the maximum of the whole batch instead of each row's own maximum: a row whose
logits are all far below another row's (−1e4 against 1e4) underflows to 0 / 0 = nan. Use
max(axis=-1, keepdims=True)."""

import numpy as np


def masked_softmax(z, keep):
    m = np.max(np.where(keep, z, -np.inf))
    e = np.where(keep, np.exp(np.where(keep, z - m, 0.0)), 0.0)
    return e / np.sum(e, axis=-1, keepdims=True)
