"""The loss has the wrong sign: cross-entropy is −[y·log p + (1 − y)·log(1 − p)], a positive number; the
minus sign in front was dropped."""

import numpy as np


def logistic(X, y, W, b):
    m = X.shape[0]
    z = X @ W + b
    predict = sigmoid(z)  # noqa: F821  (the reference's)
    loss = -float(np.mean(np.logaddexp(0.0, z) - y * z))
    residual = predict - y
    return predict, loss, X.T @ residual / m, float(np.mean(residual))
