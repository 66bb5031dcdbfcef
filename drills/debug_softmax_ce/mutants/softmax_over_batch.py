"""softmax normalises over axis 0, the rows of the batch: each row of logits is one example, and its C
probabilities must sum to 1 — take the maximum and the sum over the last axis."""

import numpy as np


def softmax(z):
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def log_softmax(z):
    shifted = z - np.max(z, axis=0, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=0, keepdims=True))
