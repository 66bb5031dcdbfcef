"""Lasso by cyclic coordinate descent: fill in lasso_cd (numpy only)."""

import numpy as np


def lasso_cd(X, y, alpha, n_iter):
    """Minimise (1/(2n))·‖y − X @ w‖² + alpha·‖w‖₁ (no intercept) by cyclic coordinate descent.

    X: (n, d); y: (n,); alpha ≥ 0; n_iter ≥ 0 full sweeps over features 0..d−1, starting from w = zeros(d).
    Each update sets w_j to the exact minimiser over w_j with the other weights at their current values
    (exactly 0.0 where that minimiser is 0). An all-zero column keeps weight 0. Returns w (d,).
    """
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(30, 5))
    y = X @ np.array([2.0, 0.0, -1.0, 0.0, 0.0]) + 0.1 * rng.normal(size=30)
    print(lasso_cd(X, y, 0.1, 100))
