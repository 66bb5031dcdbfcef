"""Linear regression from scratch: fill in the three functions (numpy only)."""

import numpy as np


def fit_gd(X, y, lr, epochs):
    """Full-batch gradient descent on L(w, b) = (1/n)·Σ(X @ w + b − y)², from w = zeros(d), b = 0.0, for
    exactly `epochs` steps. X: (n, d); y: (n,). Returns (w (d,), b float)."""
    raise NotImplementedError


def fit_normal_equation(X, y):
    """Least squares with an intercept, without an explicit inverse. When X is rank-deficient, the w of
    smallest ‖w‖ (the intercept is not in the norm). Returns (w (d,), b float)."""
    raise NotImplementedError


def ridge(X, y, alpha):
    """Minimise ‖y − X @ w − b‖² + alpha·‖w‖² (alpha > 0, the intercept b not penalised).
    Returns (w (d,), b float)."""
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(20, 3))
    y = X @ np.array([1.0, -2.0, 0.5]) + 3.0 + 0.1 * rng.normal(size=20)
    print(fit_normal_equation(X, y))
