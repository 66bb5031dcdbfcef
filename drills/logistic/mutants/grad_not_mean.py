"""The gradients are not divided by m: dW = Xᵀ(p − y) / m and db = Σ(p − y) / m, the mean over the batch."""

import numpy as np


def logistic(X, y, W, b):
    z = X @ W + b
    predict = sigmoid(z)  # noqa: F821  (the reference's)
    loss = float(np.mean(np.logaddexp(0.0, z) - y * z))
    residual = predict - y
    return predict, loss, X.T @ residual, float(np.sum(residual))
