"""Discrete AdaBoost with decision stumps from scratch: fill in the two functions (numpy only)."""

import numpy as np


def fit(X, y, n_rounds):
    """X (n, d) float64, y (n,) int64 in {-1, +1} -> (features, thresholds, polarities, alphas), each (n_rounds,).

    A stump (j, t, p) predicts p where X[:, j] > t and -p elsewhere. Candidates: midpoints between
    consecutive distinct values of each feature, both polarities. Each round: the stump with the smallest
    weighted error (ties within 1e-12: lowest feature, lowest threshold, polarity +1 first);
    eps clipped to [1e-10, 1 - 1e-10]; alpha = 0.5 * ln((1 - eps) / eps); w *= exp(-alpha * y * h);
    w /= w.sum(). Start from w = 1/n and run exactly n_rounds rounds.
    """
    raise NotImplementedError


def predict(features, thresholds, polarities, alphas, X):
    """-> (n,) int64 in {-1, +1}: sign(sum_m alphas[m] * h_m(X)), with a score of exactly 0 giving +1."""
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 3))
    y = np.where(X[:, 0] + X[:, 1] ** 2 > 0.5, 1, -1)
    model = fit(X, y, 10)
    print(model, (predict(*model, X) == y).mean())
