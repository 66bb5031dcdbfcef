"""softmax exponentiates the raw logits without subtracting each row's maximum: exp overflows to inf above
about 709 (and every exp underflows to 0 for a row far below 0), so the result is inf/inf or 0/0 = nan.
Compute exp(z − m) with m = the row maximum (keepdims=True); the probabilities do not change."""

import numpy as np


def softmax(z):
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


def log_softmax(z):
    return z - np.log(np.sum(np.exp(z), axis=-1, keepdims=True))
