"""A correct solution in another style: the SVD of the centred data for least squares and the dual
(kernel) form of ridge, w = Xcᵀ (Xc Xcᵀ + αI)⁻¹ yc; gradient descent on [w, b] stacked."""

import numpy as np


def fit_gd(X, y, lr, epochs):
    n = X.shape[0]
    A = np.concatenate([X, np.ones((n, 1))], axis=1)
    theta = np.zeros(A.shape[1])
    for _ in range(epochs):
        theta = theta - lr * 2.0 * A.T @ (A @ theta - y) / n
    return theta[:-1], theta[-1]


def fit_normal_equation(X, y):
    xm = X.mean(0)
    ym = y.mean()
    U, s, Vt = np.linalg.svd(X - xm, full_matrices=False)
    keep = s > max(X.shape) * np.finfo(float).eps * (s.max() if s.size else 0.0)
    w = Vt[keep].T @ ((U[:, keep].T @ (y - ym)) / s[keep])
    return w, ym - xm @ w


def ridge(X, y, alpha):
    xm = X.mean(0)
    ym = y.mean()
    Xc = X - xm
    w = Xc.T @ np.linalg.solve(Xc @ Xc.T + alpha * np.eye(X.shape[0]), y - ym)
    return w, ym - xm @ w
