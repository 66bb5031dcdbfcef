"""A comes from numpy's legacy generator (np.random.seed + np.random.normal, or RandomState), which gives
other numbers than np.random.default_rng(rng).normal(0.0, 1.0 / r, size=(d_in, r))."""

import numpy as np


def lora_init(d_in, d_out, r, rng):
    legacy = np.random.RandomState(rng)
    return legacy.normal(0.0, 1.0 / r, size=(d_in, r)), np.zeros((r, d_out))
