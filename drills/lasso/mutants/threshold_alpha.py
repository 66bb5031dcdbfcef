"""The soft-threshold uses alpha where it needs n·alpha: with ρ_j = X_jᵀ(partial residual) and ‖X_j‖²
unscaled, the 1/(2n) on the squared error makes the threshold n·alpha, w_j = S(ρ_j, n·alpha) / ‖X_j‖²
(or equivalently S(ρ_j / n, alpha) / (‖X_j‖² / n))."""

import numpy as np


def lasso_cd(X, y, alpha, n_iter):
    d = X.shape[1]
    w = np.zeros(d)
    r = y.copy()
    col_sq = (X**2).sum(axis=0)
    for _ in range(n_iter):
        for j in range(d):
            if col_sq[j] == 0.0:
                continue
            rho = X[:, j] @ r + col_sq[j] * w[j]
            new = soft_threshold(rho, alpha) / col_sq[j]  # noqa: F821
            r -= X[:, j] * (new - w[j])
            w[j] = new
    return w
