"""predict adds the leaf values without the learning rate: F(x) = init + learning_rate · Σ stump_m(x)."""

import numpy as np


def predict(init, features, thresholds, left_values, right_values, learning_rate, X):
    F = np.full(len(X), float(init))
    for j, t, left, right in zip(features, thresholds, left_values, right_values, strict=True):
        F = F + np.where(X[:, j] <= t, left, right)
    return F
