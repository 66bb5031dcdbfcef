"""The loss takes log(p) and log(1 − p) of a probability that has rounded to exactly 0 or 1 (logits beyond
about ±37), giving inf or nan (0 · log 0). Compute the loss from the logit: np.logaddexp(0, z) − y·z."""

import numpy as np


def logistic(X, y, W, b):
    m = X.shape[0]
    z = X @ W + b
    predict = sigmoid(z)  # noqa: F821  (the reference's)
    loss = float(-np.mean(y * np.log(predict) + (1 - y) * np.log(1 - predict)))
    residual = predict - y
    return predict, loss, X.T @ residual / m, float(np.mean(residual))
