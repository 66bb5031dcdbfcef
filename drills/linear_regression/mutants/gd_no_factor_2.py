"""The gradient descent drops the factor 2: (1/n)·X.T @ r is the gradient of (1/(2n))·Σr², not of the
stated loss L = (1/n)·Σr². Use ∂L/∂w = (2/n)·X.T @ r and ∂L/∂b = (2/n)·Σr."""

import numpy as np


def fit_gd(X, y, lr, epochs):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        r = X @ w + b - y
        w, b = w - lr * (X.T @ r) / n, b - lr * r.sum() / n
    return w, float(b)
