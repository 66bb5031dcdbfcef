"""Every coordinate in a sweep uses the residual from the start of the sweep (a Jacobi update); cyclic
coordinate descent is Gauss–Seidel: feature j must see the new values of features 0..j−1, so update the
residual after each coordinate."""

import numpy as np


def lasso_cd(X, y, alpha, n_iter):
    n, d = X.shape
    w = np.zeros(d)
    col_sq = (X**2).sum(axis=0)
    for _ in range(n_iter):
        r = y - X @ w
        new_w = w.copy()
        for j in range(d):
            if col_sq[j] == 0.0:
                continue
            rho = X[:, j] @ r + col_sq[j] * w[j]
            new_w[j] = soft_threshold(rho, n * alpha) / col_sq[j]  # noqa: F821
        w = new_w
    return w
