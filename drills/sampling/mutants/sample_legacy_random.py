"""The random number comes from numpy's legacy generator (np.random.seed + np.random.rand, or RandomState),
which gives other numbers: use g = np.random.default_rng(rng) and u = g.random() (g.random(B) for a batch)."""

import numpy as np


def draw(rng, rows):
    return np.random.RandomState(rng).random_sample(rows)
