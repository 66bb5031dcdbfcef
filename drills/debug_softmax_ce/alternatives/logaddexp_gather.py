"""A correct solution with np.logaddexp.reduce for the log-sum-exp, softmax as exp(z − lse), the true
class picked with np.take_along_axis, and np.eye for the one-hot."""

import numpy as np


def softmax(z):
    return np.exp(z - np.logaddexp.reduce(z, axis=-1, keepdims=True))


def softmax_cross_entropy(logits, y):
    n, c = logits.shape
    lse = np.logaddexp.reduce(logits, axis=1, keepdims=True)
    picked = np.take_along_axis(logits, y[:, None], axis=1)
    loss = float(np.mean(lse - picked))
    dlogits = (np.exp(logits - lse) - np.eye(c)[y]) / n
    return loss, dlogits
