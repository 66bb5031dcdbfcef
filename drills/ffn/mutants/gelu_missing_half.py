"""GELU is missing the factor 0.5: Φ(x) = (1 + erf(x / √2)) / 2, so GELU(x) = 0.5·x·(1 + erf(x / √2))
(and likewise 0.5·x·(1 + tanh(…)))."""

import math

import numpy as np


def gelu(x, approximate="none"):
    if approximate == "tanh":
        return x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x**3)))
    return x * (1.0 + np.vectorize(math.erf, otypes=[float])(x / math.sqrt(2.0)))
