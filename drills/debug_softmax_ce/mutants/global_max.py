"""softmax subtracts the maximum of the whole array, not of each row: a row whose logits are all far below
another row's maximum underflows to 0/0 = nan. Subtract np.max(z, axis=-1, keepdims=True)."""

import numpy as np


def softmax(z):
    e = np.exp(z - np.max(z))
    return e / np.sum(e, axis=-1, keepdims=True)


def log_softmax(z):
    shifted = z - np.max(z)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))
