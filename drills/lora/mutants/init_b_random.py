"""B is initialised at random, so the adapter changes the model's output before any training: B starts at
zero (np.zeros((r, d_out))) and only A is random."""

import numpy as np


def lora_init(d_in, d_out, r, rng):
    g = np.random.default_rng(rng)
    A = g.normal(0.0, 1.0 / r, size=(d_in, r))
    B = g.normal(0.0, 1.0 / r, size=(r, d_out))
    return A, B
