"""SiLU overflows: 1 / (1 + exp(−z)) computes exp(1000) for z = −1000, which warns (the result happens to
be 0). Compute σ from exp(−|z|): 1 / (1 + e) for z ≥ 0 and e / (1 + e) for z < 0."""

import numpy as np


def silu(x):
    return x / (1.0 + np.exp(-x))
