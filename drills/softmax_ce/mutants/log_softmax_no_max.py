"""log_softmax computes log Σ exp(z) without subtracting the maximum first: exp(1e4) overflows to inf and
the result is −inf or nan. Use z − m − log Σ exp(z − m) with m the maximum along the axis."""

import numpy as np


def log_softmax(z, axis=-1):
    return z - np.log(np.sum(np.exp(z), axis=axis, keepdims=True))
