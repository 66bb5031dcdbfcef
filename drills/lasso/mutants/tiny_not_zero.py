"""The soft-threshold leaves a tiny 1e-12 where the weight should be exactly 0 (a clip to avoid zeros):
S(a, t) = sign(a)·max(|a| − t, 0) is exactly 0.0 for |a| ≤ t, and those exact zeros are the point of the
lasso."""

import numpy as np


def lasso_cd(X, y, alpha, n_iter):
    n, d = X.shape
    w = np.zeros(d)
    r = y.copy()
    col_sq = (X**2).sum(axis=0)
    for _ in range(n_iter):
        for j in range(d):
            if col_sq[j] == 0.0:
                continue
            rho = X[:, j] @ r + col_sq[j] * w[j]
            new = soft_threshold(rho, n * alpha) / col_sq[j]  # noqa: F821
            if new == 0.0:
                new = 1e-12
            r -= X[:, j] * (new - w[j])
            w[j] = new
    return w
