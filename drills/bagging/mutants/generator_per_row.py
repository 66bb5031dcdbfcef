"""A new generator is created from the same seed for every estimator, so all bootstrap samples are the
same. Create one generator and draw all rows at once: np.random.default_rng(rng).integers(0, n,
size=(n_estimators, n))."""

import numpy as np


def bootstrap_indices(n, n_estimators, rng):
    return np.stack([np.random.default_rng(rng).integers(0, n, size=n) for _ in range(n_estimators)])
