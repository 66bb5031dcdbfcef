"""predict takes an unweighted majority vote of the stumps; the ensemble is sign(Σ α_m·h_m(x)), each stump
weighted by its α."""

import numpy as np


def predict(features, thresholds, polarities, alphas, X):
    score = np.zeros(len(X))
    for f, t, p in zip(features, thresholds, polarities, strict=True):
        score += stump_predict(X, f, t, p)  # noqa: F821  (the reference's)
    return np.where(score >= 0, 1, -1).astype(np.int64)
