"""Gradient boosting with stumps (squared loss) from scratch: fill in the two functions (numpy only)."""

import numpy as np


def fit(X, y, n_estimators=100, learning_rate=0.1):
    """X (n, d) float64, y (n,) float64 -> (init, features, thresholds, left_values, right_values).

    init = mean(y); F = init. Each round: residuals r = y - F; the least-squares stump on r (midpoint
    thresholds, x <= t goes left, leaf values = mean residual on each side; SSE ties within 1e-9 * sum(r**2):
    lowest feature, then lowest threshold); F += learning_rate * stump(X). The arrays have n_estimators
    entries; the leaf values are the residual means, not multiplied by learning_rate.
    """
    raise NotImplementedError


def predict(init, features, thresholds, left_values, right_values, learning_rate, X):
    """-> (n,) float64: init + learning_rate * sum over stumps of (left if X[:, j] <= t else right)."""
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(50, 2))
    y = np.sin(2 * X[:, 0]) + 0.1 * rng.normal(size=50)
    model = fit(X, y, n_estimators=50, learning_rate=0.3)
    print(np.mean((predict(*model, 0.3, X) - y) ** 2))
