"""A is drawn with shape (r, d_in) (PyTorch's lora_A.weight layout) and transposed: the same distribution,
but other numbers in other places. Draw size=(d_in, r) directly: g.normal(0.0, 1.0 / r, size=(d_in, r))."""

import numpy as np


def lora_init(d_in, d_out, r, rng):
    g = np.random.default_rng(rng)
    return g.normal(0.0, 1.0 / r, size=(r, d_in)).T, np.zeros((r, d_out))
