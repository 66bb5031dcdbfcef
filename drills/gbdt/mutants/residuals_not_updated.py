"""The residuals are computed once, y − mean(y), and never updated: every round must refit to y − F with
F the current predictions (F moves by learning_rate · stump after each round)."""

import numpy as np


def fit(X, y, n_estimators=100, learning_rate=0.1):
    init = float(np.mean(y))
    r = y - init
    stumps = [best_stump(X, r) for _ in range(n_estimators)]  # noqa: F821  (the reference's)
    f, t, lv, rv = (np.array(a) for a in zip(*stumps, strict=True))
    return init, f.astype(np.int64), t, lv, rv
