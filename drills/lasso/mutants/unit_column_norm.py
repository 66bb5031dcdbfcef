"""The update leaves out the division by the column's squared norm, as if every column had ‖X_j‖²/n = 1
(standardised features); the minimiser is w_j = S(ρ_j, n·alpha) / ‖X_j‖², and these columns are not
standardised."""

import numpy as np


def lasso_cd(X, y, alpha, n_iter):
    n, d = X.shape
    w = np.zeros(d)
    r = y.copy()
    for _ in range(n_iter):
        for j in range(d):
            if not X[:, j].any():
                continue
            rho = X[:, j] @ r / n + w[j]
            new = soft_threshold(rho, alpha)  # noqa: F821
            r -= X[:, j] * (new - w[j])
            w[j] = new
    return w
