"""The gradient descent takes epochs − 1 steps (an off-by-one, e.g. range(1, epochs)); take exactly
`epochs` steps."""

import numpy as np


def fit_gd(X, y, lr, epochs):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(1, epochs):
        r = X @ w + b - y
        w, b = w - lr * (2.0 / n) * (X.T @ r), b - lr * (2.0 / n) * r.sum()
    return w, float(b)
