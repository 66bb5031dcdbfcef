"""The gradients have the wrong sign: it is (p − y), not (y − p), so that W − lr·dW goes downhill."""

import numpy as np


def logistic(X, y, W, b):
    m = X.shape[0]
    z = X @ W + b
    predict = sigmoid(z)  # noqa: F821  (the reference's)
    loss = float(np.mean(np.logaddexp(0.0, z) - y * z))
    residual = y - predict
    return predict, loss, X.T @ residual / m, float(np.mean(residual))
