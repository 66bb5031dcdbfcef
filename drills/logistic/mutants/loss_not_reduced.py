"""The loss is returned per example, an array of m values, instead of their mean as one float."""

import numpy as np


def logistic(X, y, W, b):
    m = X.shape[0]
    z = X @ W + b
    predict = sigmoid(z)  # noqa: F821  (the reference's)
    loss = np.logaddexp(0.0, z) - y * z
    residual = predict - y
    return predict, loss, X.T @ residual / m, float(np.mean(residual))
