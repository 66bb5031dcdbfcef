"""Every stump is fitted to y itself instead of to the residuals y − F: boosting fits what the current
model still gets wrong, the negative gradient of the squared loss, y − F."""

import numpy as np


def fit(X, y, n_estimators=100, learning_rate=0.1):
    init = float(np.mean(y))
    stumps = [best_stump(X, y) for _ in range(n_estimators)]  # noqa: F821  (the reference's)
    f, t, lv, rv = (np.array(a) for a in zip(*stumps, strict=True))
    return init, f.astype(np.int64), t, lv, rv
