"""The loss clips the probabilities (e.g. to [1e-15, 1 − 1e-15]) before the log, so a confidently wrong
prediction costs at most ~34.5 instead of its true value (1000 for a logit of ±1000). Compute the loss
from the logit: np.logaddexp(0, z) − y·z."""

import numpy as np


def logistic(X, y, W, b):
    m = X.shape[0]
    z = X @ W + b
    predict = sigmoid(z)  # noqa: F821  (the reference's)
    p = np.clip(predict, 1e-15, 1 - 1e-15)
    loss = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
    residual = predict - y
    return predict, loss, X.T @ residual / m, float(np.mean(residual))
