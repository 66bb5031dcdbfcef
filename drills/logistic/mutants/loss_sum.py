"""The loss is summed over the batch instead of averaged: divide the sum by m (or use np.mean)."""

import numpy as np


def logistic(X, y, W, b):
    m = X.shape[0]
    z = X @ W + b
    predict = sigmoid(z)  # noqa: F821  (the reference's)
    loss = float(np.sum(np.logaddexp(0.0, z) - y * z))
    residual = predict - y
    return predict, loss, X.T @ residual / m, float(np.mean(residual))
