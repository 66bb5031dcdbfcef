"""The update sets the derivative to zero with alpha·sign(w_j) taken at the old w_j, w_j = (ρ_j −
n·alpha·sign(w_j)) / ‖X_j‖²: from w_j = 0 the penalty is ignored and weights never become exactly 0. The
exact minimiser is the soft-threshold S(ρ_j, n·alpha) / ‖X_j‖², with S(a, t) = sign(a)·max(|a| − t, 0)."""

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
            new = (rho - n * alpha * np.sign(w[j])) / col_sq[j]
            r -= X[:, j] * (new - w[j])
            w[j] = new
    return w
