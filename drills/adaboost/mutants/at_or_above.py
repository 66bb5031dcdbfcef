"""The stumps send a point equal to the threshold to the upper side (x ≥ t); the rule is x > t for the
upper side, so x = t gets −polarity."""

import numpy as np


def predict(features, thresholds, polarities, alphas, X):
    score = np.zeros(len(X))
    for f, t, p, a in zip(features, thresholds, polarities, alphas, strict=True):
        score += a * np.where(X[:, f] >= t, p, -p)
    return np.where(score >= 0, 1, -1).astype(np.int64)
