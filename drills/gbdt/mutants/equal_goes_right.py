"""predict sends a point equal to the threshold to the right (x < t goes left); the rule is x ≤ t goes
left."""

import numpy as np


def predict(init, features, thresholds, left_values, right_values, learning_rate, X):
    F = np.full(len(X), float(init))
    for j, t, left, right in zip(features, thresholds, left_values, right_values, strict=True):
        F = F + learning_rate * np.where(X[:, j] < t, left, right)
    return F
