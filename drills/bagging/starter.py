"""Bagging with random-feature stumps and the out-of-bag score from scratch: fill in the five functions."""

import numpy as np


def bootstrap_indices(n, n_estimators, rng):
    """-> (n_estimators, n) int64: np.random.default_rng(rng).integers(0, n, size=(n_estimators, n))."""
    raise NotImplementedError


def oob_mask(indices, n):
    """-> (n_estimators, n) bool: True where sample i does not appear in row e of indices."""
    raise NotImplementedError


def fit(X, y, n_estimators, max_features, rng):
    """-> (features, thresholds, left_labels, right_labels), each (n_estimators,).

    One generator g = np.random.default_rng(rng): indices = g.integers(0, n, size=(n_estimators, n)); then
    for each estimator e in order, subset = np.sort(g.permutation(d)[:max_features]) and the stump with
    the fewest errors on X[indices[e]], y[indices[e]] using only those features (see the prompt).
    """
    raise NotImplementedError


def predict(features, thresholds, left_labels, right_labels, X):
    """-> (n,) int64: majority vote of the stumps (x <= threshold -> left label); ties -> smallest label."""
    raise NotImplementedError


def oob_score(features, thresholds, left_labels, right_labels, mask, X, y):
    """-> float: accuracy of the out-of-bag majority votes over the samples with any out-of-bag estimator
    (nan if there are none)."""
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 3))
    y = (X[:, 0] + X[:, 1] > 0).astype(np.int64)
    model = fit(X, y, n_estimators=15, max_features=2, rng=0)
    mask = oob_mask(bootstrap_indices(40, 15, 0), 40)
    print((predict(*model, X) == y).mean(), oob_score(*model, mask, X, y))
