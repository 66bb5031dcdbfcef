"""An all-zero column divides 0 by its zero squared norm and its weight becomes nan (then every weight
does); skip a column with ‖X_j‖² = 0 and leave its weight at 0."""

import numpy as np


def lasso_cd(X, y, alpha, n_iter):
    n, d = X.shape
    w = np.zeros(d)
    r = y.copy()
    col_sq = (X**2).sum(axis=0)
    for _ in range(n_iter):
        for j in range(d):
            rho = X[:, j] @ r + col_sq[j] * w[j]
            new = soft_threshold(rho, n * alpha) / col_sq[j]  # noqa: F821
            r -= X[:, j] * (new - w[j])
            w[j] = new
    return w
