"""Reference solution: lasso by cyclic coordinate descent with soft-thresholding."""

import numpy as np


def soft_threshold(a, t):
    """sign(a)·max(|a| − t, 0): exactly 0.0 when |a| ≤ t."""
    return np.sign(a) * max(abs(a) - t, 0.0)


def lasso_cd(X, y, alpha, n_iter):
    n, d = X.shape
    w = np.zeros(d)
    r = y.astype(np.float64)  # the residual y − X w, kept up to date (a copy: y is not modified)
    col_sq = np.einsum("ij,ij->j", X, X)  # ‖X_j‖²
    for _ in range(n_iter):
        for j in range(d):
            if col_sq[j] == 0.0:
                continue  # an all-zero column: its weight stays 0
            rho = X[:, j] @ r + col_sq[j] * w[j]  # X_jᵀ (y − X w + X_j w_j)
            new = soft_threshold(rho, n * alpha) / col_sq[j]
            r -= X[:, j] * (new - w[j])
            w[j] = new
    return w
