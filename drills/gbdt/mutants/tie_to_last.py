"""A tie in SSE goes to the last candidate (e.g. updating the best with `sse <= best` in a loop); the rule
is the first: the lowest feature, then the lowest threshold (SSEs within 1e-9 · Σr² count as tied)."""

import numpy as np


def fit(X, y, n_estimators=100, learning_rate=0.1):
    init = float(np.mean(y))
    F = np.full(len(y), init)
    stumps = []
    for _ in range(n_estimators):
        r = y - F
        features, thresholds, sse, left, right = split_candidates(X, r)  # noqa: F821  (the reference's)
        k = int(np.flatnonzero(sse <= sse.min() + 1e-9 * np.sum(r * r))[-1])
        j, t = int(features[k]), thresholds[k]
        F = F + learning_rate * np.where(X[:, j] <= t, left[k], right[k])
        stumps.append((j, t, left[k], right[k]))
    f, t, lv, rv = (np.array(a) for a in zip(*stumps, strict=True))
    return init, f.astype(np.int64), t, lv, rv
