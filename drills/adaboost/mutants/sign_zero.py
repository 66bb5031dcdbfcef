"""predict returns np.sign(score), which is 0 where the score is exactly 0; the labels are ±1 and a zero
score counts as +1: np.where(score >= 0, 1, −1)."""

import numpy as np


def predict(features, thresholds, polarities, alphas, X):
    score = np.zeros(len(X))
    for f, t, p, a in zip(features, thresholds, polarities, alphas, strict=True):
        score += a * stump_predict(X, f, t, p)  # noqa: F821  (the reference's)
    return np.sign(score).astype(np.int64)
