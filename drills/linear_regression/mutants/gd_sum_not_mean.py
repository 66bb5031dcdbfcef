"""The gradient descent sums over the samples instead of averaging: L is the mean of the squared
residuals, so its gradient has a 1/n — ∂L/∂w = (2/n)·X.T @ r."""

import numpy as np


def fit_gd(X, y, lr, epochs):
    d = X.shape[1]
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        r = X @ w + b - y
        w, b = w - lr * 2.0 * (X.T @ r), b - lr * 2.0 * r.sum()
    return w, float(b)
