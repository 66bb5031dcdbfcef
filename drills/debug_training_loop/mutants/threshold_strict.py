"""evaluate predicts class 1 only where X @ w + b > 0; the rule is ≥ 0 (probability ≥ 0.5), so a logit of
exactly 0 is predicted as class 1."""

import numpy as np


def evaluate(w, b, X, y):
    z = X @ w + b
    accuracy = float(np.mean((z > 0).astype(np.int64) == y))
    return bce(z, y), accuracy  # noqa: F821  (the reference's)
