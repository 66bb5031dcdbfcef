"""Reference solution: gradient boosting for regression with depth-1 trees (stumps) on squared loss."""

import numpy as np

TIE = 1e-9


def split_candidates(X, r):
    """Every candidate split in the tie-break order (feature, then threshold ascending): features,
    thresholds, SSEs, and the mean residual on the left (x <= t) and on the right."""
    total = np.sum(r * r)
    found = []
    for j in range(X.shape[1]):
        values, inverse = np.unique(X[:, j], return_inverse=True)
        if len(values) < 2:
            continue
        n_at = np.bincount(inverse, minlength=len(values)).astype(float)
        s_at = np.bincount(inverse, weights=r, minlength=len(values))
        n_left, s_left = np.cumsum(n_at)[:-1], np.cumsum(s_at)[:-1]
        n_right, s_right = len(r) - n_left, s_at.sum() - s_left
        sse = total - s_left**2 / n_left - s_right**2 / n_right
        thresholds = (values[:-1] + values[1:]) / 2.0
        found.append((np.full(len(sse), j), thresholds, sse, s_left / n_left, s_right / n_right))
    return tuple(np.concatenate(parts) for parts in zip(*found, strict=True))


def best_stump(X, r):
    """The least-squares stump for residuals r: (feature, threshold, left value, right value); SSEs within
    1e-9 · Σr² of the smallest are tied and go to the first candidate."""
    features, thresholds, sse, left, right = split_candidates(X, r)
    k = int(np.flatnonzero(sse <= sse.min() + TIE * np.sum(r * r))[0])
    return int(features[k]), thresholds[k], left[k], right[k]


def fit(X, y, n_estimators=100, learning_rate=0.1):
    init = float(np.mean(y))
    F = np.full(len(y), init)
    features = np.zeros(n_estimators, dtype=np.int64)
    thresholds = np.zeros(n_estimators)
    left_values = np.zeros(n_estimators)
    right_values = np.zeros(n_estimators)
    for m in range(n_estimators):
        j, t, left, right = best_stump(X, y - F)
        F = F + learning_rate * np.where(X[:, j] <= t, left, right)
        features[m], thresholds[m], left_values[m], right_values[m] = j, t, left, right
    return init, features, thresholds, left_values, right_values


def predict(init, features, thresholds, left_values, right_values, learning_rate, X):
    F = np.full(len(X), float(init))
    for j, t, left, right in zip(features, thresholds, left_values, right_values, strict=True):
        F = F + learning_rate * np.where(X[:, j] <= t, left, right)
    return F
