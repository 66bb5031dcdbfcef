"""evaluate computes the loss as −mean(y·log p + (1 − y)·log(1 − p)): where p rounds to 0 or 1 (|logit|
above ~37) the log is −inf. Use the stable form mean(log(1 + e^z) − y·z) = mean(np.logaddexp(0, z) − y·z)."""

import numpy as np


def evaluate(w, b, X, y):
    z = X @ w + b
    p = 1.0 / (1.0 + np.exp(-z))
    loss = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
    accuracy = float(np.mean((z >= 0).astype(np.int64) == y))
    return loss, accuracy
