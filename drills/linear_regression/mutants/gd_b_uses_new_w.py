"""The gradient descent updates w first and then computes b's gradient with the new w; both gradients
must come from the same (w, b): compute the residuals once per step and update w and b from them."""

import numpy as np


def fit_gd(X, y, lr, epochs):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        w = w - lr * (2.0 / n) * (X.T @ (X @ w + b - y))
        b = b - lr * (2.0 / n) * np.sum(X @ w + b - y)
    return w, float(b)
