"""Reference solution: linear regression by gradient descent, least squares and ridge."""

import numpy as np


def fit_gd(X, y, lr, epochs):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(epochs):
        r = X @ w + b - y  # residuals at the current (w, b)
        w, b = w - lr * (2.0 / n) * (X.T @ r), b - lr * (2.0 / n) * r.sum()
    return w, float(b)


def fit_normal_equation(X, y):
    x_mean, y_mean = X.mean(axis=0), y.mean()
    w = np.linalg.lstsq(X - x_mean, y - y_mean, rcond=None)[0]  # minimum-norm w when rank-deficient
    return w, float(y_mean - x_mean @ w)


def ridge(X, y, alpha):
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = X - x_mean
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ (y - y_mean))
    return w, float(y_mean - x_mean @ w)
